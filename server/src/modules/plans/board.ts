import { and, asc, count, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { progressStatus, tasks, type ProgressStatus } from './schema.js';
import { effectiveSql, involves } from './repo-tasks.js';
import { scopedTasks } from './scope.js';

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
