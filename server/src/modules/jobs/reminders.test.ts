import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { openTestDb } from '../../test/db.js';
import { ensureRoot, makeUnit, makeUser, uniq } from '../../test/factories.js';
import type { Database } from '../../db/types.js';
import type { Unit } from '../../core/tenancy-schema.js';
import { notifications } from '../notifications/schema.js';
import { users } from '../../core/tenancy-schema.js';
import { proposals } from '../proposals/schema.js';
import { taskReports } from '../plans/schema.js';
import { insertTask } from '../plans/test/fixtures.js';
import { repeatsOn, sendReminders } from './reminders.js';

// Reminders on fixed days, straight through sendReminders (runDailyJobs' claim is tested in daily-once.test.ts).

let h: Awaited<ReturnType<typeof openTestDb>>;
let db: Database;
beforeAll(async () => {
  h = await openTestDb();
  db = h.db;
  await ensureRoot(db);
});
afterAll(() => h.close());

/** A unit with an officer, a manager, a viewer and an inactive officer. */
async function staffed(parent?: Unit) {
  const unit = await makeUnit(db, parent ?? null);
  const [officer, manager, viewer, gone] = await Promise.all([
    makeUser(db, unit, 'officer'),
    makeUser(db, unit, 'manager'),
    makeUser(db, unit, 'viewer'),
    makeUser(db, unit, 'officer'),
  ]);
  await db.update(users).set({ active: false }).where(eq(users.id, gone.id));
  return { unit, officer: officer.id, manager: manager.id, viewer: viewer.id, gone: gone.id };
}
type Staff = Awaited<ReturnType<typeof staffed>>;
const everyone = (...s: Staff[]) => s.flatMap((x) => [x.officer, x.manager, x.viewer, x.gone]);

/** Runs one day's reminders; answers `kind userId entityId` of what those people got that day. */
async function day(today: string, people: string[]) {
  const before = new Set((await db.select({ id: notifications.id }).from(notifications).where(inArray(notifications.userId, people))).map((r) => r.id));
  await sendReminders(db, today, 3);
  const rows = await db.select().from(notifications).where(inArray(notifications.userId, people));
  return rows
    .filter((r) => !before.has(r.id))
    .map((r) => `${r.kind} ${r.userId} ${r.entityId}`)
    .sort();
}
const sorted = (xs: string[]) => [...xs].sort();

describe('repeatsOn', () => {
  it('is the first day after the end, then every 7 days', () => {
    const hits = ['2026-12-10', '2026-12-11', '2026-12-12', '2026-12-17', '2026-12-18', '2026-12-19', '2026-12-25'].filter((d) => repeatsOn('2026-12-10', d));
    expect(hits).toEqual(['2026-12-11', '2026-12-18', '2026-12-25']);
  });
});

