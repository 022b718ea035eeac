import type { Database } from '../../db/types.js';
import type { ProgressStatus } from './schema.js';
import { todayIn } from './periods.js';
import { childFigures, latestAcceptedFigures, parentsDeepestFirst, setFigures } from './repo-rollup.js';

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

/** Recomputes one task from its sub-tasks or reports; answers its parent's id. */
async function recomputeOne(db: Database, id: string, today: string): Promise<string | null> {
  const children = await childFigures(db, id);
  if (children.length > 0) {
    return setFigures(db, id, { status: combineStatuses(children.map((c) => effectiveStatus(c.status, c.due_on, today))), percent: weightedPercent(children) });
  }
  const latest = await latestAcceptedFigures(db, id);
  return setFigures(db, id, { status: latest?.status ?? 'not_started', percent: latest?.percent ?? 0 });
}

/** Recomputes one task from its sub-tasks or reports, then each ancestor in turn. Call inside the writing transaction. */
export async function recomputeRollup(db: Database, taskId: string, now: Date = new Date()): Promise<void> {
  const today = todayIn(now);
  let id: string | null = taskId;
  for (let hops = 0; id && hops < 20; hops++) id = await recomputeOne(db, id, today);
}

/** Every task with sub-tasks, deepest first: the daily job runs it so "late" reaches the parents as days pass. */
export async function recomputeAllRollups(db: Database, now: Date = new Date()): Promise<number> {
  const ids = await parentsDeepestFirst(db);
  // Deepest first, each once: a parent is computed after all its sub-tasks are.
  const today = todayIn(now);
  for (const id of ids) await recomputeOne(db, id, today);
  return ids.length;
}
