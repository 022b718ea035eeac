import { pgTable, uuid, text, integer, timestamp, char, index } from 'drizzle-orm/pg-core';

/** Configurable groups: neighbour, traditional friend, major country, comprehensive strategic partner… */
export const relationshipGroups = pgTable('relationship_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  nameFr: text('name_fr').notNull(),
  sort: integer('sort').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * ISO 3166-1 countries and territories. Names come from i18n-iso-countries;
 * an administrator may override them per language (Vietnam's official usage).
 */
export const countries = pgTable(
  'countries',
  {
    code: char('code', { length: 2 }).primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    nameFr: text('name_fr').notNull(),
    /** Overrides win over the package's names when set. */
    overrideVi: text('override_vi'),
    overrideEn: text('override_en'),
    overrideFr: text('override_fr'),
    region: text('region').notNull().default(''),
    subregion: text('subregion').notNull().default(''),
    relationshipGroupId: uuid('relationship_group_id').references(() => relationshipGroups.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('countries_group_idx').on(t.relationshipGroupId)],
);

/** Fields of cooperation: culture, education, health… (trilingual, admin-editable). */
export const cooperationFields = pgTable('cooperation_fields', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  nameFr: text('name_fr').notNull(),
  sort: integer('sort').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Country = typeof countries.$inferSelect;
export type RelationshipGroup = typeof relationshipGroups.$inferSelect;
export type CooperationField = typeof cooperationFields.$inferSelect;
