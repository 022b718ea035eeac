import { pgTable, uuid, text, timestamp, pgEnum, index, date, integer, bigserial, check, primaryKey } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { ownedColumns } from '../../core/tenancy.js';
import { cooperationFields } from '../countries/schema.js';
import { units } from '../../core/tenancy-schema.js';
import { users } from '../../core/tenancy-schema.js';
import { tasks } from '../plans/schema.js';

export const proposalState = pgEnum('proposal_state', ['submitted', 'accepted', 'answered', 'closed', 'rejected']);
export type ProposalState = (typeof proposalState.enumValues)[number];

export const proposalUrgency = pgEnum('proposal_urgency', ['normal', 'urgent', 'very_urgent']);
export type ProposalUrgency = (typeof proposalUrgency.enumValues)[number];

/**
 * A locality's proposal or recommendation to a target unit (the Ministry). Owner unit = the
 * submitting locality; the target and handling units see it too (core/tenancy: `alsoVisible`).
 */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** "KN-2026-0042": per target unit and year, given on submission. */
    code: text('code').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    fieldId: uuid('field_id').references(() => cooperationFields.id, { onDelete: 'set null' }),
    urgency: proposalUrgency('urgency').notNull().default('normal'),
    state: proposalState('state').notNull().default('submitted'),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => units.id),
    handlingUnitId: uuid('handling_unit_id').references(() => units.id),
    handlerUserId: uuid('handler_user_id').references(() => users.id, { onDelete: 'set null' }),
    dueOn: date('due_on'),
    groupId: uuid('group_id').references(() => proposalGroups.id, { onDelete: 'set null' }),
    answer: text('answer').notNull().default(''),
    rejectReason: text('reject_reason').notNull().default(''),
    /** The task created from it ("we will do it"); tasks.proposal_id points back. Deleting the task unlinks it. */
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'set null' }),
    reopenCount: integer('reopen_count').notNull().default(0),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    rejectedAt: timestamp('rejected_at', { withTimezone: true }),
    /** Folded title and body: the similar-proposal search and the list's search box. */
    searchText: text('search_text').notNull().default(''),
    ...ownedColumns(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('proposals_target_idx').on(t.targetUnitId, t.state),
    index('proposals_owner_idx').on(t.ownerUnitId),
    index('proposals_handling_idx').on(t.handlingUnitId),
    index('proposals_group_idx').on(t.groupId),
    index('proposals_due_idx').on(t.dueOn),
    index('proposals_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('proposals_title_check', sql`${t.title} <> ''`),
  ],
);

/** Proposals on the same question, answered once: the group's answer goes to each of them. */
export const proposalGroups = pgTable('proposal_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  targetUnitId: uuid('target_unit_id')
    .notNull()
    .references(() => units.id),
  title: text('title').notNull(),
  answer: text('answer').notNull().default(''),
  answeredAt: timestamp('answered_at', { withTimezone: true }),
  answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** History: every transition, and comments (from = to state). */
export const proposalEvents = pgTable(
  'proposal_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id, { onDelete: 'cascade' }),
    fromState: proposalState('from_state'),
    toState: proposalState('to_state').notNull(),
    action: text('action').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    comment: text('comment').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('proposal_events_proposal_idx').on(t.proposalId, t.id)],
);

/** Per target unit: days to answer once accepted (SLA), days the submitter may reopen after an answer. */
export const proposalSettings = pgTable('proposal_settings', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id, { onDelete: 'cascade' }),
  slaDays: integer('sla_days').notNull().default(30),
  reopenDays: integer('reopen_days').notNull().default(14),
});

/** Code counters per target unit and year. */
export const proposalCounters = pgTable(
  'proposal_counters',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    last: integer('last').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);
