import { pgTable, uuid, text, primaryKey, pgEnum } from 'drizzle-orm/pg-core';
import { users } from '../modules/users/schema.js';

export const visibility = pgEnum('visibility', ['shared', 'unit', 'confidential']);
export type Visibility = (typeof visibility.enumValues)[number];

/** Named users who may see a confidential record beyond its owner unit. */
export const recordAccess = pgTable(
  'record_access',
  {
    entity: text('entity').notNull(),
    recordId: uuid('record_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.entity, t.recordId, t.userId] })],
);
