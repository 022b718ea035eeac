import { and, asc, count, desc, eq, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { scopedTable } from '../../core/tenancy.js';
import { foldedTokens } from '../../core/search.js';
import { units } from '../../core/tenancy-schema.js';
import { cooperationFields } from '../countries/schema.js';
import { partners } from '../partners/schema.js';
import { scopedPartners } from '../partners/repo.js';
import { engagements } from '../engagements/schema.js';
import { scopedEngagements } from '../engagements/repo.js';
import { progressStatus, tasks, taskFields, taskIndicators, taskLinks, taskReports, taskReportValues, taskSupportingUnits, type ProgressStatus } from './schema.js';
import type { Lang } from '../../i18n/index.js';

const uuidList = (ids: string[]) => sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;

/**
 * Tasks are seen by whoever sees their owner (assigning) unit's records, and by the lead and
 * supporting units and the units above them (docs/API.md, "Visibility and rights").
 */
export const scopedTasks = scopedTable(tasks, 'task', (scope: Scope) =>
  scope.subtreeUnitIds.length === 0
    ? sql`false`
    : sql`(${tasks.leadUnitId} = any(${uuidList(scope.subtreeUnitIds)}) or exists (select 1 from task_supporting_units su
        where su.task_id = ${tasks.id} and su.unit_id = any(${uuidList(scope.subtreeUnitIds)})))`,
);

export type Task = typeof tasks.$inferSelect;
export type TaskValues = Omit<typeof tasks.$inferInsert, 'id' | 'searchText' | 'createdAt' | 'updatedAt'>;
export type Indicator = typeof taskIndicators.$inferSelect;

/** Effective status in SQL: late when the due date has passed and it is not done (rollup.ts effectiveStatus). */
export const effectiveSql = (today: string) =>
  sql`(case when ${tasks.status} <> 'done' and ${tasks.dueOn} < ${today}::date then 'late' else ${tasks.status}::text end)`;

const titleKey = (lang: Lang) => {
  const own = { vi: tasks.titleVi, en: tasks.titleEn, fr: tasks.titleFr }[lang];
  return sql`amity_fold(coalesce(nullif(${own}, ''), nullif(${tasks.titleVi}, ''), nullif(${tasks.titleEn}, ''), ${tasks.titleFr}))`;
};

export interface TaskFilter {
  q?: string;
  directiveId?: string;
  groupId?: string;
  parentTaskId?: string;
  leadUnitId?: string;
  unitId?: string;
  assignedBy?: string;
  status?: ProgressStatus;
  overdue?: boolean;
  /** The user's unit when `mine=true`. */
  mineUnitId?: string;
  sort?: string;
}

const supportedBy = (unitId: string) => sql`exists (select 1 from task_supporting_units su where su.task_id = ${tasks.id} and su.unit_id = ${unitId})`;
/** Led or supported by the unit. */
export const involves = (unitId: string) => or(eq(tasks.leadUnitId, unitId), supportedBy(unitId))!;

export function filterWhere(scope: Scope, f: TaskFilter, today: string): SQL {
  return scopedTasks.where(
    scope,
    and(
      ...foldedTokens(f.q).map((w) => sql`${tasks.searchText} like '%' || amity_fold(${w}) || '%'`),
      f.directiveId ? eq(tasks.directiveId, f.directiveId) : undefined,
      f.groupId ? eq(tasks.groupId, f.groupId) : undefined,
      f.parentTaskId ? eq(tasks.parentTaskId, f.parentTaskId) : undefined,
      f.leadUnitId ? eq(tasks.leadUnitId, f.leadUnitId) : undefined,
      f.unitId ? involves(f.unitId) : undefined,
      f.mineUnitId ? involves(f.mineUnitId) : undefined,
      f.assignedBy ? eq(tasks.ownerUnitId, f.assignedBy) : undefined,
      f.status ? sql`${effectiveSql(today)} = ${f.status}` : undefined,
      f.overdue === true ? sql`(${tasks.dueOn} < ${today}::date and ${tasks.status} <> 'done')` : undefined,
      f.overdue === false ? sql`not (${tasks.dueOn} is not null and ${tasks.dueOn} < ${today}::date and ${tasks.status} <> 'done')` : undefined,
    ),
  );
}

function sortOf(sort: string | undefined, lang: Lang): SQL[] {
  switch (sort) {
    case '-dueOn':
      return [sql`${tasks.dueOn} desc nulls last`];
    case '-updatedAt':
      return [desc(tasks.updatedAt)];
    case 'updatedAt':
      return [asc(tasks.updatedAt)];
    case 'title':
      return [asc(titleKey(lang))];
    case '-title':
      return [desc(titleKey(lang))];
    case 'number':
      return [asc(tasks.number), asc(tasks.position)];
    case '-number':
      return [desc(tasks.number), desc(tasks.position)];
    default:
      return [sql`${tasks.dueOn} asc nulls last`, asc(tasks.position)];
  }
}

export async function listTasks(db: Database, scope: Scope, f: TaskFilter, today: string, lang: Lang, limit: number, offset: number) {
  const where = filterWhere(scope, f, today);
  const [items, [total]] = await Promise.all([
    db.select().from(tasks).where(where).orderBy(...sortOf(f.sort, lang), asc(tasks.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(tasks).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The board's columns: per effective status, the total and the first 50 tasks the unit leads or supports, soonest due first. */
export async function boardOf(db: Database, scope: Scope, unitId: string, today: string) {
  return Promise.all(
    progressStatus.enumValues.map(async (status: ProgressStatus) => {
      const where = scopedTasks.where(scope, and(involves(unitId), sql`${effectiveSql(today)} = ${status}`));
      const [rows, [total]] = await Promise.all([
        db.select().from(tasks).where(where).orderBy(sql`${tasks.dueOn} asc nulls last`, asc(tasks.id)).limit(50),
        db.select({ n: count() }).from(tasks).where(where),
      ]);
      return { status, total: total?.n ?? 0, rows };
    }),
  );
}

/** Every visible task of some directives (trees, matrices, exports), in position order. */
export async function visibleTasksOf(db: Database, scope: Scope, directiveIds: string[]): Promise<Task[]> {
  if (directiveIds.length === 0) return [];
  return db.select().from(tasks).where(scopedTasks.where(scope, inArray(tasks.directiveId, directiveIds))).orderBy(asc(tasks.position), asc(tasks.createdAt), asc(tasks.id));
}

/** Visible tasks under these parents (any directive). */
export async function visibleChildren(db: Database, scope: Scope, parentIds: string[]): Promise<Task[]> {
  if (parentIds.length === 0) return [];
  return db.select().from(tasks).where(scopedTasks.where(scope, inArray(tasks.parentTaskId, parentIds))).orderBy(asc(tasks.position), asc(tasks.createdAt), asc(tasks.id));
}

export async function visibleTasks(db: Database, scope: Scope, ids: (string | null)[]): Promise<Map<string, Task>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map();
  const rows = await db.select().from(tasks).where(scopedTasks.where(scope, inArray(tasks.id, list)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Visible sub-tasks per task. */
export async function childCounts(db: Database, scope: Scope, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: tasks.parentTaskId, n: count() })
    .from(tasks)
    .where(scopedTasks.where(scope, inArray(tasks.parentTaskId, ids)))
    .groupBy(tasks.parentTaskId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

/** All sub-tasks, seen or not: deleting a parent is refused while it has any. */
export async function hasChildren(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.parentTaskId, id)).limit(1);
  return !!row;
}

export async function hasAcceptedReport(db: Database, id: string): Promise<boolean> {
  const [row] = await db.select({ id: taskReports.id }).from(taskReports).where(and(eq(taskReports.taskId, id), eq(taskReports.state, 'accepted'))).limit(1);
  return !!row;
}

export async function insertTask(db: Database, values: TaskValues): Promise<Task> {
  const [row] = await db.insert(tasks).values(values).returning();
  return row!;
}

export async function nextPosition(db: Database, directiveId: string | null): Promise<number> {
  if (!directiveId) return 0;
  const [row] = await db.select({ n: sql<number>`coalesce(max(${tasks.position}) + 1, 0)::int` }).from(tasks).where(eq(tasks.directiveId, directiveId));
  return row?.n ?? 0;
}

/** What the search box matches: number and titles, folded. */
export async function refreshSearchText(db: Database, id: string) {
  await db.execute(sql`update tasks t set search_text = amity_fold(concat_ws(' ', t.number, t.title_vi, t.title_en, t.title_fr)) where t.id = ${id}`);
}

export async function supportingOf(db: Database, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db.select().from(taskSupportingUnits).where(inArray(taskSupportingUnits.taskId, ids)).orderBy(asc(taskSupportingUnits.unitId));
  for (const r of rows) out.get(r.taskId)?.push(r.unitId);
  return out;
}

export async function fieldsOf(db: Database, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db.select().from(taskFields).where(inArray(taskFields.taskId, ids)).orderBy(asc(taskFields.fieldId));
  for (const r of rows) out.get(r.taskId)?.push(r.fieldId);
  return out;
}

export async function replaceSupporting(db: Database, id: string, unitIds: string[]) {
  await db.delete(taskSupportingUnits).where(eq(taskSupportingUnits.taskId, id));
  if (unitIds.length) await db.insert(taskSupportingUnits).values([...new Set(unitIds)].map((unitId) => ({ taskId: id, unitId })));
}

export async function replaceFields(db: Database, id: string, fieldIds: string[]) {
  await db.delete(taskFields).where(eq(taskFields.taskId, id));
  if (fieldIds.length) await db.insert(taskFields).values([...new Set(fieldIds)].map((fieldId) => ({ taskId: id, fieldId })));
}

/** Replaces the links, keeping those to records the editor cannot see (they could not have sent them). */
export async function replaceLinks(db: Database, id: string, links: { entity: string; recordId: string }[], keep: { entity: string; recordId: string }[]) {
  await db.delete(taskLinks).where(eq(taskLinks.taskId, id));
  const all = new Map([...links, ...keep].map((l) => [`${l.entity}:${l.recordId}`, l]));
  if (all.size) await db.insert(taskLinks).values([...all.values()].map((l) => ({ taskId: id, ...l })));
}

export async function linksOf(db: Database, id: string) {
  return db.select({ entity: taskLinks.entity, recordId: taskLinks.recordId }).from(taskLinks).where(eq(taskLinks.taskId, id)).orderBy(asc(taskLinks.entity), asc(taskLinks.recordId));
}

export interface IndicatorValues {
  id?: string;
  name: string;
  unitOfMeasure?: string;
  baseline?: string | null;
  target?: string | null;
}

/** Replaces the indicators: sent ids are updated in place (report values point at them), others are new, missing ones go. */
export async function replaceIndicators(db: Database, id: string, list: IndicatorValues[]) {
  const kept = list.filter((i) => i.id).map((i) => i.id!);
  await db.delete(taskIndicators).where(and(eq(taskIndicators.taskId, id), kept.length ? notInArray(taskIndicators.id, kept) : undefined));
  for (const [position, i] of list.entries()) {
    const values = { name: i.name, unitOfMeasure: i.unitOfMeasure ?? '', baseline: i.baseline ?? null, target: i.target ?? null, position };
    if (i.id) await db.update(taskIndicators).set(values).where(and(eq(taskIndicators.id, i.id), eq(taskIndicators.taskId, id)));
    else await db.insert(taskIndicators).values({ ...values, taskId: id });
  }
}

export async function indicatorsOf(db: Database, id: string): Promise<Indicator[]> {
  return db.select().from(taskIndicators).where(eq(taskIndicators.taskId, id)).orderBy(asc(taskIndicators.position), asc(taskIndicators.id));
}

/** Each indicator's value in the lead unit's latest accepted report that gives one. */
export async function latestValues(db: Database, taskId: string): Promise<Map<string, string>> {
  const { rows } = await db.execute<{ indicator_id: string; value: string }>(sql`
    select distinct on (v.indicator_id) v.indicator_id, v.value::text as value
    from ${taskReportValues} v join ${taskReports} r on r.id = v.report_id join ${tasks} t on t.id = r.task_id
    where r.task_id = ${taskId} and r.state = 'accepted' and r.kind = 'report' and r.unit_id = t.lead_unit_id
    order by v.indicator_id, r.period_end desc, r.version desc`);
  return new Map(rows.map((r) => [r.indicator_id, r.value]));
}

/** Of these ids, the units that exist. */
export async function existingUnitIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: units.id }).from(units).where(inArray(units.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

/** Of these ids, the cooperation fields that exist. */
export async function existingFieldIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: cooperationFields.id }).from(cooperationFields).where(inArray(cooperationFields.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** Of these links, the visible ones with their labels (partner name, engagement title). */
export async function visibleLinks(db: Database, scope: Scope, links: { entity: string; recordId: string }[]) {
  const ids = (entity: string) => links.filter((l) => l.entity === entity).map((l) => l.recordId);
  const [p, e] = await Promise.all([
    ids('partner').length ? db.select().from(partners).where(scopedPartners.where(scope, inArray(partners.id, ids('partner')))) : [],
    ids('engagement').length ? db.select().from(engagements).where(scopedEngagements.where(scope, inArray(engagements.id, ids('engagement')))) : [],
  ]);
  return { partners: new Map(p.map((r) => [r.id, r])), engagements: new Map(e.map((r) => [r.id, r])) };
}

/** Per task, whether its lead unit has a submitted or accepted report for a period. */
export async function filedFor(db: Database, wanted: { taskId: string; period: string }[]): Promise<Set<string>> {
  if (wanted.length === 0) return new Set();
  const rows = await db
    .select({ taskId: taskReports.taskId, period: taskReports.period })
    .from(taskReports)
    .innerJoin(tasks, eq(tasks.id, taskReports.taskId))
    .where(
      and(
        inArray(taskReports.taskId, wanted.map((w) => w.taskId)),
        inArray(taskReports.state, ['submitted', 'accepted']),
        eq(taskReports.kind, 'report'),
        eq(taskReports.unitId, tasks.leadUnitId),
      ),
    );
  return new Set(rows.map((r) => `${r.taskId}:${r.period}`));
}

/** The latest accepted report of the lead unit per task (the export's last columns). */
export async function lastAccepted(db: Database, ids: string[]): Promise<Map<string, { period: string; narrative: string }>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.execute<{ task_id: string; period: string; narrative: string }>(sql`
    select distinct on (r.task_id) r.task_id, r.period, r.narrative from task_reports r join tasks t on t.id = r.task_id
    where r.task_id = any(${uuidList(ids)}) and r.state = 'accepted' and r.kind = 'report' and r.unit_id = t.lead_unit_id
    order by r.task_id, r.period_end desc, r.version desc`);
  return new Map(rows.map((r) => [r.task_id, { period: r.period, narrative: r.narrative }]));
}

export async function parentOf(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ parent: tasks.parentTaskId }).from(tasks).where(eq(tasks.id, id));
  return row?.parent ?? null;
}

export async function reportIdsOf(db: Database, taskId: string): Promise<string[]> {
  const rows = await db.select({ id: taskReports.id }).from(taskReports).where(eq(taskReports.taskId, taskId));
  return rows.map((r) => r.id);
}
