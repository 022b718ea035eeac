import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { makeUnit, makeUser, login } from '../../test/factories.js';
import { auditLog } from '../../core/audit-schema.js';
import { addDays } from '../../core/dates.js';
import { todayIn } from '../plans/periods.js';
import { proposals } from './schema.js';
import { kit } from './test/kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());
const { call, world, propose, act, move, notifications } = kit(() => t);
const today = () => todayIn();

describe('transitions', () => {
  it('runs submitted → accepted → answered → closed with rights, history, notifications and audit', async () => {
    const w = await world();
    const p = await propose(w.locality.cookie, w.ministry.unit.id);
    expect(p).toMatchObject({ state: 'submitted', ownerUnitId: w.locality.unit.id, targetUnitId: w.ministry.unit.id, submitterName: w.locality.user.displayName });
    expect(p.can).toMatchObject({ update: true, accept: false, answer: false, reject: false, close: false });
    expect((await notifications(w.ministryOfficer, p.id)).map((n: { kind: string }) => n.kind)).toEqual(['proposal.submitted']);

    const seen = (await call(w.ministryOfficer, 'GET', `/api/v1/proposals/${p.id}`)).json();
    expect(seen.can).toMatchObject({ update: false, accept: true, reject: true, answer: false });
    // Rights: the locality, another locality's officer (404: cannot see it), the department (not the target) and a viewer may not accept.
    expect((await act(w.locality.cookie, p.id, 'accept')).statusCode).toBe(403);
    expect((await act(w.other.cookie, p.id, 'accept')).statusCode).toBe(404);
    expect((await act(w.viewer, p.id, 'accept')).statusCode).toBe(403);
    // State: answer and close are 409 from submitted, whoever asks.
    expect((await act(w.ministryOfficer, p.id, 'answer', { answer: 'x' })).statusCode).toBe(409);
    expect((await act(w.locality.cookie, p.id, 'close')).statusCode).toBe(409);
    expect((await act(w.locality.cookie, p.id, 'reopen', { comment: 'x' })).statusCode).toBe(409);

    // The handling unit must be the target or below it; the handler an active user of it.
    expect((await act(w.ministryOfficer, p.id, 'accept', { handlingUnitId: w.other.unit.id })).json().error.fields).toHaveProperty('handlingUnitId');
    expect((await act(w.ministryOfficer, p.id, 'accept', { handlingUnitId: w.dept.id, handlerUserId: w.ministry.user.id })).json().error.fields).toHaveProperty('handlerUserId');
    expect((await act(w.ministryOfficer, p.id, 'accept', { dueOn: '2020-01-01' })).json().error.fields).toHaveProperty('dueOn');
    const accepted = await move(w.ministryOfficer, p.id, 'accept', { handlingUnitId: w.dept.id, handlerUserId: w.deptUser.id });
    expect(accepted).toMatchObject({ state: 'accepted', handlingUnitId: w.dept.id, handlerUserId: w.deptUser.id, handlerName: w.deptUser.displayName, dueOn: addDays(today(), 30), overdue: false });
    expect((await notifications(w.locality.cookie, p.id)).map((n: { kind: string }) => n.kind)).toEqual(['proposal.accepted']);
    expect((await notifications(w.deptOfficer, p.id))).toEqual([expect.objectContaining({ kind: 'proposal.assigned', data: expect.objectContaining({ title: p.title, code: p.code, dueOn: accepted.dueOn }) })]);

    // The submitting unit no longer edits it.
    expect((await call(w.locality.cookie, 'PATCH', `/api/v1/proposals/${p.id}`, { title: 'Khác' })).statusCode).toBe(409);
    expect((await act(w.locality.cookie, p.id, 'answer', { answer: 'x' })).statusCode).toBe(403);
    expect((await act(w.deptOfficer, p.id, 'answer')).json().error.fields).toHaveProperty('answer');
    const answered = await move(w.deptOfficer, p.id, 'answer', { answer: 'Đã bố trí kinh phí' });
    expect(answered).toMatchObject({ state: 'answered', answer: 'Đã bố trí kinh phí', reopenUntil: addDays(today(), 14) });
    expect(answered.can).toMatchObject({ close: false, answer: false });
    expect((await call(w.locality.cookie, 'GET', `/api/v1/proposals/${p.id}`)).json().can).toMatchObject({ close: true, reopen: true });
    expect((await notifications(w.locality.cookie, p.id)).map((n: { kind: string }) => n.kind).sort()).toEqual(['proposal.accepted', 'proposal.answered']);

    expect((await act(w.deptOfficer, p.id, 'close')).statusCode).toBe(403);
    const closed = await move(w.locality.cookie, p.id, 'close');
    expect(closed).toMatchObject({ state: 'closed', closedAt: expect.any(String) });
    for (const a of ['accept', 'answer', 'close', 'reject']) expect((await act(w.ministry.cookie, p.id, a, { answer: 'x', reason: 'x' })).statusCode, a).toBe(409);

    const history = (await call(w.locality.cookie, 'GET', `/api/v1/proposals/${p.id}/history`)).json().items;
    expect(history.map((h: { action: string; fromState: string | null; toState: string }) => [h.action, h.fromState, h.toState])).toEqual([
      ['submit', null, 'submitted'],
      ['accept', 'submitted', 'accepted'],
      ['answer', 'accepted', 'answered'],
      ['close', 'answered', 'closed'],
    ]);
    expect(history[2]).toMatchObject({ actorName: w.deptUser.displayName });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, p.id));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update', 'update', 'update']);
  });

  it('rejects from submitted or accepted (target unit only, reason required), never after', async () => {
    const w = await world();
    const a = await propose(w.locality.cookie, w.ministry.unit.id);
    expect((await act(w.ministryOfficer, a.id, 'reject')).json().error.fields).toHaveProperty('reason');
    expect((await act(w.locality.cookie, a.id, 'reject', { reason: 'x' })).statusCode).toBe(403);
    const rejected = await move(w.ministryOfficer, a.id, 'reject', { reason: 'Không thuộc thẩm quyền' });
    expect(rejected).toMatchObject({ state: 'rejected', rejectReason: 'Không thuộc thẩm quyền', rejectedAt: expect.any(String) });
    expect((await notifications(w.locality.cookie, a.id)).map((n: { kind: string }) => n.kind)).toEqual(['proposal.rejected']);
    for (const x of ['accept', 'answer', 'close', 'reject', 'reopen']) expect((await act(w.ministry.cookie, a.id, x, { answer: 'x', reason: 'x', comment: 'x' })).statusCode, x).toBe(409);

    const b = await propose(w.locality.cookie, w.ministry.unit.id);
    await move(w.ministry.cookie, b.id, 'accept', { handlingUnitId: w.dept.id });
    // The handling unit answers, but only the target unit rejects.
    expect((await act(w.deptOfficer, b.id, 'reject', { reason: 'x' })).statusCode).toBe(403);
    expect((await move(w.ministry.cookie, b.id, 'reject', { reason: 'Trùng' })).state).toBe('rejected');
  });

  it('reopens once even when asked twice at the same moment', async () => {
    const w = await world();
    const p = await propose(w.locality.cookie, w.ministry.unit.id);
    await move(w.ministryOfficer, p.id, 'accept');
    await move(w.ministryOfficer, p.id, 'answer', { answer: 'Trả lời' });
    const both = await Promise.all([1, 2].map(() => act(w.locality.cookie, p.id, 'reopen', { comment: 'Chưa rõ' })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await call(w.locality.cookie, 'GET', `/api/v1/proposals/${p.id}`)).json()).toMatchObject({ state: 'accepted', reopenCount: 1 });
  });

  it('lets the submitter reopen once within reopenDays of the answer, not after and not twice', async () => {
    const w = await world();
    const p = await propose(w.locality.cookie, w.ministry.unit.id);
    await move(w.ministryOfficer, p.id, 'accept', { handlerUserId: w.ministry.user.id });
    await move(w.ministryOfficer, p.id, 'answer', { answer: 'Trả lời' });
    expect((await act(w.ministryOfficer, p.id, 'reopen', { comment: 'x' })).statusCode).toBe(403);
    expect((await act(w.locality.cookie, p.id, 'reopen')).json().error.fields).toHaveProperty('comment');
    const reopened = await move(w.locality.cookie, p.id, 'reopen', { comment: 'Chưa rõ' });
    expect(reopened).toMatchObject({ state: 'accepted', reopenCount: 1, dueOn: addDays(today(), 30), reopenUntil: null });
    expect((await notifications(w.ministry.cookie, p.id)).filter((n: { kind: string }) => n.kind === 'proposal.reopened')).toEqual([expect.objectContaining({ kind: 'proposal.reopened', data: expect.objectContaining({ comment: 'Chưa rõ' }) })]);
    const again = await move(w.ministryOfficer, p.id, 'answer', { answer: 'Trả lời lại' });
    expect(again.can.reopen).toBe(false);
    expect((await act(w.locality.cookie, p.id, 'reopen', { comment: 'Lần hai' })).statusCode).toBe(409);

    // Answered 15 days ago with the default 14-day window: too late, even once closed.
    const late = await propose(w.locality.cookie, w.ministry.unit.id);
    await move(w.ministryOfficer, late.id, 'accept');
    await move(w.ministryOfficer, late.id, 'answer', { answer: 'Trả lời' });
    await move(w.locality.cookie, late.id, 'close');
    await t.db.update(proposals).set({ answeredAt: new Date(Date.now() - 15 * 86_400_000) }).where(eq(proposals.id, late.id));
    const stale = (await call(w.locality.cookie, 'GET', `/api/v1/proposals/${late.id}`)).json();
    expect(stale.can.reopen).toBe(false);
    expect((await act(w.locality.cookie, late.id, 'reopen', { comment: 'Muộn' })).statusCode).toBe(409);
    // 13 days ago: still open.
    await t.db.update(proposals).set({ answeredAt: new Date(Date.now() - 13 * 86_400_000) }).where(eq(proposals.id, late.id));
    expect((await move(w.locality.cookie, late.id, 'reopen', { comment: 'Kịp' })).state).toBe('accepted');
  });

  it('takes the SLA and reopen window from the nearest unit above with settings', async () => {
    const w = await world();
    const sub = await makeUnit(t.db, w.ministry.unit);
    const subOfficer = await login(t.app, (await makeUser(t.db, sub, 'officer')).email);
    expect((await call(w.ministry.cookie, 'GET', `/api/v1/units/${sub.id}/proposal-settings`)).json()).toEqual({ unitId: sub.id, slaDays: 30, reopenDays: 14, inherited: true });
    expect((await call(w.ministryOfficer, 'PUT', `/api/v1/units/${w.ministry.unit.id}/proposal-settings`, { slaDays: 10, reopenDays: 0 })).statusCode).toBe(403);
    expect((await call(w.ministry.cookie, 'PUT', `/api/v1/units/${w.ministry.unit.id}/proposal-settings`, { slaDays: 0, reopenDays: 0 })).statusCode).toBe(422);
    const put = await call(w.ministry.cookie, 'PUT', `/api/v1/units/${w.ministry.unit.id}/proposal-settings`, { slaDays: 10, reopenDays: 0 });
    expect(put.json()).toEqual({ unitId: w.ministry.unit.id, slaDays: 10, reopenDays: 0, inherited: false });
    expect((await call(subOfficer, 'GET', `/api/v1/units/${sub.id}/proposal-settings`)).json()).toEqual({ unitId: sub.id, slaDays: 10, reopenDays: 0, inherited: true });

    const p = await propose(w.locality.cookie, sub.id);
    const accepted = await move(subOfficer, p.id, 'accept');
    expect(accepted.dueOn).toBe(addDays(today(), 10));
    const answered = await move(subOfficer, p.id, 'answer', { answer: 'Xong' });
    // reopenDays 0: the answer's own day only.
    expect(answered.reopenUntil).toBe(today());

    // The sub-unit's own row wins; inherited: true drops it again.
    await call(w.ministry.cookie, 'PUT', `/api/v1/units/${sub.id}/proposal-settings`, { slaDays: 5, reopenDays: 3 });
    const q = await propose(w.locality.cookie, sub.id);
    expect((await move(subOfficer, q.id, 'accept')).dueOn).toBe(addDays(today(), 5));
    const back = await call(w.ministry.cookie, 'PUT', `/api/v1/units/${sub.id}/proposal-settings`, { slaDays: 5, reopenDays: 3, inherited: true });
    expect(back.json()).toMatchObject({ slaDays: 10, inherited: true });
  });

  it('marks accepted proposals past their due date overdue, in answers and the overdue filter', async () => {
    const w = await world();
    const p = await propose(w.locality.cookie, w.ministry.unit.id);
    const q = await propose(w.locality.cookie, w.ministry.unit.id);
    // Accepted with a due date that has since passed (a past date is refused at acceptance).
    await move(w.ministryOfficer, p.id, 'accept', { dueOn: today() });
    await t.db.update(proposals).set({ dueOn: addDays(today(), -1) }).where(eq(proposals.id, p.id));
    const late = (await call(w.ministryOfficer, 'GET', `/api/v1/proposals/${p.id}`)).json();
    const onTime = await move(w.ministryOfficer, q.id, 'accept', { dueOn: today() });
    expect([late.overdue, onTime.overdue]).toEqual([true, false]);
    const list = (await call(w.ministryOfficer, 'GET', `/api/v1/proposals?overdue=true&targetUnitId=${w.ministry.unit.id}`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([p.id]);
    const notOverdue = (await call(w.ministryOfficer, 'GET', `/api/v1/proposals?overdue=false&targetUnitId=${w.ministry.unit.id}`)).json();
    expect(notOverdue.items.map((i: { id: string }) => i.id)).toEqual([q.id]);
    // Answered: no longer overdue.
    expect((await move(w.ministryOfficer, p.id, 'answer', { answer: 'Muộn' })).overdue).toBe(false);
  });

  it('takes comments from either side in any state, telling the other side', async () => {
    const w = await world();
    const p = await propose(w.locality.cookie, w.ministry.unit.id);
    expect((await act(w.locality.cookie, p.id, 'comment')).json().error.fields).toHaveProperty('comment');
    expect((await act(w.viewer, p.id, 'comment', { comment: 'x' })).statusCode).toBe(403);
    expect((await move(w.locality.cookie, p.id, 'comment', { comment: 'Bổ sung hồ sơ' })).state).toBe('submitted');
    expect((await notifications(w.ministryOfficer, p.id)).map((n: { kind: string }) => n.kind).sort()).toEqual(['proposal.commented', 'proposal.submitted']);
    await move(w.ministryOfficer, p.id, 'comment', { comment: 'Đã nhận' });
    expect((await notifications(w.locality.cookie, p.id)).map((n: { kind: string }) => n.kind)).toEqual(['proposal.commented']);
    const history = (await call(w.ministry.cookie, 'GET', `/api/v1/proposals/${p.id}/history`)).json().items;
    expect(history.slice(1)).toEqual([
      expect.objectContaining({ action: 'comment', fromState: 'submitted', toState: 'submitted', comment: 'Bổ sung hồ sơ', actorId: w.locality.user.id }),
      expect.objectContaining({ action: 'comment', comment: 'Đã nhận' }),
    ]);
  });
});
