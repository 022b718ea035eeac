import { pgTable, uuid, text, boolean, timestamp, pgEnum, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { units } from '../units/schema.js';

export const role = pgEnum('role', ['admin', 'manager', 'officer', 'viewer']);
export const language = pgEnum('language', ['vi', 'en', 'fr']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    language: language('language').notNull().default('vi'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    role: role('role').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_idx').on(sql`lower(${t.email})`), index('users_unit_idx').on(t.unitId)],
);

export type User = typeof users.$inferSelect;
export type Role = (typeof role.enumValues)[number];
export type Language = (typeof language.enumValues)[number];
