import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { testDbKind } from '../../test/db.js';
import { ensureRoot, makeUnit, makeUser, signedIn } from '../../test/factories.js';
import { openDatabase, type DbHandle } from '../../db/connect.js';
import type { Database } from '../../db/types.js';
import { notifications } from '../notifications/schema.js';
import { tasks } from '../plans/schema.js';
import { insertTask } from '../plans/test/fixtures.js';
import { jobRuns } from './schema.js';
import { DAILY_JOB, noonOf, pastReminderHour, runDailyJobs } from './service.js';
import { jobsConfig } from './config.js';
import { modules } from '../index.js';

// The daily work the app's modules hand the job (the scheduler and the CLI pass the same).
const steps = modules.flatMap((m) => m.daily ?? []);
const runDaily = (db: Parameters<typeof runDailyJobs>[0], now: Date, opts: Parameters<typeof runDailyJobs>[2] = {}) => runDailyJobs(db, now, { steps, ...opts });

// "The reminder job runs once per day with two app instances": on PostgreSQL two separate pools
// (two processes' worth of connections) race for the day; on PGlite the one in-process handle is called twice at once.

let t: TestApp;
let second: DbHandle | undefined;
let other: Database;
beforeAll(async () => {
  t = await openTestApp();
  await ensureRoot(t.db);
  if (testDbKind() === 'postgres') {
    second = await openDatabase({ databaseUrl: (t.dbh as { url?: string }).url!, dataDir: '' });
    other = second.db;
  } else other = t.db;
});
afterAll(async () => {
  await second?.close();
  await t.close();
});

const at = (day: string) => noonOf(day)!;
const runsOf = (day: string) => t.db.select().from(jobRuns).where(and(eq(jobRuns.job, DAILY_JOB), eq(jobRuns.runOn, day)));

describe('the daily job', () => {
  it('runs once per day across two app instances, again the next day', async () => {
    const lead = await makeUnit(t.db);
    const officer = await makeUser(t.db, lead, 'officer');
    const owner = await makeUnit(t.db);
    const manager = await makeUser(t.db, owner, 'manager');
    // Due 2031-03-13: due soon on the 10th; overdue on the 14th. A parent whose roll-up turns late as the days pass.
    const parent = await insertTask(t.db, { ownerUnitId: owner.id, leadUnitId: lead.id, startOn: '2031-01-01', dueOn: '2031-12-31', cadence: 'yearly' });
    await insertTask(t.db, { ownerUnitId: owner.id, leadUnitId: lead.id, parentTaskId: parent.id, startOn: '2031-01-01', dueOn: '2031-03-13', cadence: 'yearly' });
    const mine = () => t.db.select().from(notifications).where(inArray(notifications.userId, [officer.id, manager.id]));

    const [a, b] = await Promise.all([runDaily(t.db, at('2031-03-10')), runDaily(other, at('2031-03-10'))]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    expect(a.error ?? b.error).toBeUndefined();
    const runs = await runsOf('2031-03-10');
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ finishedAt: expect.any(Date), error: null, result: expect.objectContaining({ 'task.due_soon': 1, 'task.overdue': 0 }) });
    expect((await mine()).map((n) => `${n.kind} ${n.userId}`)).toEqual([`task.due_soon ${officer.id}`]);

    // The same day again, from either instance: nothing.
    expect((await runDaily(other, at('2031-03-10'))).ran).toBe(false);
    expect((await runDaily(t.db, new Date('2031-03-10T16:59:00Z'))).ran).toBe(false); // 23:59 in Ha Noi: same day
    expect(await mine()).toHaveLength(1);
    expect(await runsOf('2031-03-10')).toHaveLength(1);

    // The next days run again; the overdue day reaches the assigning unit's manager and the parent turns late.
    const next = await Promise.all([runDaily(other, at('2031-03-14')), runDaily(t.db, at('2031-03-14'))]);
    expect(next.filter((r) => r.ran)).toHaveLength(1);
    expect((await mine()).map((n) => `${n.kind} ${n.userId}`).sort()).toEqual([`task.due_soon ${officer.id}`, `task.overdue ${manager.id}`]);
    const [p] = await t.db.select().from(tasks).where(eq(tasks.id, parent.id));
    expect(p!.status).toBe('late');
    expect(await runsOf('2031-03-14')).toHaveLength(1);

    // --force takes a day again.
    const forced = await runDaily(t.db, at('2031-03-10'), { force: true });
    expect(forced.ran).toBe(true);
    expect(await mine()).toHaveLength(3);
    expect(await runsOf('2031-03-10')).toHaveLength(1);
  });

  it('takes a failed day again at the next run, and leaves a done day alone', async () => {
    // A run that failed left its error on the day's row (its work rolled back).
    await t.db.insert(jobRuns).values({ job: 'daily', runOn: '2031-04-03', process: 'gone:1', finishedAt: new Date(), error: 'connection lost' });
    const retried = await runDaily(t.db, at('2031-04-03'));
    expect(retried).toMatchObject({ ran: true, day: '2031-04-03' });
    expect(retried.error).toBeUndefined();
    expect(await runsOf('2031-04-03')).toEqual([expect.objectContaining({ error: null, finishedAt: expect.any(Date) })]);
    expect((await runDaily(t.db, at('2031-04-03'))).ran).toBe(false);
  });

  it('lists runs to admins only', async () => {
    await runDaily(t.db, at('2031-05-02'));
    const admin = await signedIn(t.app, t.db, 'admin');
    const manager = await signedIn(t.app, t.db, 'manager');
    const res = await t.app.inject({ url: '/api/v1/jobs/runs?limit=1', headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ page: 1, limit: 1, total: expect.any(Number), items: [{ job: 'daily', runOn: '2031-05-02', process: expect.any(String), finishedAt: expect.any(String), error: null }] });
    expect((await t.app.inject({ url: '/api/v1/jobs/runs', headers: manager.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/jobs/runs' })).statusCode).toBe(401);
  });

  it('reads its settings from the environment', () => {
    expect(jobsConfig({})).toEqual({ reminderDays: 3, reminderHour: 7, intervalMs: 600_000, disabled: false });
    expect(jobsConfig({ REMINDER_DAYS: '5', REMINDER_HOUR: '9', JOBS_INTERVAL_MS: '60000', JOBS_DISABLED: '1' })).toEqual({ reminderDays: 5, reminderHour: 9, intervalMs: 60_000, disabled: true });
    expect(jobsConfig({ REMINDER_DAYS: 'x', REMINDER_HOUR: '25' })).toMatchObject({ reminderDays: 3, reminderHour: 7 });
    // The scheduler claims the day once the hour has passed in Ha Noi (UTC+7).
    expect(pastReminderHour(new Date('2031-03-10T23:59:00Z'), 7)).toBe(false); // 06:59 on the 11th
    expect(pastReminderHour(new Date('2031-03-11T00:00:00Z'), 7)).toBe(true);
    expect(noonOf('2031-03-10')!.toISOString()).toBe('2031-03-10T05:00:00.000Z');
  });
});