describe('task reminders', () => {
  it('due soon to the lead unit, overdue to the assigning unit’s managers, nothing on other days', async () => {
    const owner = await staffed();
    const lead = await staffed();
    const people = everyone(owner, lead);
    const task = await insertTask(db, { ownerUnitId: owner.unit.id, leadUnitId: lead.unit.id, startOn: '2026-10-01', dueOn: '2026-12-10', cadence: 'yearly' });
    await insertTask(db, { ownerUnitId: owner.unit.id, leadUnitId: lead.unit.id, startOn: '2026-10-01', dueOn: '2026-12-10', cadence: 'yearly', status: 'done', percent: 100 });

    expect(await day('2026-12-06', people)).toEqual([]);
    expect(await day('2026-12-07', people)).toEqual(sorted([`task.due_soon ${lead.officer} ${task.id}`, `task.due_soon ${lead.manager} ${task.id}`]));
    for (const d of ['2026-12-08', '2026-12-10', '2026-12-12', '2026-12-17']) expect(await day(d, people), d).toEqual([]);
    for (const d of ['2026-12-11', '2026-12-18', '2026-12-25']) expect(await day(d, people), d).toEqual([`task.overdue ${owner.manager} ${task.id}`]);
    const [n] = await db.select().from(notifications).where(and(eq(notifications.userId, owner.manager), eq(notifications.kind, 'task.overdue')));
    expect(n).toMatchObject({ entity: 'task', data: expect.objectContaining({ title: task.titleVi, dueOn: '2026-12-10' }) });
  });

  it('report due N days before the period ends unless filed; a missing report after the period, every 7 days', async () => {
    const owner = await staffed();
    const lead = await staffed();
    const people = everyone(owner, lead);
    const span = { ownerUnitId: owner.unit.id, leadUnitId: lead.unit.id, startOn: '2026-07-01', dueOn: '2027-12-31', cadence: 'quarterly' as const };
    const missing = await insertTask(db, span);
    const filed = await insertTask(db, span);
    const drafted = await insertTask(db, span);
    const late = await insertTask(db, { ...span, startOn: '2026-10-01' }); // began after Q3: Q3 not owed
    const report = (taskId: string, period: string, start: string, end: string, state: 'draft' | 'submitted' | 'accepted') =>
      db.insert(taskReports).values({ taskId, unitId: lead.unit.id, kind: 'report', period, periodStart: start, periodEnd: end, status: 'on_track', percent: 10, state });
    await report(filed.id, '2026-Q3', '2026-07-01', '2026-09-30', 'accepted');
    await report(filed.id, '2026-Q4', '2026-10-01', '2026-12-31', 'submitted');
    await report(drafted.id, '2026-Q3', '2026-07-01', '2026-09-30', 'draft');
    await report(drafted.id, '2026-Q4', '2026-10-01', '2026-12-31', 'draft');

    const overdue = (id: string) => `task_report.overdue ${owner.manager} ${id}`;
    expect(await day('2026-09-30', people)).toEqual([]);
    expect(await day('2026-10-01', people)).toEqual(sorted([overdue(missing.id), overdue(drafted.id)]));
    expect(await day('2026-10-02', people)).toEqual([]);
    expect(await day('2026-10-08', people)).toEqual(sorted([overdue(missing.id), overdue(drafted.id)]));

    const due = (id: string) => [`task.report_due ${lead.officer} ${id}`, `task.report_due ${lead.manager} ${id}`];
    expect(await day('2026-12-27', people)).toEqual([]);
    expect(await day('2026-12-28', people)).toEqual(sorted([...due(missing.id), ...due(drafted.id), ...due(late.id)]));
    const [n] = await db.select().from(notifications).where(and(eq(notifications.userId, lead.officer), eq(notifications.kind, 'task.report_due'), eq(notifications.entityId, late.id)));
    expect(n!.data).toMatchObject({ period: '2026-Q4', dueOn: '2026-12-31' });
  });

  it('follows the cadence: monthly periods, and a one-off report due with the task', async () => {
    const owner = await staffed();
    const lead = await staffed();
    const people = everyone(owner, lead);
    const monthly = await insertTask(db, { ownerUnitId: owner.unit.id, leadUnitId: lead.unit.id, startOn: '2026-11-01', dueOn: '2027-03-31', cadence: 'monthly' });
    const once = await insertTask(db, { ownerUnitId: owner.unit.id, leadUnitId: lead.unit.id, startOn: '2026-11-01', dueOn: '2026-11-30', cadence: 'once' });
    const due = (id: string) => [`task.report_due ${lead.officer} ${id}`, `task.report_due ${lead.manager} ${id}`];
    const soon = (id: string) => [`task.due_soon ${lead.officer} ${id}`, `task.due_soon ${lead.manager} ${id}`];
    expect(await day('2026-11-27', people)).toEqual(sorted([...due(monthly.id), ...due(once.id), ...soon(once.id)]));
    expect(await day('2026-12-01', people)).toEqual(
      sorted([`task_report.overdue ${owner.manager} ${monthly.id}`, `task_report.overdue ${owner.manager} ${once.id}`, `task.overdue ${owner.manager} ${once.id}`]),
    );
    expect(await day('2026-12-02', people)).toEqual([]);
  });
});

describe('proposal reminders', () => {
  it('due soon to the handler (else the handling unit’s officers), overdue to the target unit’s managers', async () => {
    const locality = await staffed();
    const target = await staffed();
    const handling = await staffed(target.unit);
    const people = everyone(locality, target, handling);
    const insert = (over: Partial<typeof proposals.$inferInsert>) =>
      db
        .insert(proposals)
        .values({ code: uniq('KN-'), title: uniq('Kiến nghị '), ownerUnitId: locality.unit.id, targetUnitId: target.unit.id, state: 'accepted', dueOn: '2026-12-10', ...over })
        .returning()
        .then((r) => r[0]!);
    const withHandler = await insert({ handlingUnitId: handling.unit.id, handlerUserId: handling.manager });
    const noHandler = await insert({ handlingUnitId: handling.unit.id });
    const atTarget = await insert({ dueOn: '2026-12-11' });
    await insert({ state: 'answered' });
    await insert({ state: 'submitted', dueOn: null });

    expect(await day('2026-12-06', people)).toEqual([]);
    expect(await day('2026-12-07', people)).toEqual(sorted([`proposal.due_soon ${handling.manager} ${withHandler.id}`, `proposal.due_soon ${handling.officer} ${noHandler.id}`]));
    expect(await day('2026-12-08', people)).toEqual([`proposal.due_soon ${target.officer} ${atTarget.id}`]);
    const over = (id: string) => `proposal.overdue ${target.manager} ${id}`;
    expect(await day('2026-12-11', people)).toEqual(sorted([over(withHandler.id), over(noHandler.id)]));
    expect(await day('2026-12-12', people)).toEqual([over(atTarget.id)]);
    expect(await day('2026-12-13', people)).toEqual([]);
    expect(await day('2026-12-18', people)).toEqual(sorted([over(withHandler.id), over(noHandler.id)]));
    const [n] = await db.select().from(notifications).where(and(eq(notifications.userId, target.manager), eq(notifications.entityId, withHandler.id)));
    expect(n).toMatchObject({ entity: 'proposal', data: { title: withHandler.title, code: withHandler.code, dueOn: '2026-12-10' } });
  });
});
