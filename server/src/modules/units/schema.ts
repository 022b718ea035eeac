import { pgTable, uuid, text, integer, timestamp, pgEnum, index, type AnyPgColumn } from 'drizzle-orm/pg-core';

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
