import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { notFound } from '../../core/errors.js';
import { users } from '../../core/tenancy-schema.js';
import { scopedTasks } from './repo-tasks.js';
import { taskIndicators, taskReports, taskReportValues, taskSupportingUnits, tasks } from './schema.js';

// All SQL of progress reports. Reports are not owned records: whoever may see their task sees them,
// so every read goes through scopedTasks first.

export type ReportRow = typeof taskReports.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type NewReport = typeof taskReports.$inferInsert;
export interface ReportTask extends TaskRow {
  supportingUnitIds: string[];
}

/** The task, if the user sees it (else 404), with its supporting units. */
export async function visibleTask(db: Database, scope: Scope, taskId: string): Promise<ReportTask> {
  const t = await scopedTasks.get(db, scope, taskId);
  const su = await db.select({ unitId: taskSupportingUnits.unitId }).from(taskSupportingUnits).where(eq(taskSupportingUnits.taskId, t.id));
  return { ...t, supportingUnitIds: su.map((s) => s.unitId) };
}

/** A report and its task, if the user sees the task (else 404). */
export async function visibleReport(db: Database, scope: Scope, id: string): Promise<{ report: ReportRow; task: ReportTask }> {
  const [report] = await db.select().from(taskReports).where(eq(taskReports.id, id)).limit(1);
  if (!report) throw notFound();
  return { report, task: await visibleTask(db, scope, report.taskId) };
}

/** Locks the report row for the rest of the transaction, so two transitions cannot both start from one state. */
export async function lockReport(db: Database, id: string): Promise<ReportRow> {
  const [row] = await db.select().from(taskReports).where(eq(taskReports.id, id)).for('update');
  if (!row) throw notFound();
  return row;
}

export async function indicatorIdsOf(db: Database, taskId: string): Promise<Set<string>> {
  const rows = await db.select({ id: taskIndicators.id }).from(taskIndicators).where(eq(taskIndicators.taskId, taskId));
  return new Set(rows.map((r) => r.id));
}

/** Any version of the (task, unit, kind, period) report other than `exceptId`'s chain. */
export async function samePeriodExists(db: Database, k: { taskId: string; unitId: string; kind: string; period: string }, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: taskReports.id })
    .from(taskReports)
    .where(
      and(
        eq(taskReports.taskId, k.taskId),
        eq(taskReports.unitId, k.unitId),
        eq(taskReports.kind, k.kind),
        eq(taskReports.period, k.period),
        exceptId ? sql`${taskReports.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return !!row;
}

/** The highest version of the report's (task, unit, kind, period). */
export async function latestVersion(db: Database, r: ReportRow): Promise<number> {
  const [row] = await db
    .select({ v: sql<number>`max(${taskReports.version})` })
    .from(taskReports)
    .where(and(eq(taskReports.taskId, r.taskId), eq(taskReports.unitId, r.unitId), eq(taskReports.kind, r.kind), eq(taskReports.period, r.period)));
  return Number(row?.v ?? r.version);
}

/** latestVersion for many reports at once (a page of them): one query. */
export async function latestVersions(db: Database, rows: ReportRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const keyOf = (r: { taskId: string; unitId: string; kind: string; period: string }) => `${r.taskId}|${r.unitId}|${r.kind}|${r.period}`;
  const found = await db
    .select({ taskId: taskReports.taskId, unitId: taskReports.unitId, kind: taskReports.kind, period: taskReports.period, v: sql<number>`max(${taskReports.version})` })
    .from(taskReports)
    .where(inArray(taskReports.taskId, [...new Set(rows.map((r) => r.taskId))]))
    .groupBy(taskReports.taskId, taskReports.unitId, taskReports.kind, taskReports.period);
  const max = new Map(found.map((f) => [keyOf(f), Number(f.v)]));
  return rows.map((r) => max.get(keyOf(r)) ?? r.version);
}

export async function insertReport(db: Database, values: NewReport): Promise<ReportRow> {
  const [row] = await db.insert(taskReports).values(values).returning();
  return row!;
}

export async function updateReport(db: Database, id: string, values: Partial<NewReport>): Promise<ReportRow> {
  const [row] = await db
    .update(taskReports)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(taskReports.id, id))
    .returning();
  if (!row) throw notFound();
  return row;
}

export async function deleteReport(db: Database, id: string): Promise<void> {
  await db.delete(taskReports).where(eq(taskReports.id, id));
}

export async function valuesOf(db: Database, reportIds: string[]): Promise<Map<string, { indicatorId: string; value: string }[]>> {
  const out = new Map<string, { indicatorId: string; value: string }[]>();
  if (reportIds.length === 0) return out;
  const rows = await db
    .select({ reportId: taskReportValues.reportId, indicatorId: taskReportValues.indicatorId, value: taskReportValues.value })
    .from(taskReportValues)
    .innerJoin(taskIndicators, eq(taskIndicators.id, taskReportValues.indicatorId))
    .where(inArray(taskReportValues.reportId, reportIds))
    .orderBy(asc(taskIndicators.position), asc(taskIndicators.name));
  for (const r of rows) {
    const list = out.get(r.reportId) ?? [];
    list.push({ indicatorId: r.indicatorId, value: r.value });
    out.set(r.reportId, list);
  }
  return out;
}

/** Replaces the report's indicator values. */
export async function setValues(db: Database, reportId: string, values: { indicatorId: string; value: string }[]): Promise<void> {
  await db.delete(taskReportValues).where(eq(taskReportValues.reportId, reportId));
  if (values.length) await db.insert(taskReportValues).values(values.map((v) => ({ reportId, ...v })));
}

/** Newest period first, then newest version. */
export async function listReports(db: Database, taskId: string, kind: string | undefined, limit: number, offset: number) {
  const where = and(eq(taskReports.taskId, taskId), kind ? eq(taskReports.kind, kind) : undefined);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(taskReports)
      .where(where)
      .orderBy(desc(taskReports.periodStart), desc(taskReports.period), desc(taskReports.version), asc(taskReports.kind), asc(taskReports.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(taskReports).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function userNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, unique)) : [];
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** Active officers and managers of a unit: who files and who reviews for it. */
export async function workersOf(db: Database, unitId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.unitId, unitId), inArray(users.role, ['officer', 'manager']), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/** The task's last report time: set when a report comes in (submitted). */
export async function touchTask(db: Database, scope: Scope, taskId: string, at: Date): Promise<void> {
  await scopedTasks.update(db, scope, taskId, { lastReportAt: at });
}
