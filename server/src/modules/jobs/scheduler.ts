import type { Database } from '../../db/types.js';
import type { FastifyBaseLogger } from 'fastify';
import { jobsConfig } from './config.js';
import { pastReminderHour, runDailyJobs } from './service.js';
import type { CheckpointSettings } from '../audit/checkpoint.js';
import type { DailyStep } from '../../http/module.js';

/**
 * Starts the daily-job scheduler of this process (docs/API.md, "Daily job"); answers a stop function.
 * Every process runs one; the claim in job_runs makes the day's work happen once. With `checkpoint`,
 * the day's run also appends a signed audit checkpoint; `steps` are the modules' daily work.
 */
export function startJobScheduler(db: Database, log: FastifyBaseLogger, opts: { checkpoint?: CheckpointSettings; steps: DailyStep[] }): () => void {
  const config = jobsConfig();
  if (config.disabled) {
    log.info('daily jobs disabled (JOBS_DISABLED=1)');
    return () => {};
  }
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const now = new Date();
      if (!pastReminderHour(now, config.reminderHour)) return;
      const out = await runDailyJobs(db, now, { reminderDays: config.reminderDays, ...opts });
      if (out.error) log.error({ day: out.day, error: out.error }, 'daily job failed');
      if (out.checkpointError) log.error({ day: out.day, error: out.checkpointError }, 'audit checkpoint not written');
      else if (out.ran) log.info({ day: out.day, result: out.result }, 'daily job done');
    } catch (err) {
      log.warn({ err }, 'daily job could not start');
    } finally {
      busy = false;
    }
  };
  const first = setTimeout(() => void tick(), 5_000);
  const timer = setInterval(() => void tick(), config.intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
