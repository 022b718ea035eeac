import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { ProgressStatus } from './schema.js';
import { todayIn } from './periods.js';

/**
 * Roll-up, the one definition (docs/API.md, "Roll-up"):
 * - a task without sub-tasks takes percent and status from its lead unit's latest accepted report
 *   (latest period, then latest version); none yet: 0 %, not_started;
 * - a task with sub-tasks (its cascade) takes the weighted mean of their percents (rounded) and
 *   the combination of their effective statuses; its own reports are kept but do not count;
 * - effective status: `late` when the due date has passed and it is not done.
 * Groups and directives are weighted means of their top-level tasks, computed when read.
 */
export function effectiveStatus(status: ProgressStatus, dueOn: string | null, today: string): ProgressStatus {
  return status !== 'done' && dueOn !== null && dueOn < today ? 'late' : status;
}

/** All done → done; any late → late; any at risk → at_risk; all not started → not_started; else on_track. */
export function combineStatuses(statuses: ProgressStatus[]): ProgressStatus {
  if (statuses.length === 0) return 'not_started';
  if (statuses.every((s) => s === 'done')) return 'done';
  if (statuses.includes('late')) return 'late';
  if (statuses.includes('at_risk')) return 'at_risk';
  if (statuses.every((s) => s === 'not_started')) return 'not_started';
  return 'on_track';
}

export function weightedPercent(items: { percent: number; weight: number }[]): number {
  const total = items.reduce((n, i) => n + i.weight, 0);
  return total === 0 ? 0 : Math.round(items.reduce((n, i) => n + i.percent * i.weight, 0) / total);
}

type Row = {
  id: string;
  parent_task_id: string | null;
  status: ProgressStatus;
  percent: number;
};

/** Recomputes one task from its sub-tasks or reports; answers its parent's id. */
async function recomputeOne(db: Database, id: string, today: string): Promise<string | null> {
  const { rows: children }: { rows: { status: ProgressStatus; percent: number; weight: number; due_on: string | null }[] } = await db.execute<{
    status: ProgressStatus;
    percent: number;
    weight: number;
    due_on: string | null;
  }>(sql`select status, percent, weight, due_on::text from tasks where parent_task_id = ${id}`);
  let status: ProgressStatus;
  let percent: number;
  if (children.length > 0) {
    status = combineStatuses(children.map((c) => effectiveStatus(c.status, c.due_on, today)));
    percent = weightedPercent(children);
  } else {
    const { rows }: { rows: { status: ProgressStatus; percent: number }[] } = await db.execute<{ status: ProgressStatus; percent: number }>(sql`
      select r.status, r.percent from task_reports r join tasks t on t.id = r.task_id
      where r.task_id = ${id} and r.kind = 'report' and r.state = 'accepted' and r.unit_id = t.lead_unit_id
      order by r.period_end desc, r.version desc limit 1`);
    status = rows[0]?.status ?? 'not_started';
    percent = rows[0]?.percent ?? 0;
  }
  const { rows }: { rows: Row[] } = await db.execute<Row>(sql`
    update tasks set status = ${status}, percent = ${percent},
      done_at = case when ${status} = 'done' then coalesce(done_at, now()) else null end
    where id = ${id} returning id, parent_task_id, status, percent`);
  return rows[0]?.parent_task_id ?? null;
}

/** Recomputes one task from its sub-tasks or reports, then each ancestor in turn. Call inside the writing transaction. */
export async function recomputeRollup(db: Database, taskId: string, now: Date = new Date()): Promise<void> {
  const today = todayIn(now);
  let id: string | null = taskId;
  for (let hops = 0; id && hops < 20; hops++) id = await recomputeOne(db, id, today);
}

/** Every task with sub-tasks, deepest first: the daily job runs it so "late" reaches the parents as days pass. */
export async function recomputeAllRollups(db: Database, now: Date = new Date()): Promise<number> {
  const { rows } = await db.execute<{ id: string }>(sql`
    with recursive depth(id, d) as (
      select id, 0 from tasks where parent_task_id is null
      union all select t.id, depth.d + 1 from tasks t join depth on t.parent_task_id = depth.id where depth.d < 20)
    select id from depth where exists (select 1 from tasks c where c.parent_task_id = depth.id) order by d desc`);
  // Deepest first, each once: a parent is computed after all its sub-tasks are.
  const today = todayIn(now);
  for (const r of rows) await recomputeOne(db, r.id, today);
  return rows.length;
}
