import type { Database } from '../../db/types.js';
import type { ProgressStatus } from './schema.js';
import { combineStatuses, effectiveStatus, weightedPercent } from './rollup.js';
import { topLevelRows } from './repo-rollup.js';

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

export async function directiveProgress(db: Database, directiveIds: string[], today: string): Promise<Map<string, Progress>> {
  const rows = await topLevelRows(db, directiveIds);
  return new Map(directiveIds.map((id) => [id, progressOf(rows.filter((r) => r.directiveId === id), today)]));
}

export async function groupProgress(db: Database, directiveId: string, today: string): Promise<Map<string | null, Progress>> {
  const rows = await topLevelRows(db, [directiveId]);
  const ids = new Set(rows.map((r) => r.groupId));
  return new Map([...ids].map((g) => [g, progressOf(rows.filter((r) => r.groupId === g), today)]));
}
