import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, login, makeUnit, makeUser, signedIn } from '../../test/factories.js';
import { auditLog } from '../../core/audit-schema.js';
import { tasks } from './schema.js';
import { insertTask } from './test/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
  await ensureRoot(t.db);
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': 'en' }, ...(payload ? { payload } : {}) });
const act = (cookie: string, id: string, action: string, comment?: string) => call(cookie, 'POST', `/api/v1/task-reports/${id}/transitions`, { action, ...(comment ? { comment } : {}) });
async function move(cookie: string, id: string, action: string, comment?: string) {
  const res = await act(cookie, id, action, comment);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json().report;
}
const notes = async (cookie: string, reportId: string) =>
  (await call(cookie, 'GET', '/api/v1/notifications?limit=200')).json().items.filter((n: { entityId: string }) => n.entityId === reportId);

/** Owner (assigning) unit O, lead unit L, supporting unit S, a unit X that does not see the task. */
async function world() {
  const mgrO = await signedIn(t.app, t.db, 'manager');
  const offO = await login(t.app, (await makeUser(t.db, mgrO.unit, 'officer')).email);
  const offL = await signedIn(t.app, t.db, 'officer');
  const mgrL = await login(t.app, (await makeUser(t.db, offL.unit, 'manager')).email);
  const viewL = await login(t.app, (await makeUser(t.db, offL.unit, 'viewer')).email);
  const offS = await signedIn(t.app, t.db, 'officer');
  const offX = await signedIn(t.app, t.db, 'officer');
  const task = await insertTask(t.db, {
    ownerUnitId: mgrO.unit.id,
    leadUnitId: offL.unit.id,
    supportingUnitIds: [offS.unit.id],
    cadence: 'quarterly',
    startOn: '2026-01-01',
    dueOn: '2027-12-31',
    indicators: ['Delegations received', 'Events'],
  });
  return { mgrO, offO, offL, mgrL, viewL, offS, offX, task };
}
type World = Awaited<ReturnType<typeof world>>;

