import { pgTable, uuid, text, timestamp, index, jsonb } from 'drizzle-orm/pg-core';
import { users } from '../../core/tenancy-schema.js';

/**
 * In-app notifications (the bell). `kind` names what happened (e.g. engagement.submitted);
 * `entity`/`entityId` say where the notification leads; `data` carries what the text needs
 * (titles, the actor's name, the comment) so the list needs no joins and survives deletions.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id').notNull(),
    data: jsonb('data').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt), index('notifications_unread_idx').on(t.userId, t.readAt)],
);

export type Notification = typeof notifications.$inferSelect;
