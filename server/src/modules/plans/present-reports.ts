import { z } from 'zod';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { progressStatus, reportState } from './schema.js';
import { unitsByIds } from '../units/repo.js';
import { reportPolicy } from './policy.js';
import { unitRef, unitRefOut } from './present-directives.js';
import { trimNumber } from './present-tasks.js';
import * as repo from './repo-reports.js';
import type { ReportRow, ReportTask } from './repo-reports.js';

// The `report` of docs/API.md ("Progress reports"), for one report or a page of them.

export const reportOut = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  unitId: z.uuid(),
  unit: unitRefOut,
  kind: z.enum(['report', 'input']),
  period: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(progressStatus.enumValues),
  percent: z.number().int(),
  narrative: z.string(),
  values: z.array(z.object({ indicatorId: z.uuid(), value: z.string() })),
  state: z.enum(reportState.enumValues),
  version: z.number().int(),
  previousId: z.uuid().nullable(),
  reviewComment: z.string(),
  reviewedBy: z.uuid().nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  submittedBy: z.uuid().nullable(),
  submitterName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), submit: z.boolean(), accept: z.boolean(), return: z.boolean(), correct: z.boolean(), attach: z.boolean() }),
});
export type ReportOut = z.output<typeof reportOut>;

export async function presentReports(db: Database, scope: Scope, task: ReportTask, rows: ReportRow[]): Promise<ReportOut[]> {
  const [units, names, values, latest] = await Promise.all([
    unitsByIds(db, rows.map((r) => r.unitId)),
    repo.userNames(db, rows.flatMap((r) => [r.reviewedBy, r.submittedBy]).filter((u): u is string => !!u)),
    repo.valuesOf(db, rows.map((r) => r.id)),
    repo.latestVersions(db, rows),
  ]);
  return rows.map((r, i) => ({
    id: r.id,
    taskId: r.taskId,
    unitId: r.unitId,
    unit: unitRef(units, r.unitId),
    kind: r.kind as 'report' | 'input',
    period: r.period,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    status: r.status,
    percent: r.percent,
    narrative: r.narrative,
    values: (values.get(r.id) ?? []).map((v) => ({ indicatorId: v.indicatorId, value: trimNumber(v.value) })),
    state: r.state,
    version: r.version,
    previousId: r.previousId,
    reviewComment: r.reviewComment,
    reviewedBy: r.reviewedBy,
    reviewerName: r.reviewedBy ? (names.get(r.reviewedBy) ?? null) : null,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    submittedBy: r.submittedBy,
    submitterName: r.submittedBy ? (names.get(r.submittedBy) ?? null) : null,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    can: reportPolicy.can(scope, { report: r, task, latest: latest[i] === r.version }),
  }));
}

export async function presentReport(db: Database, scope: Scope, task: ReportTask, row: ReportRow): Promise<ReportOut> {
  return (await presentReports(db, scope, task, [row]))[0]!;
}
