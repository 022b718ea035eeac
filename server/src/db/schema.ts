// Every feature's tables, for Drizzle and drizzle-kit.
export * from '../core/tenancy-schema.js';
export * from '../modules/auth/schema.js';
export * from '../core/audit-schema.js';
export * from '../modules/countries/schema.js';
export * from '../modules/partners/schema.js';
export * from '../modules/imports/schema.js';
export * from '../modules/engagements/schema.js';
export * from '../modules/notifications/schema.js';
export * from '../modules/attachments/schema.js';
export * from '../modules/directives/schema.js';
export * from '../modules/tasks/schema.js';
export * from '../modules/jobs/schema.js';
export * from '../modules/proposals/schema.js';
