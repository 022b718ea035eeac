/**
 * The daily job's settings, from the environment (docs/API.md, "Daily job and reminders").
 * Read here rather than in config.ts because only this module uses them.
 */
export interface JobsConfig {
  /** N: reminders go N days before a due date (REMINDER_DAYS, default 3). */
  reminderDays: number;
  /** The day is claimed once this hour has passed in Asia/Ho_Chi_Minh (REMINDER_HOUR, default 7). */
  reminderHour: number;
  /** How often each process looks (JOBS_INTERVAL_MS, default 10 minutes). */
  intervalMs: number;
  /** JOBS_DISABLED=1: this process never runs the scheduler. */
  disabled: boolean;
}

const int = (v: string | undefined, fallback: number, min: number, max: number) => {
  const n = Number(v);
  return v !== undefined && v !== '' && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

export function jobsConfig(env: NodeJS.ProcessEnv = process.env): JobsConfig {
  return {
    reminderDays: int(env.REMINDER_DAYS, 3, 0, 365),
    reminderHour: int(env.REMINDER_HOUR, 7, 0, 23),
    intervalMs: int(env.JOBS_INTERVAL_MS, 600_000, 1_000, 86_400_000),
    disabled: env.JOBS_DISABLED === '1' || env.JOBS_DISABLED === 'true',
  };
}
