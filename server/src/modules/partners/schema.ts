import { pgTable, uuid, text, integer, timestamp, char, pgEnum, index, primaryKey, date, bigserial, jsonb, check, real, boolean } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { ownedColumns } from '../../core/tenancy.js';
import { visibility } from '../../core/tenancy-schema.js';
import { countries, cooperationFields } from '../countries/schema.js';
import { units } from '../../core/tenancy-schema.js';
import { users } from '../../core/tenancy-schema.js';

export const partnerType = pgEnum('partner_type', [
  'foreign_organisation',
  'foreign_ngo',
  'international_organisation',
  'foreign_locality',
  'individual',
  'overseas_vietnamese_association',
  'expert',
  'enterprise',
  'media_outlet',
  'research_institution',
]);
export const partnerStatus = pgEnum('partner_status', ['active', 'dormant', 'ended']);

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: partnerType('type').notNull(),
    /** The name as written, in its own script (中越友好协会, Общество дружбы…). */
    name: text('name').notNull().default(''),
    nameVi: text('name_vi').notNull().default(''),
    nameEn: text('name_en').notNull().default(''),
    nameFr: text('name_fr').notNull().default(''),
    transliteration: text('transliteration').notNull().default(''),
    /** Names of records merged into this one, still found by search. */
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    countryCode: char('country_code', { length: 2 }).references(() => countries.code),
    city: text('city').notNull().default(''),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    priority: integer('priority').notNull().default(2),
    status: partnerStatus('status').notNull().default('active'),
    description: text('description').notNull().default(''),
    website: text('website').notNull().default(''),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Folded (lower-case, no diacritics) names, aliases, contacts, city and tags: what search matches. */
    searchText: text('search_text').notNull().default(''),
    /** Folded names only: what duplicate detection compares. */
    nameKey: text('name_key').notNull().default(''),
    /** The import that wrote this partner: a failed or interrupted import is undone by it. */
    importId: uuid('import_id'),
    ...ownedColumns(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('partners_country_idx').on(t.countryCode),
    index('partners_owner_idx').on(t.ownerUnitId),
    index('partners_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('partners_name_key_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`),
    // Name order that an index can serve with LIMIT (sort by name; searches with 1,000+ matches).
    // left(): a btree entry must stay small, and 200 characters decide any real order.
    index('partners_name_order_idx').on(sql`left(${t.nameKey}, 200)`, t.id),
    // Names starting with the query: a LIKE 'abc%' range, whatever the database's collation.
    index('partners_name_prefix_idx').on(sql`left(${t.nameKey}, 200) text_pattern_ops`),
    // Short words of scripts without spaces (amity_short_grams, migration 0012).
    index('partners_short_grams_idx').using('gin', sql`amity_short_grams(${t.searchText})`),
    index('partners_website_idx').on(t.website),
    // Equality on the folded names (duplicate checks of imports); md5 keeps long names within btree limits.
    index('partners_name_key_md5_idx').on(sql`md5(${t.nameKey})`),
    index('partners_tags_idx').using('gin', t.tags),
    index('partners_import_idx').on(t.importId).where(sql`${t.importId} is not null`),
    check('partners_priority_check', sql`${t.priority} between 1 and 3`),
    check('partners_named_check', sql`(${t.name} || ${t.nameVi} || ${t.nameEn} || ${t.nameFr} || ${t.transliteration}) <> ''`),
  ],
);

export const partnerFields = pgTable(
  'partner_fields',
  {
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => cooperationFields.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.fieldId] }), index('partner_fields_field_idx').on(t.fieldId)],
);

export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role').notNull().default(''),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [index('partner_contacts_partner_idx').on(t.partnerId), index('partner_contacts_email_idx').on(sql`lower(${t.email})`)],
);

export const relationshipKind = pgEnum('partner_relationship_kind', [
  'counterpart',
  'member_of',
  'parent_organisation',
  'sister_city_of',
  'funded_by',
  'cooperates_with',
  'other',
]);

/** A partner related to another partner, or to one of our units. */
export const partnerRelationships = pgTable(
  'partner_relationships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: relationshipKind('kind').notNull(),
    fromPartnerId: uuid('from_partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    toPartnerId: uuid('to_partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    toUnitId: uuid('to_unit_id').references(() => units.id, { onDelete: 'cascade' }),
    startDate: date('start_date'),
    endDate: date('end_date'),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('partner_rel_from_idx').on(t.fromPartnerId),
    index('partner_rel_to_idx').on(t.toPartnerId),
    index('partner_rel_unit_idx').on(t.toUnitId),
    check('partner_rel_target_check', sql`(${t.toPartnerId} is null) <> (${t.toUnitId} is null)`),
  ],
);

export const partnerNotes = pgTable(
  'partner_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('partner_notes_partner_idx').on(t.partnerId, t.createdAt)],
);

/**
 * The partner's timeline: one row per thing that happened to or referenced it.
 * Later modules (engagements, agreements, tasks) append here. An event carries
 * the visibility of the record it comes from, so the timeline is scoped too.
 */
export const partnerEvents = pgTable(
  'partner_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    refEntity: text('ref_entity'),
    refId: text('ref_id'),
    data: jsonb('data'),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => units.id),
    visibility: visibility('visibility').notNull().default('unit'),
  },
  (t) => [index('partner_events_partner_idx').on(t.partnerId, t.at)],
);

/** Saved list filters, per user. */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entity: text('entity').notNull(),
    name: text('name').notNull(),
    query: jsonb('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_filters_user_idx').on(t.userId, t.entity)],
);

export type Partner = typeof partners.$inferSelect;
export type PartnerContact = typeof partnerContacts.$inferSelect;
export type PartnerRelationship = typeof partnerRelationships.$inferSelect;
export type PartnerNote = typeof partnerNotes.$inferSelect;
export type PartnerType = (typeof partnerType.enumValues)[number];

/**
 * Likely duplicate pairs (a_id < b_id), kept up to date when a partner is
 * written, so the review page reads a list instead of comparing every pair.
 */
export const partnerDuplicates = pgTable(
  'partner_duplicates',
  {
    aId: uuid('a_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    bId: uuid('b_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    reasons: text('reasons').array().notNull(),
    /** Someone looked and said "not the same": never proposed again. */
    dismissed: boolean('dismissed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.aId, t.bId] }), index('partner_duplicates_b_idx').on(t.bId), index('partner_duplicates_score_idx').on(t.score)],
);

/**
 * Every distinct word of partners' search_text (3+ characters), kept by a trigger
 * (migration 0009). Search looks a word up here first: a word found nowhere is a
 * typo, replaced by its most similar words, so no query computes similarity per partner.
 * Words only accumulate; a stale one costs nothing but a typo fallback not taken.
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (t) => [
  index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
]);
