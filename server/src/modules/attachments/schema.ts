import { pgTable, uuid, text, timestamp, index, bigint } from 'drizzle-orm/pg-core';
import { users } from '../../core/tenancy-schema.js';

/**
 * Files attached to a record of any module (`entity` + `entityId`). Who may read or add them
 * is the record's business: each module registers an authorizer (attachments/registry.ts).
 * The bytes live in the configured storage under `storageKey`, never at a public URL.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes, not taken from the upload's header. */
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_entity_idx').on(t.entity, t.entityId)],
);

export type Attachment = typeof attachments.$inferSelect;
