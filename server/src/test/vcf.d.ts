// The vCard parser used by tests ships no types.
declare module 'vcf';
