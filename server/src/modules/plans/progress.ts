import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { ProgressStatus } from './schema.js';
import { combineStatuses, effectiveStatus, weightedPercent } from './rollup.js';

export interface Progress {
  percent: number;
  status: ProgressStatus;
  tasks: number;
  done: number;
  late: number;
}

export interface ProgressRow {
  status: ProgressStatus;
  percent: number;
  weight: number;
  dueOn: string | null;
}

/** Weighted mean and combined effective status of some tasks (rollup.ts definitions), with counts. */
export function progressOf(rows: ProgressRow[], today: string): Progress {
  const statuses = rows.map((r) => effectiveStatus(r.status, r.dueOn, today));
  return {
    percent: weightedPercent(rows),
    status: combineStatuses(statuses),
    tasks: rows.length,
    done: statuses.filter((s) => s === 'done').length,
    late: statuses.filter((s) => s === 'late').length,
  };
}

/**
 * Top-level tasks (whose parent is not in the same directive) of some directives: what a directive's
 * and a group's progress is made of. All of them, seen or not: the roll-up does not depend on the reader.
 */
export async function topLevelRows(db: Database, directiveIds: string[]) {
  if (directiveIds.length === 0) return [];
  const { rows } = await db.execute<{ directive_id: string; group_id: string | null; status: ProgressStatus; percent: number; weight: number; due_on: string | null }>(sql`
    select t.directive_id, t.group_id, t.status, t.percent, t.weight, t.due_on::text as due_on from tasks t
    where t.directive_id = any(${sql`array[${sql.join(directiveIds.map((id) => sql`${id}`), sql`, `)}]::uuid[]`})
      and not exists (select 1 from tasks p where p.id = t.parent_task_id and p.directive_id = t.directive_id)`);
  return rows.map((r) => ({ directiveId: r.directive_id, groupId: r.group_id, status: r.status, percent: r.percent, weight: r.weight, dueOn: r.due_on }));
}

export async function directiveProgress(db: Database, directiveIds: string[], today: string): Promise<Map<string, Progress>> {
  const rows = await topLevelRows(db, directiveIds);
  return new Map(directiveIds.map((id) => [id, progressOf(rows.filter((r) => r.directiveId === id), today)]));
}

export async function groupProgress(db: Database, directiveId: string, today: string): Promise<Map<string | null, Progress>> {
  const rows = await topLevelRows(db, [directiveId]);
  const ids = new Set(rows.map((r) => r.groupId));
  return new Map([...ids].map((g) => [g, progressOf(rows.filter((r) => r.groupId === g), today)]));
}
