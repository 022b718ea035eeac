import { pgTable, uuid, text, timestamp, bigserial, jsonb, index } from 'drizzle-orm/pg-core';

/** Append-only, hash-chained. No foreign keys: the log outlives what it names. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id'),
    userEmail: text('user_email'),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    diff: jsonb('diff'),
    ip: text('ip'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_user_idx').on(t.userId),
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_unit_idx').on(t.unitId),
  ],
);
export type AuditRow = typeof auditLog.$inferSelect;
