import type { DbHandle } from '../db/connect.js';
import { noonOf, runDailyJobs } from '../modules/jobs/service.js';
import { mailIdle } from '../modules/notifications/service.js';
import { checkpointSettings } from '../modules/audit/checkpoint.js';
import { CliError, type Out } from './commands.js';
import { modules } from '../modules/index.js';

/**
 * `jobs run [--date YYYY-MM-DD] [--force]`: the daily job now, or for a given day; --force runs a day already done.
 * Like the server's run, it ends with a signed audit checkpoint.
 */
export async function jobsRun(h: DbHandle, out: Out, o: { date?: string; force?: boolean; dataDir: string }): Promise<boolean> {
  const now = o.date ? noonOf(o.date) : new Date();
  if (!now) throw new CliError(`Not a date: ${o.date} (use YYYY-MM-DD).`);
  const r = await runDailyJobs(h.db, now, { force: o.force, checkpoint: checkpointSettings(o.dataDir), steps: modules.flatMap((m) => m.daily ?? []) });
  if (!r.ran) {
    out(`The daily job of ${r.day} has already run (use --force to run it again).`);
    return true;
  }
  await mailIdle();
  if (r.error) {
    out(`The daily job of ${r.day} failed: ${r.error}`);
    return false;
  }
  out(`Daily job of ${r.day} done: ${JSON.stringify(r.result)}`);
  if (r.checkpointError) {
    out(`The audit checkpoint was not written: ${r.checkpointError}`);
    return false;
  }
  return true;
}
