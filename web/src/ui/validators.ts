// Rules every form may use; they return i18n keys, and the server re-checks everything.
// (Rules read from the contract, which need zod, are in accountRules.ts: the first screen does without them.)

export const required = (v: unknown): string | null =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '') ? 'validation.required' : null;

/** The confirmation must equal `other`. */
export const matches =
  <V extends Record<string, unknown>>(other: keyof V) =>
  (v: unknown, values: V): string | null =>
    v !== values[other] ? 'validation.passwordMatch' : null;
