import os from 'node:os';
import { DateTime } from 'luxon';
import type { Database } from '../../db/types.js';
import { deliverEmails } from '../notifications/service.js';
import type { DailyStep } from '../../http/module.js';
import { todayIn, WORK_ZONE } from '../plans/periods.js';
import { jobsConfig } from './config.js';
import * as repo from './repo.js';
import { sendReminders, type Counts } from './reminders.js';
import { writeCheckpoint, type Checkpoint, type CheckpointSettings } from '../audit/checkpoint.js';
import { inTransaction } from '../../db/tx.js';

export const DAILY_JOB = 'daily';
const processName = `${os.hostname()}:${process.pid}`;

export interface DailyResult extends Partial<Counts> {
  rollups?: number;
  recurring?: number;
}

export interface RunOutcome {
  /** False when another process (or an earlier run) already had the day. */
  ran: boolean;
  day: string;
  result?: DailyResult;
  error?: string;
  /** The day's signed audit checkpoint, when asked for (checkpointError if it could not be written). */
  checkpoint?: Checkpoint;
  checkpointError?: string;
}

/**
 * The daily job for the day of `now` in Viet Nam: claims it, sends the reminders, recomputes the
 * roll-ups (so "late" reaches parents as days pass), and records the counts. Exactly once per day
 * across processes: only the claim's winner does the work. A failure is recorded on the day's row and
 * the day is taken again at the next tick (a process that died left no claim); `force` (CLI) runs a done day again.
 */
export async function runDailyJobs(
  db: Database,
  now: Date = new Date(),
  opts: { force?: boolean; reminderDays?: number; checkpoint?: CheckpointSettings; steps?: DailyStep[] } = {},
): Promise<RunOutcome> {
  const day = todayIn(now);
  const n = opts.reminderDays ?? jobsConfig().reminderDays;
  try {
    const out = await inTransaction(db, async (tx) => {
      // The claim is the transaction's first write: it stands or falls with the day's work.
      if (!(await repo.claim(tx, DAILY_JOB, day, processName, opts.force))) return null;
      // The modules' steps (their manifests' `daily`): e.g. recurring tasks move to their current
      // period before reminders are chosen, so they are chased per period, not as overdue.
      const steps = opts.steps ?? [];
      const ran: Record<string, number> = {};
      for (const s of steps.filter((x) => x.phase === 'before')) ran[s.key] = await s.run(tx, day, now);
      const { counts, mail } = await sendReminders(tx, day, n);
      for (const s of steps.filter((x) => x.phase === 'after')) ran[s.key] = await s.run(tx, day, now);
      const result = { ...counts, ...ran };
      await repo.finish(tx, DAILY_JOB, day, { result });
      return { result, mail };
    });
    if (!out) return { ran: false, day };
    deliverEmails(db, out.mail);
    // After the commit, by the day's one winner: the checkpoint file lives on this process's host.
    if (opts.checkpoint) {
      try {
        return { ran: true, day, result: out.result, checkpoint: await writeCheckpoint(db, opts.checkpoint, 'daily') };
      } catch (e) {
        return { ran: true, day, result: out.result, checkpointError: e instanceof Error ? e.message : String(e) };
      }
    }
    return { ran: true, day, result: out.result };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    await repo.recordFailure(db, DAILY_JOB, day, processName, error).catch(() => {});
    return { ran: true, day, error };
  }
}

/** Whether the day may be claimed yet: once REMINDER_HOUR has passed in Viet Nam. */
export const pastReminderHour = (now: Date, hour: number) => DateTime.fromJSDate(now, { zone: WORK_ZONE }).hour >= hour;

/** A calendar day as a moment of that day in Viet Nam (noon), for the CLI's --date. */
export function noonOf(day: string): Date | null {
  const d = DateTime.fromISO(day, { zone: WORK_ZONE });
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && d.isValid ? d.set({ hour: 12 }).toJSDate() : null;
}