async function file(w: World, body: object = {}, cookie = w.offL.cookie) {
  const res = await call(cookie, 'POST', `/api/v1/tasks/${w.task.id}/reports`, { period: '2026-Q3', status: 'on_track', percent: 40, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('filing a report', () => {
  it('files the lead unit a report and a supporting unit an input, checking period, percent and indicators', async () => {
    const w = await world();
    const r = await file(w, { narrative: ' Đã đón 3 đoàn ', values: [{ indicatorId: w.task.indicatorIds[0], value: '12.5' }] });
    expect(r).toMatchObject({
      taskId: w.task.id,
      unitId: w.offL.unit.id,
      unit: { id: w.offL.unit.id, nameEn: w.offL.unit.nameEn },
      kind: 'report',
      period: '2026-Q3',
      periodStart: '2026-07-01',
      periodEnd: '2026-09-30',
      state: 'draft',
      version: 1,
      previousId: null,
      narrative: 'Đã đón 3 đoàn',
      values: [{ indicatorId: w.task.indicatorIds[0], value: '12.5' }],
      can: { update: true, delete: true, submit: true, accept: false, return: false, correct: false, attach: true },
    });
    const input = await file(w, {}, w.offS.cookie);
    expect(input).toMatchObject({ kind: 'input', unitId: w.offS.unit.id });

    const post = (cookie: string, body: object) => call(cookie, 'POST', `/api/v1/tasks/${w.task.id}/reports`, { period: '2026-Q4', status: 'on_track', percent: 10, ...body });
    expect((await post(w.offO, {})).statusCode).toBe(403); // the assigning unit does not report
    expect((await post(w.viewL, {})).statusCode).toBe(403);
    expect((await post(w.offX.cookie, {})).statusCode).toBe(404);
    const field = async (body: object) => {
      const res = await post(w.offL.cookie, body);
      expect(res.statusCode, res.body).toBe(422);
      return Object.keys(res.json().error.fields);
    };
    expect(await field({ period: '2026-07' })).toEqual(['period']);
    expect(await field({ period: 'once' })).toEqual(['period']);
    expect(await field({ period: '2031-Q1' })).toEqual(['period']); // not begun yet
    expect(await field({ period: '2025-Q4' })).toEqual(['period']); // ends before the task starts (2026-01-01)
    expect(await field({ percent: 101 })).toEqual(['percent']);
    expect(await field({ status: 'done', percent: 90 })).toEqual(['percent']);
    const other = await insertTask(t.db, { ownerUnitId: w.mgrO.unit.id, leadUnitId: w.offL.unit.id, indicators: ['x'] });
    expect(await field({ values: [{ indicatorId: w.task.indicatorIds[1], value: '1' }, { indicatorId: other.indicatorIds[0], value: '2' }] })).toEqual(['values.1.indicatorId']);

    // One live report per task, unit, kind and period.
    const again = await call(w.mgrL, 'POST', `/api/v1/tasks/${w.task.id}/reports`, { period: '2026-Q3', status: 'at_risk', percent: 50 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');

    const list = await call(w.offO, 'GET', `/api/v1/tasks/${w.task.id}/reports?limit=1`);
    expect(list.json()).toMatchObject({ total: 2, page: 1, limit: 1, items: [expect.objectContaining({ period: '2026-Q3' })] });
    expect((await call(w.offO, 'GET', `/api/v1/tasks/${w.task.id}/reports?kind=input`)).json().items.map((i: { id: string }) => i.id)).toEqual([input.id]);
    expect((await call(w.offX.cookie, 'GET', `/api/v1/tasks/${w.task.id}/reports`)).statusCode).toBe(404);
  });

  it('submits at once with submit: true, and notifies the reviewers of the assigning unit', async () => {
    const w = await world();
    const r = await file(w, { submit: true });
    expect(r).toMatchObject({ state: 'submitted', submittedBy: w.offL.user.id, submitterName: w.offL.user.displayName });
    expect(await notes(w.mgrO.cookie, r.id)).toEqual([
      expect.objectContaining({ kind: 'task_report.submitted', entity: 'task_report', data: expect.objectContaining({ taskId: w.task.id, period: '2026-Q3', actorName: w.offL.user.displayName }) }),
    ]);
    expect(await notes(w.offO, r.id)).toHaveLength(1);
    expect(await notes(w.offL.cookie, r.id)).toHaveLength(0);
    const [task] = await t.db.select().from(tasks).where(eq(tasks.id, w.task.id));
    expect(task!.lastReportAt).not.toBeNull();
  });
});

describe('the review workflow', () => {
  it('allows each move only from its states (409) and to its people (403)', async () => {
    const w = await world();
    const r = await file(w, { values: [{ indicatorId: w.task.indicatorIds[0], value: '3' }] });
    // draft
    for (const a of ['accept', 'return']) expect((await act(w.mgrO.cookie, r.id, a, 'x')).statusCode, a).toBe(409);
    expect((await act(w.offL.cookie, r.id, 'correct')).statusCode).toBe(409);
    for (const cookie of [w.offO, w.offS.cookie, w.viewL]) expect((await act(cookie, r.id, 'submit')).statusCode).toBe(403);
    expect((await act(w.offX.cookie, r.id, 'submit')).statusCode).toBe(404);
    expect((await call(w.offO, 'PATCH', `/api/v1/task-reports/${r.id}`, { percent: 50 })).statusCode).toBe(403);
    await move(w.offL.cookie, r.id, 'submit');
    // submitted
    expect((await call(w.offL.cookie, 'PATCH', `/api/v1/task-reports/${r.id}`, { percent: 50 })).json().error.code).toBe('invalid_transition');
    expect((await call(w.offL.cookie, 'DELETE', `/api/v1/task-reports/${r.id}`)).statusCode).toBe(409);
    expect((await act(w.offL.cookie, r.id, 'submit')).statusCode).toBe(409);
    expect((await act(w.offL.cookie, r.id, 'correct')).statusCode).toBe(409);
    for (const cookie of [w.offL.cookie, w.mgrL, w.offS.cookie]) expect((await act(cookie, r.id, 'accept')).statusCode).toBe(403); // never the report's own unit
    const noComment = await act(w.mgrO.cookie, r.id, 'return');
    expect(noComment.statusCode).toBe(422);
    expect(Object.keys(noComment.json().error.fields)).toEqual(['comment']);
    const returned = await move(w.offO, r.id, 'return', 'Bổ sung số liệu');
    expect(returned).toMatchObject({ state: 'returned', reviewComment: 'Bổ sung số liệu', reviewedBy: expect.any(String), can: { update: false, accept: false } });
    expect(await notes(w.offL.cookie, r.id)).toEqual([expect.objectContaining({ kind: 'task_report.returned', data: expect.objectContaining({ comment: 'Bổ sung số liệu' }) })]);
    // returned
    expect((await act(w.mgrO.cookie, r.id, 'accept')).statusCode).toBe(409);
    expect((await call(w.offL.cookie, 'DELETE', `/api/v1/task-reports/${r.id}`)).statusCode).toBe(409);
    const edited = await call(w.offL.cookie, 'PATCH', `/api/v1/task-reports/${r.id}`, { percent: 60, status: 'at_risk' });
    expect(edited.json()).toMatchObject({ percent: 60, status: 'at_risk', state: 'returned', values: [{ value: '3' }] });
    await move(w.offL.cookie, r.id, 'submit');
    const accepted = await move(w.mgrO.cookie, r.id, 'accept');
    expect(accepted).toMatchObject({ state: 'accepted', reviewerName: w.mgrO.user.displayName, can: { update: false, delete: false, submit: false, correct: false, attach: false } });
    expect(await notes(w.mgrL, r.id)).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'task_report.accepted' })]));
    // accepted: locked
    expect((await call(w.offL.cookie, 'PATCH', `/api/v1/task-reports/${r.id}`, { percent: 70 })).statusCode).toBe(409);
    expect((await call(w.offL.cookie, 'DELETE', `/api/v1/task-reports/${r.id}`)).statusCode).toBe(409);
    for (const a of ['submit']) expect((await act(w.offL.cookie, r.id, a)).statusCode).toBe(409);
    for (const a of ['accept', 'return']) expect((await act(w.mgrO.cookie, r.id, a, 'x')).statusCode).toBe(409);
    expect((await act(w.mgrO.cookie, r.id, 'correct')).statusCode).toBe(403);
    expect((await call(w.offL.cookie, 'GET', `/api/v1/tasks/${w.task.id}/reports`)).json().items[0].can.correct).toBe(true);

    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'task_report'), eq(auditLog.entityId, r.id))).orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update', 'update', 'update']);
  });

  it('keeps the units above to reviewing, and nobody accepts a report they sent', async () => {
    const mgrO = await signedIn(t.app, t.db, 'manager');
    const lead = await makeUnit(t.db, mgrO.unit);
    const offL = await login(t.app, (await makeUser(t.db, lead, 'officer')).email);
    const task = await insertTask(t.db, { ownerUnitId: mgrO.unit.id, leadUnitId: lead.id, cadence: 'quarterly', startOn: '2026-01-01', dueOn: '2027-12-31' });
    const body = { period: '2026-Q3', status: 'on_track', percent: 40 };
    const created = await call(offL, 'POST', `/api/v1/tasks/${task.id}/reports`, body);
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json();
    // The manager above the lead unit sees it but neither files, edits nor submits it.
    expect((await call(mgrO.cookie, 'GET', `/api/v1/tasks/${task.id}/reports`)).json().items[0].can).toMatchObject({ update: false, submit: false, delete: false });
    expect((await call(mgrO.cookie, 'POST', `/api/v1/tasks/${task.id}/reports`, { ...body, period: '2026-Q4' })).statusCode).toBe(403);
    expect((await call(mgrO.cookie, 'PATCH', `/api/v1/task-reports/${r.id}`, { percent: 90 })).statusCode).toBe(403);
    expect((await act(mgrO.cookie, r.id, 'submit')).statusCode).toBe(403);
    await move(offL, r.id, 'submit');
    expect((await move(mgrO.cookie, r.id, 'accept')).state).toBe('accepted');
    expect((await act(mgrO.cookie, r.id, 'correct')).statusCode).toBe(403);
    // A task the unit gave itself: who sent the report may not accept it; a colleague may.
    const own = await insertTask(t.db, { ownerUnitId: mgrO.unit.id, leadUnitId: mgrO.unit.id, cadence: 'quarterly', startOn: '2026-01-01', dueOn: '2027-12-31' });
    const mine = await call(mgrO.cookie, 'POST', `/api/v1/tasks/${own.id}/reports`, { ...body, submit: true });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json().can.accept).toBe(false);
    expect((await act(mgrO.cookie, mine.json().id, 'accept')).statusCode).toBe(403);
    const colleague = await login(t.app, (await makeUser(t.db, mgrO.unit, 'officer')).email);
    expect((await move(colleague, mine.json().id, 'accept')).state).toBe('accepted');
  });

  it('corrects an accepted report as a new draft version that counts once accepted', async () => {
    const w = await world();
    const r = await file(w, { percent: 40, values: [{ indicatorId: w.task.indicatorIds[1], value: '7.25' }] });
    await move(w.offL.cookie, r.id, 'submit');
    await move(w.mgrO.cookie, r.id, 'accept');
    const taskRow = async () => (await t.db.select().from(tasks).where(eq(tasks.id, w.task.id)))[0]!;
    expect(await taskRow()).toMatchObject({ percent: 40, status: 'on_track' });

    const v2 = await move(w.offL.cookie, r.id, 'correct');
    expect(v2).toMatchObject({ state: 'draft', version: 2, previousId: r.id, period: '2026-Q3', percent: 40, values: [{ indicatorId: w.task.indicatorIds[1], value: '7.25' }] });
    expect(v2.id).not.toBe(r.id);
    expect((await act(w.offL.cookie, r.id, 'correct')).statusCode).toBe(409); // only the latest version
    const list = (await call(w.offL.cookie, 'GET', `/api/v1/tasks/${w.task.id}/reports`)).json().items;
    expect(list.map((i: { version: number; state: string }) => [i.version, i.state])).toEqual([
      [2, 'draft'],
      [1, 'accepted'],
    ]);
    expect((await call(w.offL.cookie, 'PATCH', `/api/v1/task-reports/${v2.id}`, { period: '2026-Q4' })).statusCode).toBe(422);
    await call(w.offL.cookie, 'PATCH', `/api/v1/task-reports/${v2.id}`, { percent: 100, status: 'done' });
    await move(w.offL.cookie, v2.id, 'submit');
    expect(await taskRow()).toMatchObject({ percent: 40 }); // the accepted one counts until the correction is accepted
    await move(w.mgrO.cookie, v2.id, 'accept');
    expect(await taskRow()).toMatchObject({ percent: 100, status: 'done', doneAt: expect.any(Date) });
  });

  it('deletes drafts only, with their audit row', async () => {
    const w = await world();
    const r = await file(w);
    expect((await call(w.offS.cookie, 'DELETE', `/api/v1/task-reports/${r.id}`)).statusCode).toBe(403);
    expect((await call(w.offL.cookie, 'DELETE', `/api/v1/task-reports/${r.id}`)).statusCode).toBe(204);
    expect((await call(w.offL.cookie, 'GET', `/api/v1/tasks/${w.task.id}/reports`)).json().total).toBe(0);
    expect((await call(w.offL.cookie, 'DELETE', `/api/v1/task-reports/${r.id}`)).statusCode).toBe(404);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'task_report'), eq(auditLog.entityId, r.id))).orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual(['create', 'delete']);
    // The period is free again.
    await file(w);
  });
});

