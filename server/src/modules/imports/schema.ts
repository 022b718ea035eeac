import { pgTable, uuid, text, integer, timestamp, jsonb, pgEnum, index, primaryKey } from 'drizzle-orm/pg-core';
import { users } from '../../core/tenancy-schema.js';
import { units } from '../../core/tenancy-schema.js';

export const importStatus = pgEnum('import_status', ['uploaded', 'validating', 'validated', 'committing', 'done', 'failed']);

/** One upload being imported: its file, column mapping, progress and outcome. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entity: text('entity').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    status: importStatus('status').notNull().default('uploaded'),
    filename: text('filename').notNull(),
    format: text('format').notNull(),
    filePath: text('file_path').notNull(),
    columns: jsonb('columns').notNull(),
    mapping: jsonb('mapping'),
    options: jsonb('options'),
    totalRows: integer('total_rows').notNull().default(0),
    processedRows: integer('processed_rows').notNull().default(0),
    errorRows: integer('error_rows').notNull().default(0),
    duplicateRows: integer('duplicate_rows').notNull().default(0),
    result: jsonb('result'),
    failure: text('failure'),
    /** Which work failed ('validating' or 'committing'): what a retry starts again. */
    failedStep: text('failed_step'),
    /** Touched every few seconds by the process running the work: a stale one means that process died. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('imports_user_idx').on(t.userId, t.createdAt)],
);

/** Validated rows waiting to be committed: the whole file never sits in memory. */
export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    data: jsonb('data').notNull(),
    errors: jsonb('errors'),
    duplicateOf: uuid('duplicate_of'),
    duplicateReason: text('duplicate_reason'),
    action: text('action'),
    /** The record the row created or merged into, once committed. */
    recordId: uuid('record_id'),
    /** Folded names, website and email, computed once for set-based duplicate checks. */
    nameKey: text('name_key'),
    siteKey: text('site_key'),
    emailKey: text('email_key'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
);

export type Import = typeof imports.$inferSelect;
