import { pgTable, text, timestamp, date, jsonb, primaryKey } from 'drizzle-orm/pg-core';

/**
 * One row per job and day: the INSERT that claims it is what makes a daily job run exactly once,
 * however many app processes share the database (the losers of the race insert nothing).
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    runOn: date('run_on').notNull(),
    process: text('process').notNull().default(''),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    result: jsonb('result'),
    error: text('error'),
  },
  (t) => [primaryKey({ columns: [t.job, t.runOn] })],
);
