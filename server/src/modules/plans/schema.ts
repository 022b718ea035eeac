import { pgTable, uuid, text, timestamp, pgEnum, index, date, integer, numeric, primaryKey, check, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { ownedColumns } from '../../core/tenancy.js';
import { units, users } from '../../core/tenancy-schema.js';
import { cooperationFields } from '../countries/schema.js';

// Directives hand tasks to units; tasks carry their progress reports. One aggregate, one schema.

export const directiveKind = pgEnum('directive_kind', ['directive', 'resolution', 'conclusion', 'plan', 'decision', 'programme']);
export type DirectiveKind = (typeof directiveKind.enumValues)[number];

export const directiveStatus = pgEnum('directive_status', ['in_force', 'superseded', 'expired']);
export type DirectiveStatus = (typeof directiveStatus.enumValues)[number];

/**
 * A directive, resolution, conclusion, plan… ("45-CT/TU", "47/NQ-CP"). A unit's own plan that
 * implements a task of another directive (the cascade) points at that task: `implementsTaskId`.
 */
export const directives = pgTable(
  'directives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    kind: directiveKind('kind').notNull(),
    issuingBody: text('issuing_body').notNull().default(''),
    issuedOn: date('issued_on').notNull(),
    titleVi: text('title_vi').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    summaryVi: text('summary_vi').notNull().default(''),
    summaryEn: text('summary_en').notNull().default(''),
    summaryFr: text('summary_fr').notNull().default(''),
    fullText: text('full_text').notNull().default(''),
    status: directiveStatus('status').notNull().default('in_force'),
    supersededById: uuid('superseded_by_id').references((): AnyPgColumn => directives.id, { onDelete: 'set null' }),
    /** Set on a unit's plan that cascades a task of another directive (tasks.id; no FK: tasks refer here). */
    implementsTaskId: uuid('implements_task_id'),
    /** Folded code, titles, issuing body: what the list's search box matches. */
    searchText: text('search_text').notNull().default(''),
    ...ownedColumns(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('directives_owner_idx').on(t.ownerUnitId),
    index('directives_implements_idx').on(t.implementsTaskId),
    index('directives_issued_idx').on(t.issuedOn),
    index('directives_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('directives_titled_check', sql`(${t.titleVi} || ${t.titleEn} || ${t.titleFr}) <> ''`),
  ],
);

/** Numbered, ordered groups of tasks inside a directive ("I. …", "1. …"). */
export const taskGroups = pgTable(
  'task_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    directiveId: uuid('directive_id')
      .notNull()
      .references(() => directives.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    number: text('number').notNull().default(''),
    titleVi: text('title_vi').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    description: text('description').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_groups_directive_idx').on(t.directiveId, t.position), check('task_groups_titled_check', sql`(${t.titleVi} || ${t.titleEn} || ${t.titleFr}) <> ''`)],
);

export const reportingCadence = pgEnum('reporting_cadence', ['monthly', 'quarterly', 'half_yearly', 'yearly', 'once']);
export type ReportingCadence = (typeof reportingCadence.enumValues)[number];

/** A task that comes back: each period is a new due date (the period's last day). */
export const taskRecurrence = pgEnum('task_recurrence', ['none', 'monthly', 'quarterly', 'half_yearly', 'yearly']);
export type TaskRecurrence = (typeof taskRecurrence.enumValues)[number];

export const progressStatus = pgEnum('progress_status', ['not_started', 'on_track', 'at_risk', 'late', 'done']);
export type ProgressStatus = (typeof progressStatus.enumValues)[number];

export const reportState = pgEnum('task_report_state', ['draft', 'submitted', 'accepted', 'returned']);
export type ReportState = (typeof reportState.enumValues)[number];

/**
 * A task of a directive (in a group or not), or standing alone. The owner unit is the assigning
 * unit; the lead and supporting units see it too (core/tenancy: `alsoVisible`). `parentTaskId`
 * is the cascade: a sub-task, in a unit's own plan, of the task it implements.
 * `status`/`percent` are the roll-up, recomputed on every accepted report and cascade change.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    directiveId: uuid('directive_id').references(() => directives.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id').references(() => taskGroups.id, { onDelete: 'set null' }),
    parentTaskId: uuid('parent_task_id').references((): AnyPgColumn => tasks.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    number: text('number').notNull().default(''),
    titleVi: text('title_vi').notNull().default(''),
    titleEn: text('title_en').notNull().default(''),
    titleFr: text('title_fr').notNull().default(''),
    description: text('description').notNull().default(''),
    leadUnitId: uuid('lead_unit_id')
      .notNull()
      .references(() => units.id),
    startOn: date('start_on'),
    dueOn: date('due_on'),
    recurrence: taskRecurrence('recurrence').notNull().default('none'),
    cadence: reportingCadence('cadence').notNull().default('quarterly'),
    /** Share of the parent's roll-up (weighted mean of siblings). */
    weight: integer('weight').notNull().default(1),
    status: progressStatus('status').notNull().default('not_started'),
    percent: integer('percent').notNull().default(0),
    doneAt: timestamp('done_at', { withTimezone: true }),
    lastReportAt: timestamp('last_report_at', { withTimezone: true }),
    /** The proposal this task answers ("we will do it"), if any (proposals.id; no FK: proposals refer here). */
    proposalId: uuid('proposal_id'),
    searchText: text('search_text').notNull().default(''),
    ...ownedColumns(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_directive_idx').on(t.directiveId, t.position),
    index('tasks_group_idx').on(t.groupId),
    index('tasks_parent_idx').on(t.parentTaskId),
    index('tasks_lead_idx').on(t.leadUnitId, t.status),
    index('tasks_owner_idx').on(t.ownerUnitId),
    index('tasks_due_idx').on(t.dueOn),
    index('tasks_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('tasks_titled_check', sql`(${t.titleVi} || ${t.titleEn} || ${t.titleFr}) <> ''`),
    check('tasks_percent_check', sql`${t.percent} between 0 and 100`),
    check('tasks_weight_check', sql`${t.weight} between 1 and 100`),
  ],
);

export const taskSupportingUnits = pgTable(
  'task_supporting_units',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] }), index('task_supporting_units_unit_idx').on(t.unitId)],
);