describe('roll-up on accept', () => {
  it('recomputes the task and its parent when a sub-task report is accepted', async () => {
    const w = await world();
    const l2 = await makeUnit(t.db, w.offL.unit);
    const offL2 = await login(t.app, (await makeUser(t.db, l2, 'officer')).email);
    // The lead unit's own plan: sub-tasks owned by L, led by its sub-unit L2 and by L itself.
    const c1 = await insertTask(t.db, { ownerUnitId: w.offL.unit.id, leadUnitId: l2.id, parentTaskId: w.task.id, weight: 1, dueOn: '2027-06-30' });
    const c2 = await insertTask(t.db, { ownerUnitId: w.offL.unit.id, leadUnitId: w.offL.unit.id, parentTaskId: w.task.id, weight: 3, dueOn: '2027-06-30' });
    const res = await call(offL2, 'POST', `/api/v1/tasks/${c1.id}/reports`, { period: '2026-Q3', status: 'on_track', percent: 40, submit: true });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect((await act(offL2, r.id, 'accept')).statusCode).toBe(403);
    await move(w.offL.cookie, r.id, 'accept'); // the plan's owner reviews
    const row = async (id: string) => (await t.db.select().from(tasks).where(eq(tasks.id, id)))[0]!;
    expect(await row(c1.id)).toMatchObject({ percent: 40, status: 'on_track' });
    expect(await row(w.task.id)).toMatchObject({ percent: 10, status: 'on_track' }); // (40·1 + 0·3) / 4

    const r2 = (await call(w.offL.cookie, 'POST', `/api/v1/tasks/${c2.id}/reports`, { period: '2026-Q3', status: 'at_risk', percent: 20, submit: true })).json();
    await move(w.mgrL, r2.id, 'accept'); // L is both the report's unit and the owner: its manager may accept
    expect(await row(w.task.id)).toMatchObject({ percent: 25, status: 'at_risk' }); // (40 + 60) / 4
  });
});
