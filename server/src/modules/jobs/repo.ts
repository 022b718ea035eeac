import { count, desc, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { jobRuns } from './schema.js';

export type JobRun = typeof jobRuns.$inferSelect;

/**
 * Claims (job, day): the INSERT succeeds in exactly one process, whatever the race (the primary key
 * decides); the others get no row. `force` takes the day again (the CLI's --force).
 */
export async function claim(db: Database, job: string, day: string, process: string, force = false): Promise<boolean> {
  const insert = db.insert(jobRuns).values({ job, runOn: day, process });
  const rows = await (force
    ? insert.onConflictDoUpdate({ target: [jobRuns.job, jobRuns.runOn], set: { process, startedAt: sql`now()`, finishedAt: null, result: null, error: null } })
    : insert.onConflictDoNothing()
  ).returning({ job: jobRuns.job });
  return rows.length === 1;
}

export async function finish(db: Database, job: string, day: string, outcome: { result?: unknown; error?: string }): Promise<void> {
  await db
    .update(jobRuns)
    .set({ finishedAt: new Date(), result: outcome.result ?? null, error: outcome.error ?? null })
    .where(sql`${jobRuns.job} = ${job} and ${jobRuns.runOn} = ${day}`);
}

/** Newest day first. */
export async function listRuns(db: Database, limit: number, offset: number) {
  const [items, [total]] = await Promise.all([
    db.select().from(jobRuns).orderBy(desc(jobRuns.runOn), desc(jobRuns.startedAt), jobRuns.job).limit(limit).offset(offset),
    db.select({ n: count() }).from(jobRuns),
  ]);
  return { items, total: total?.n ?? 0 };
}