export const taskFields = pgTable(
  'task_fields',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    fieldId: uuid('field_id')
      .notNull()
      .references(() => cooperationFields.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.fieldId] })],
);

/** Links to records of other modules: partner, engagement, later agreement. Only visible ones are shown. */
export const taskLinks = pgTable(
  'task_links',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    entity: text('entity').notNull(),
    recordId: uuid('record_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.entity, t.recordId] }), index('task_links_record_idx').on(t.entity, t.recordId)],
);

export const taskIndicators = pgTable(
  'task_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull().default(''),
    baseline: numeric('baseline', { precision: 18, scale: 4 }),
    target: numeric('target', { precision: 18, scale: 4 }),
  },
  (t) => [index('task_indicators_task_idx').on(t.taskId, t.position)],
);

/**
 * A progress report for one period, by the lead unit (kind `report`) or a supporting unit's
 * input (`input`). Accepted reports are locked; a correction is a new version (`previousId`).
 */
export const taskReports = pgTable(
  'task_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull().default('report'),
    /** "2026-Q3", "2026-07", "2026-H2", "2026", or "once". */
    period: text('period').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    status: progressStatus('status').notNull(),
    percent: integer('percent').notNull().default(0),
    narrative: text('narrative').notNull().default(''),
    state: reportState('state').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    previousId: uuid('previous_id').references((): AnyPgColumn => taskReports.id, { onDelete: 'set null' }),
    reviewComment: text('review_comment').notNull().default(''),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('task_reports_task_idx').on(t.taskId, t.periodStart),
    index('task_reports_state_idx').on(t.state),
    // One live (not superseded) report per task, unit, kind and period: versions chain through previous_id.
    uniqueIndex('task_reports_version_idx').on(t.taskId, t.unitId, t.kind, t.period, t.version),
    check('task_reports_percent_check', sql`${t.percent} between 0 and 100`),
    check('task_reports_kind_check', sql`${t.kind} in ('report', 'input')`),
  ],
);

export const taskReportValues = pgTable(
  'task_report_values',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => taskReports.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => taskIndicators.id, { onDelete: 'cascade' }),
    value: numeric('value', { precision: 18, scale: 4 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId] })],
);
