import { pgTable, uuid, text, integer, timestamp, char, pgEnum, index, primaryKey, date, bigserial, boolean, numeric, check, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { ownedColumns } from '../../core/tenancy.js';
import { countries, cooperationFields } from '../countries/schema.js';
import { partners, partnerContacts } from '../partners/schema.js';
import { units } from '../../core/tenancy-schema.js';
import { users } from '../../core/tenancy-schema.js';

export const engagementKind = pgEnum('engagement_kind', [
  'incoming_delegation',
  'outgoing_delegation',
  'meeting',
  'exchange_programme',
  'conference',
  'seminar',
  'forum',
  'training',
  'cultural_event',
  'aid_handover',
  'online_meeting',
]);
export type EngagementKind = (typeof engagementKind.enumValues)[number];

/** Kinds that need approval when a unit has not configured its own list. */
export const DEFAULT_APPROVAL_KINDS: EngagementKind[] = ['incoming_delegation', 'outgoing_delegation', 'conference', 'seminar', 'forum'];
/** Days apart within which two engagements with a partner in common clash, when a unit has not set its own. */
export const DEFAULT_CLASH_WINDOW_DAYS = 7;

export const engagementState = pgEnum('engagement_state', ['draft', 'submitted', 'approved', 'returned', 'rejected', 'done', 'cancelled']);
export type EngagementState = (typeof engagementState.enumValues)[number];

export const engagementLevel = pgEnum('engagement_level', ['state_leader', 'ministerial', 'central_agency', 'provincial', 'district', 'organisation']);

export const participantRole = pgEnum('engagement_participant_role', ['head_of_delegation', 'member', 'speaker', 'interpreter', 'organiser', 'guest']);

export const engagements = pgTable(
  'engagements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: engagementKind('kind').notNull(),
    titleVi: text('title_vi').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    state: engagementState('state').notNull().default('draft'),
    /** Instants; for all-day events the local midnights (in time_zone) of the first day and of the day after the last. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    allDay: boolean('all_day').notNull().default(false),
    /** IANA zone the times were entered in (and iCal exports them in). */
    timeZone: text('time_zone').notNull().default('Asia/Ho_Chi_Minh'),
    countryCode: char('country_code', { length: 2 }).references(() => countries.code),
    city: text('city').notNull().default(''),
    venue: text('venue').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => units.id),
    level: engagementLevel('level'),
    purpose: text('purpose').notNull().default(''),
    budgetAmount: numeric('budget_amount', { precision: 16, scale: 2 }),
    budgetCurrency: char('budget_currency', { length: 3 }),
    /** After the event. */
    outcome: text('outcome').notNull().default(''),
    /** Set at submission: whether this engagement goes through approval, and who decides. */
    needsApproval: boolean('needs_approval').notNull().default(false),
    approverUnitId: uuid('approver_unit_id').references(() => units.id),
    decisionDueAt: timestamp('decision_due_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    /** Folded titles, place, purpose: what the list's search box matches. */
    searchText: text('search_text').notNull().default(''),
    ...ownedColumns(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('engagements_starts_idx').on(t.startsAt),
    index('engagements_ends_idx').on(t.endsAt),
    index('engagements_owner_idx').on(t.ownerUnitId),
    index('engagements_state_idx').on(t.state),
    index('engagements_approver_idx').on(t.approverUnitId, t.state),
    index('engagements_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('engagements_titled_check', sql`(${t.titleVi} || ${t.titleEn} || ${t.titleFr}) <> ''`),
    check('engagements_time_check', sql`${t.endsAt} >= ${t.startsAt}`),
    check('engagements_budget_check', sql`(${t.budgetAmount} is null) = (${t.budgetCurrency} is null)`),
  ],
);

export const engagementPartners = pgTable(
  'engagement_partners',
  {
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.partnerId] }), index('engagement_partners_partner_idx').on(t.partnerId)],
);

export const engagementCoUnits = pgTable(
  'engagement_co_units',
  {
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.unitId] }), index('engagement_co_units_unit_idx').on(t.unitId)],
);

export const engagementFields = pgTable(
  'engagement_fields',
  {
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => cooperationFields.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.engagementId, t.fieldId] })],
);

/**
 * People taking part: an internal user or a partner's contact point. The name is kept
 * (partner contacts are rewritten when the partner is edited: the link may go, the name stays).
 */
export const engagementParticipants = pgTable(
  'engagement_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => partnerContacts.id, { onDelete: 'set null' }),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: participantRole('role').notNull().default('member'),
    sort: integer('sort').notNull().default(0),
  },
  (t) => [
    index('engagement_participants_engagement_idx').on(t.engagementId),
    index('engagement_participants_user_idx').on(t.userId),
    check('engagement_participants_who_check', sql`${t.userId} is null or ${t.contactId} is null`),
  ],
);

/** The agenda of a multi-day event. */
export const engagementSessions = pgTable(
  'engagement_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    title: text('title').notNull(),
    speakers: text('speakers').notNull().default(''),
    room: text('room').notNull().default(''),
  },
  (t) => [index('engagement_sessions_engagement_idx').on(t.engagementId, t.startsAt)],
);

export const engagementFollowUps = pgTable(
  'engagement_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date'),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('engagement_follow_ups_engagement_idx').on(t.engagementId), index('engagement_follow_ups_owner_idx').on(t.ownerUserId, t.done, t.dueDate)],
);

/** Documents signed at the event; `agreementId` will point at the agreements module's record. */
export const engagementDocuments = pgTable(
  'engagement_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    signedOn: date('signed_on'),
    agreementId: uuid('agreement_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('engagement_documents_engagement_idx').on(t.engagementId)],
);

/** The workflow history: every state change with who, when and the comment. */
export const engagementTransitions = pgTable(
  'engagement_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    engagementId: uuid('engagement_id')
      .notNull()
      .references(() => engagements.id, { onDelete: 'cascade' }),
    fromState: engagementState('from_state').notNull(),
    toState: engagementState('to_state').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('engagement_transitions_engagement_idx').on(t.engagementId, t.at)],
);

/** Per unit: which kinds need approval, and how close two engagements of one partner must be to warn. */
export const engagementSettings = pgTable('engagement_settings', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id, { onDelete: 'cascade' }),
  approvalKinds: engagementKind('approval_kinds').array().notNull(),
  clashWindowDays: integer('clash_window_days').notNull().default(DEFAULT_CLASH_WINDOW_DAYS),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Private calendar feed URLs: the token is shown once, only its hash is kept; revoking deletes it. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('calendar_feeds_token_idx').on(t.tokenHash), uniqueIndex('calendar_feeds_user_idx').on(t.userId)],
);

export type Engagement = typeof engagements.$inferSelect;
export type EngagementParticipant = typeof engagementParticipants.$inferSelect;
export type EngagementSession = typeof engagementSessions.$inferSelect;
export type EngagementFollowUp = typeof engagementFollowUps.$inferSelect;
