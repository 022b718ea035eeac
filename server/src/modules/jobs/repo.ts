import { count, desc, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { jobRuns } from './schema.js';

export type JobRun = typeof jobRuns.$inferSelect;

/**
 * Claims (job, day) inside the caller's transaction, which then does the day's work: the INSERT
 * succeeds in exactly one process whatever the race (the primary key decides; a competitor waits for
 * the winner's commit, then gets no row). A day whose run failed (error set) is taken again, and so is
 * any day with `force` (the CLI's --force); a run that died rolled its claim back with its work.
 */
export async function claim(db: Database, job: string, day: string, process: string, force = false): Promise<boolean> {
  const rows = await db
    .insert(jobRuns)
    .values({ job, runOn: day, process })
    .onConflictDoUpdate({
      target: [jobRuns.job, jobRuns.runOn],
      set: { process, startedAt: sql`now()`, finishedAt: null, result: null, error: null },
      setWhere: force ? undefined : sql`${jobRuns.error} is not null`,
    })
    .returning({ job: jobRuns.job });
  return rows.length === 1;
}

/** A failed run, written after its transaction rolled back: shown to admins, and the day is taken again at the next tick. */
export async function recordFailure(db: Database, job: string, day: string, process: string, error: string): Promise<void> {
  await db
    .insert(jobRuns)
    .values({ job, runOn: day, process, finishedAt: new Date(), error })
    .onConflictDoUpdate({ target: [jobRuns.job, jobRuns.runOn], set: { process, finishedAt: new Date(), result: null, error } });
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
