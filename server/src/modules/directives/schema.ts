import { pgTable, uuid, text, timestamp, pgEnum, index, date, integer, check, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { ownedColumns } from '../../core/tenancy.js';
import { users } from '../../core/tenancy-schema.js';

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
