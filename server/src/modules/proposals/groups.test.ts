import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { makeUnit } from '../../test/factories.js';
import { tasks } from '../plans/schema.js';
import { kit } from './test/kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());
const { call, world, propose, move, notifications } = kit(() => t);

describe('groups', () => {
  it('groups proposals of one target unit and answers them all at once', async () => {
    const w = await world();
    const a = await propose(w.locality.cookie, w.ministry.unit.id);
    const b = await propose(w.locality.cookie, w.ministry.unit.id);
    const c = await propose(w.other.cookie, w.ministry.unit.id);
    const done = await propose(w.other.cookie, w.ministry.unit.id);
    await move(w.ministryOfficer, b.id, 'accept', { handlingUnitId: w.dept.id });
    await move(w.ministryOfficer, done.id, 'reject', { reason: 'Trùng' });
    const elsewhere = await propose(w.locality.cookie, (await makeUnit(t.db)).id);

    // Rights and rules: the target unit's side; every proposal visible, of one target, not closed/rejected.
    expect((await call(w.locality.cookie, 'POST', '/api/v1/proposal-groups', { title: 'Lễ hội', proposalIds: [a.id, b.id] })).statusCode).toBe(403);
    for (const bad of [[a.id, done.id], [a.id, elsewhere.id]]) {
      const res = await call(w.ministryOfficer, 'POST', '/api/v1/proposal-groups', { title: 'Lễ hội', proposalIds: bad });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toHaveProperty('proposalIds');
    }
    const created = await call(w.ministryOfficer, 'POST', '/api/v1/proposal-groups', { title: 'Kinh phí lễ hội', proposalIds: [a.id, b.id] });
    expect(created.statusCode, created.body).toBe(201);
    const g = created.json();
    expect(g).toMatchObject({ title: 'Kinh phí lễ hội', targetUnitId: w.ministry.unit.id, count: 2, states: { submitted: 1, accepted: 1 }, can: { update: true, answer: true } });
    const added = await call(w.ministryOfficer, 'POST', `/api/v1/proposal-groups/${g.id}/proposals`, { proposalIds: [c.id] });
    expect(added.json().count).toBe(3);
    expect((await call(w.ministryOfficer, 'GET', `/api/v1/proposals/${c.id}`)).json().group).toEqual({ id: g.id, title: 'Kinh phí lễ hội' });
    expect((await call(w.ministryOfficer, 'GET', `/api/v1/proposals?groupId=${g.id}`)).json().total).toBe(3);

    // Another locality sees the group only through its own proposal.
    const seenByOther = (await call(w.other.cookie, 'GET', `/api/v1/proposal-groups/${g.id}`)).json();
    expect(seenByOther.proposals.map((p: { id: string }) => p.id)).toEqual([c.id]);
    expect(seenByOther.can).toEqual({ update: false, answer: false });
    expect((await call(w.other.cookie, 'POST', `/api/v1/proposal-groups/${g.id}/answer`, { answer: 'x' })).statusCode).toBe(403);
    const list = (await call(w.ministryOfficer, 'GET', `/api/v1/proposal-groups?targetUnitId=${w.ministry.unit.id}`)).json();
    expect(list).toMatchObject({ total: 1, items: [{ id: g.id, count: 3 }] });

    const res = await call(w.ministryOfficer, 'POST', `/api/v1/proposal-groups/${g.id}/answer`, { answer: 'Bộ sẽ bố trí kinh phí năm 2027' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ answer: 'Bộ sẽ bố trí kinh phí năm 2027', answeredAt: expect.any(String), states: { submitted: 0, accepted: 0, answered: 3 } });
    for (const p of [a, b, c]) {
      const got = (await call(w.ministryOfficer, 'GET', `/api/v1/proposals/${p.id}`)).json();
      expect(got).toMatchObject({ state: 'answered', answer: 'Bộ sẽ bố trí kinh phí năm 2027', answeredAt: expect.any(String) });
      const history = (await call(w.ministryOfficer, 'GET', `/api/v1/proposals/${p.id}/history`)).json().items;
      expect(history.filter((h: { action: string }) => h.action === 'answer')).toHaveLength(1);
    }
    // A submitted one was accepted on the way, handled by the target.
    expect((await call(w.ministryOfficer, 'GET', `/api/v1/proposals/${a.id}`)).json()).toMatchObject({ handlingUnitId: w.ministry.unit.id, acceptedAt: expect.any(String), dueOn: expect.any(String) });
    // One notification per submitting unit.
    const localityNotes = [...(await notifications(w.locality.cookie, a.id)), ...(await notifications(w.locality.cookie, b.id))].filter((n: { kind: string }) => n.kind === 'proposal.answered');
    expect(localityNotes).toHaveLength(1);
    expect(localityNotes[0].data.code).toBe(`${a.code}, ${b.code}`);
    expect((await notifications(w.other.cookie, c.id)).filter((n: { kind: string }) => n.kind === 'proposal.answered')).toHaveLength(1);

    // Taking one out.
    expect((await call(w.ministryOfficer, 'DELETE', `/api/v1/proposal-groups/${g.id}/proposals/${c.id}`)).statusCode).toBe(204);
    expect((await call(w.ministryOfficer, 'GET', `/api/v1/proposals/${c.id}`)).json().groupId).toBeNull();
    expect((await call(w.ministryOfficer, 'GET', `/api/v1/proposal-groups/${g.id}`)).json().count).toBe(2);
  });
});

