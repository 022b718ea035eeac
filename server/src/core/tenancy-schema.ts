/**
 * The ground floor's tables: the unit tree, the accounts and their roles, and what tenancy needs
 * (visibility, named access). Every module's tables reference these; they import no module.
 */
import { pgTable, uuid, text, integer, boolean, timestamp, pgEnum, index, uniqueIndex, primaryKey, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const unitKind = pgEnum('unit_kind', ['party', 'state', 'people_org', 'locality', 'ministry']);
export const pillar = pgEnum('pillar', ['party', 'state', 'people']);
export const unitLevel = pgEnum('unit_level', ['central', 'province', 'district']);

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    /** Materialized path of ids, '/root/child/…/self/': ancestors and subtrees by prefix. */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    nameFr: text('name_fr').notNull(),
    kind: unitKind('kind').notNull(),
    pillar: pillar('pillar').notNull(),
    level: unitLevel('level').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_path_idx').on(t.path), index('units_parent_idx').on(t.parentId)],
);

export type Unit = typeof units.$inferSelect;

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