describe('make a task', () => {
  it('creates the task from an accepted proposal with its answer, linked both ways, once', async () => {
    const w = await world();
    const p = await propose(w.locality.cookie, w.ministry.unit.id);
    expect((await call(w.ministryOfficer, 'POST', `/api/v1/proposals/${p.id}/task`, { leadUnitId: w.dept.id, answer: 'x' })).statusCode).toBe(409);
    await move(w.ministryOfficer, p.id, 'accept', { handlingUnitId: w.dept.id });
    expect((await call(w.locality.cookie, 'POST', `/api/v1/proposals/${p.id}/task`, { leadUnitId: w.dept.id, answer: 'x' })).statusCode).toBe(403);
    expect((await call(w.ministryOfficer, 'POST', `/api/v1/proposals/${p.id}/task`, { leadUnitId: w.dept.id })).json().error.fields).toHaveProperty('answer');
    const res = await call(w.ministryOfficer, 'POST', `/api/v1/proposals/${p.id}/task`, { leadUnitId: w.dept.id, answer: 'Giao Vụ triển khai', dueOn: '2027-06-30' });
    expect(res.statusCode, res.body).toBe(201);
    const { task, proposal } = res.json();
    expect(task).toMatchObject({ proposalId: p.id });
    expect(proposal).toMatchObject({ state: 'answered', answer: 'Giao Vụ triển khai', taskId: task.id, can: { makeTask: false } });
    const [row] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(row).toMatchObject({ proposalId: p.id, leadUnitId: w.dept.id, titleVi: p.title, dueOn: '2027-06-30' });
    expect((await call(w.ministryOfficer, 'POST', `/api/v1/proposals/${p.id}/task`, { leadUnitId: w.dept.id })).statusCode).toBe(409);

    // From answered: the answer stays.
    const q = await propose(w.locality.cookie, w.ministry.unit.id);
    await move(w.ministryOfficer, q.id, 'accept');
    await move(w.ministryOfficer, q.id, 'answer', { answer: 'Sẽ làm' });
    const r2 = await call(w.ministry.cookie, 'POST', `/api/v1/proposals/${q.id}/task`, { leadUnitId: w.ministry.unit.id, titleEn: 'Do it' });
    expect(r2.statusCode, r2.body).toBe(201);
    expect(r2.json().proposal).toMatchObject({ state: 'answered', answer: 'Sẽ làm', taskId: r2.json().task.id });
    // The task deleted: the proposal is unlinked and may become a task again.
    expect((await call(w.ministry.cookie, 'DELETE', `/api/v1/tasks/${r2.json().task.id}`)).statusCode).toBe(204);
    expect((await call(w.ministry.cookie, 'GET', `/api/v1/proposals/${q.id}`)).json()).toMatchObject({ taskId: null, can: { makeTask: true } });
  });
});
