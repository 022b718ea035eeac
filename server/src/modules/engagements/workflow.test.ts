import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { auditLog } from '../../core/audit-schema.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { ensureRoot, login, makeUser, signedIn, uniq } from '../../test/factories.js';
import { TRANSITIONS } from './policy.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
let rootManager: string;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
  rootManager = await login(t.app, (await makeUser(t.db, await ensureRoot(t.db), 'manager')).email);
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
const call = (cookie: string, method: Method, url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });

/** A unit with its manager (the approver) and a sub-unit with an officer (the author). */
async function team() {
  const mgr = await signedIn(t.app, t.db, 'manager');
  const off = await signedIn(t.app, t.db, 'officer', mgr.unit);
  return { mgr, off };
}
const far = { startsAt: '2031-06-10T09:00:00+07:00', endsAt: '2031-06-12T17:00:00+07:00' };
async function create(cookie: string, body: object = {}) {
  const res = await call(cookie, 'POST', '/api/v1/engagements', { kind: 'conference', titleVi: uniq('Hội nghị '), ...far, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().engagement as { id: string; state: string; startsAt: string };
}
const act = (cookie: string, id: string, action: string, extra: object = {}) => call(cookie, 'POST', `/api/v1/engagements/${id}/transitions`, { action, ...extra });
async function move(cookie: string, id: string, action: string, extra: object = {}) {
  const res = await act(cookie, id, action, extra);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json().engagement;
}
const history = async (cookie: string, id: string) => (await call(cookie, 'GET', `/api/v1/engagements/${id}/history`)).json().items;
const notifications = async (cookie: string, id: string) =>
  (await call(cookie, 'GET', '/api/v1/notifications?limit=100')).json().items.filter((n: { entityId: string }) => n.entityId === id);

describe('submission and decisions', () => {
  it('submits to the parent unit, notifies its managers, and records who decided', async () => {
    const { mgr, off } = await team();
    const e = await create(off.cookie);
    const before = Date.now();
    const submitted = await move(off.cookie, e.id, 'submit', { comment: 'Kính trình' });
    expect(submitted).toMatchObject({ state: 'submitted', needsApproval: true, approverUnitId: mgr.unit.id, can: { update: true, approve: false, cancel: true } });
    const due = Date.parse(submitted.decisionDueAt);
    expect(due - Date.parse(submitted.submittedAt)).toBe(5 * 86_400_000);
    expect(Date.parse(submitted.submittedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(await notifications(mgr.cookie, e.id)).toEqual([expect.objectContaining({ kind: 'engagement.submitted', data: expect.objectContaining({ title: expect.any(String), actorName: off.user.displayName, comment: 'Kính trình' }) })]);

    const seen = (await call(mgr.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json();
    expect(seen.can).toMatchObject({ approve: true, return: true, reject: true });
    const approved = await move(mgr.cookie, e.id, 'approve', { comment: 'Đồng ý' });
    expect(approved.state).toBe('approved');
    expect(await notifications(off.cookie, e.id)).toEqual([expect.objectContaining({ kind: 'engagement.approved', data: expect.objectContaining({ actorName: mgr.user.displayName, comment: 'Đồng ý' }) })]);
    expect(await history(off.cookie, e.id)).toEqual([
      { id: expect.any(Number), fromState: 'draft', toState: 'submitted', actorId: off.user.id, actorName: off.user.displayName, comment: 'Kính trình', at: expect.any(String) },
      { id: expect.any(Number), fromState: 'submitted', toState: 'approved', actorId: mgr.user.id, actorName: mgr.user.displayName, comment: 'Đồng ý', at: expect.any(String) },
    ]);
  });

  it('lets only approvers decide: managers of the approver unit or above, and admins', async () => {
    const { mgr, off } = await team();
    const ownManager = await login(t.app, (await makeUser(t.db, off.unit, 'manager')).email);
    const sibling = await signedIn(t.app, t.db, 'manager');
    const e = await create(off.cookie, { visibility: 'shared' });
    await move(off.cookie, e.id, 'submit');
    for (const cookie of [off.cookie, ownManager, sibling.cookie]) {
      for (const action of ['approve', 'return', 'reject']) expect((await act(cookie, e.id, action, { comment: 'x' })).statusCode, action).toBe(403);
    }
    const hidden = await create(off.cookie);
    await move(off.cookie, hidden.id, 'submit');
    expect((await act(sibling.cookie, hidden.id, 'approve')).statusCode).toBe(404);
    expect((await move(rootManager, e.id, 'return', { comment: 'Bổ sung' })).state).toBe('returned');
    expect((await move(admin.cookie, hidden.id, 'approve')).state).toBe('approved');
    void mgr;
  });

  it('requires a comment to return or reject, and an outcome to complete', async () => {
    const { mgr, off } = await team();
    const e = await create(off.cookie);
    await move(off.cookie, e.id, 'submit');
    for (const action of ['return', 'reject']) {
      const res = await act(mgr.cookie, e.id, action, { comment: '  ' }, );
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual({ comment: 'Required.' });
    }
    await move(mgr.cookie, e.id, 'reject', { comment: 'Không phù hợp' });
    expect(await notifications(off.cookie, e.id)).toEqual([expect.objectContaining({ kind: 'engagement.rejected', data: expect.objectContaining({ comment: 'Không phù hợp' }) })]);
    const f = await create(off.cookie);
    await move(off.cookie, f.id, 'submit');
    await move(mgr.cookie, f.id, 'approve');
    const res = await act(off.cookie, f.id, 'complete');
    expect(res.json().error.fields).toEqual({ outcome: 'Required.' });
    const done = await move(off.cookie, f.id, 'complete', { outcome: 'Ký kết biên bản ghi nhớ' });
    expect(done).toMatchObject({ state: 'done', outcome: 'Ký kết biên bản ghi nhớ' });
    // The outcome can be corrected afterwards.
    expect((await call(off.cookie, 'PATCH', `/api/v1/engagements/${f.id}`, { outcome: 'Ký 2 biên bản' })).json().engagement.outcome).toBe('Ký 2 biên bản');
  });

  it('allows exactly the transitions of the contract; anything else is 409', async () => {
    const { off } = await team();
    // An engagement in each state, reached by the allowed path (the admin may do everything).
    const reach: Record<string, [string, object?][]> = {
      draft: [],
      submitted: [['submit']],
      approved: [['submit'], ['approve']],
      returned: [['submit'], ['return', { comment: 'x' }]],
      rejected: [['submit'], ['reject', { comment: 'x' }]],
      done: [['submit'], ['approve'], ['complete', { outcome: 'ok' }]],
      cancelled: [['cancel']],
    };
    const inState = async (state: string) => {
      const e = await create(off.cookie);
      for (const [action, extra] of reach[state]!) await move(admin.cookie, e.id, action, extra);
      return e.id;
    };
    const extras = { comment: 'lý do', outcome: 'kết quả' };
    let allowed = 0;
    for (const state of Object.keys(reach)) {
      for (const [action, rule] of Object.entries(TRANSITIONS)) {
        const id = await inState(state);
        const res = await act(admin.cookie, id, action, extras);
        if ((rule.from as readonly string[]).includes(state)) {
          allowed++;
          expect(res.statusCode, `${state} → ${action}: ${res.body}`).toBe(200);
          expect(res.json().engagement.state, `${state} → ${action}`).toBe(rule.to);
        } else {
          expect(res.statusCode, `${state} → ${action}`).toBe(409);
          expect(res.json().error.code).toBe('invalid_transition');
          expect((await call(admin.cookie, 'GET', `/api/v1/engagements/${id}`)).json().state).toBe(state);
        }
      }
    }
    expect(allowed).toBe(12);
  });

  it('reopens a rejected or cancelled engagement for its author or a manager, not another officer', async () => {
    const { mgr, off } = await team();
    const colleague = await login(t.app, (await makeUser(t.db, off.unit, 'officer')).email);
    const e = await create(off.cookie);
    await move(off.cookie, e.id, 'submit');
    await move(mgr.cookie, e.id, 'reject', { comment: 'Chưa đủ hồ sơ' });
    expect((await call(colleague, 'GET', `/api/v1/engagements/${e.id}`)).json().can.reopen).toBe(false);
    expect((await act(colleague, e.id, 'reopen')).statusCode).toBe(403);
    expect((await move(off.cookie, e.id, 'reopen')).state).toBe('draft');
    await move(colleague, e.id, 'cancel');
    expect((await move(mgr.cookie, e.id, 'reopen')).state).toBe('draft');
    expect((await history(off.cookie, e.id)).map((h: { toState: string }) => h.toState)).toEqual(['submitted', 'rejected', 'draft', 'cancelled', 'draft']);
  });
});

describe('approval settings', () => {
  it('approves at once a kind that needs no approval, recorded as submit then approve by the system', async () => {
    const { mgr, off } = await team();
    const e = await create(off.cookie, { kind: 'meeting' });
    const res = await act(off.cookie, e.id, 'submit');
    expect(res.json().engagement).toMatchObject({ state: 'approved', needsApproval: false, decisionDueAt: null, approverUnitId: mgr.unit.id });
    expect(res.json()).toHaveProperty('clashes');
    expect(await history(off.cookie, e.id)).toMatchObject([
      { fromState: 'draft', toState: 'submitted', actorId: off.user.id },
      { fromState: 'submitted', toState: 'approved', actorId: null, actorName: null, comment: 'auto: no approval needed' },
    ]);
    expect(await notifications(mgr.cookie, e.id)).toEqual([]);
    // Changing an engagement that needed no approval does not send it back.
    expect((await call(off.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { city: 'Huế' })).json().engagement.state).toBe('approved');
  });

  it('takes the unit’s settings, else the nearest ancestor’s, else the defaults; only managers above and admins set them', async () => {
    const { mgr, off } = await team();
    const url = (id: string) => `/api/v1/units/${id}/engagement-settings`;
    expect((await call(off.cookie, 'GET', url(off.unit.id))).json()).toEqual({
      unitId: off.unit.id,
      approvalKinds: ['incoming_delegation', 'outgoing_delegation', 'conference', 'seminar', 'forum'],
      clashWindowDays: 7,
      inherited: true,
    });
    expect((await call(off.cookie, 'PUT', url(off.unit.id), { approvalKinds: [], clashWindowDays: 1 })).statusCode).toBe(403);
    const put = await call(mgr.cookie, 'PUT', url(mgr.unit.id), { approvalKinds: ['meeting'], clashWindowDays: 3 });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ unitId: mgr.unit.id, approvalKinds: ['meeting'], clashWindowDays: 3, inherited: false });
    expect((await call(off.cookie, 'GET', url(off.unit.id))).json()).toMatchObject({ approvalKinds: ['meeting'], clashWindowDays: 3, inherited: true });
    const meeting = await create(off.cookie, { kind: 'meeting' });
    expect((await move(off.cookie, meeting.id, 'submit')).state).toBe('submitted');
    const conference = await create(off.cookie);
    expect((await move(off.cookie, conference.id, 'submit')).state).toBe('approved');
    // The sub-unit's own row wins; dropping it inherits again.
    await call(mgr.cookie, 'PUT', url(off.unit.id), { approvalKinds: ['forum'], clashWindowDays: 5 });
    const forum = await create(off.cookie, { kind: 'forum' });
    expect((await move(off.cookie, forum.id, 'submit')).state).toBe('submitted');
    const back = await call(admin.cookie, 'PUT', url(off.unit.id), { approvalKinds: [], clashWindowDays: 0, inherited: true });
    expect(back.json()).toMatchObject({ approvalKinds: ['meeting'], inherited: true });
    expect((await call(mgr.cookie, 'PUT', url(off.unit.id), { approvalKinds: ['picnic'], clashWindowDays: 1 })).statusCode).toBe(422);
    expect((await call(mgr.cookie, 'GET', url('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'engagement_settings'), eq(auditLog.entityId, off.unit.id))).orderBy(auditLog.id);
    expect(audit.map((r) => r.action)).toEqual(['create', 'delete']);
    expect(audit[0]!.diff).toMatchObject({ after: { approvalKinds: ['forum'], clashWindowDays: 5 } });
  });
});

describe('changes after approval', () => {
  it('sends an approved engagement back to submitted when its dates, partners or place change', async () => {
    const { mgr, off } = await team();
    const p = (await call(off.cookie, 'POST', '/api/v1/partners', { type: 'foreign_ngo', name: uniq('NGO '), visibility: 'shared' })).json();
    const e = await create(off.cookie);
    await move(off.cookie, e.id, 'submit');
    await move(mgr.cookie, e.id, 'approve');
    const patch = async (body: object) => (await call(off.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, body)).json().engagement;
    expect((await patch({ purpose: 'Chi tiết hơn', titleEn: 'More detail' })).state).toBe('approved');
    const changes: object[] = [{ city: 'Hải Phòng' }, { startsAt: '2031-06-11T09:00:00+07:00' }, { partnerIds: [p.id] }];
    for (const body of changes) {
      const back = await patch(body);
      expect(back.state, JSON.stringify(body)).toBe('submitted');
      const last = (await history(off.cookie, e.id)).at(-1);
      expect(last).toMatchObject({ fromState: 'approved', toState: 'submitted', actorId: off.user.id, comment: 'auto: changed after approval' });
      await move(mgr.cookie, e.id, 'approve');
    }
    const told = (await notifications(mgr.cookie, e.id)).filter((n: { kind: string }) => n.kind === 'engagement.submitted');
    expect(told).toHaveLength(4);
    // A new owner unit: a new approver decides (the manager moves it to his own unit, so the root's managers decide).
    const root = await ensureRoot(t.db);
    const owned = (await call(mgr.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { ownerUnitId: mgr.unit.id })).json().engagement;
    expect(owned).toMatchObject({ state: 'submitted', approverUnitId: root.id });
  });
});

describe('changes while submitted', () => {
  it('moves the deadline with a sooner start, and the approver with the owner unit', async () => {
    const { mgr, off } = await team();
    const e = await create(off.cookie);
    const submitted = await move(off.cookie, e.id, 'submit');
    const soon = new Date(Date.now() + 2 * 86_400_000);
    const patched = (await call(off.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString() })).json().engagement;
    expect(patched).toMatchObject({ state: 'submitted', submittedAt: submitted.submittedAt, decisionDueAt: new Date(soon.getTime() - 86_400_000).toISOString(), approverUnitId: mgr.unit.id });
    const root = await ensureRoot(t.db);
    const moved = (await call(mgr.cookie, 'PATCH', `/api/v1/engagements/${e.id}`, { ownerUnitId: mgr.unit.id })).json().engagement;
    expect(moved).toMatchObject({ state: 'submitted', approverUnitId: root.id });
    expect((await call(mgr.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json().can.approve).toBe(false);
    expect((await notifications(rootManager, e.id)).map((n: { kind: string }) => n.kind)).toEqual(['engagement.submitted']);
  });
});

describe('approvals queue', () => {
  it('lists submitted engagements the user may decide, soonest due first, with overdue ones marked', async () => {
    const { mgr, off } = await team();
    const later = await create(off.cookie);
    const soon = new Date(Date.now() + 12 * 3_600_000);
    const urgent = await create(off.cookie, { startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString() });
    const draft = await create(off.cookie);
    await move(off.cookie, later.id, 'submit');
    await move(off.cookie, urgent.id, 'submit');
    const queue = async (cookie: string) => (await call(cookie, 'GET', '/api/v1/approvals?limit=200')).json();
    const mine = (await queue(mgr.cookie)).items;
    expect(mine.map((i: { id: string }) => i.id)).toEqual([urgent.id, later.id]);
    expect(mine[0]).toMatchObject({ overdue: true, state: 'submitted', decisionDueAt: new Date(soon.getTime() - 86_400_000).toISOString(), submittedAt: expect.any(String), can: { update: true, delete: false } });
    expect(mine[1]).toMatchObject({ overdue: false });
    const ids = async (cookie: string) => (await queue(cookie)).items.map((i: { id: string }) => i.id);
    expect(await ids(off.cookie)).toEqual([]);
    expect(await ids((await signedIn(t.app, t.db, 'manager')).cookie)).toEqual([]);
    expect(await ids(rootManager)).toEqual(expect.arrayContaining([urgent.id, later.id]));
    expect(await ids(rootManager)).not.toContain(draft.id);
    await move(mgr.cookie, urgent.id, 'approve');
    expect(await ids(mgr.cookie)).toEqual([later.id]);
  });

  it('lets the approvers see a confidential engagement once it is submitted to them', async () => {
    const { mgr, off } = await team();
    const e = await create(off.cookie, { visibility: 'confidential' });
    expect((await call(mgr.cookie, 'GET', `/api/v1/engagements/${e.id}`)).statusCode).toBe(404);
    await move(off.cookie, e.id, 'submit');
    expect((await call(mgr.cookie, 'GET', '/api/v1/approvals')).json().items.map((i: { id: string }) => i.id)).toEqual([e.id]);
    expect((await move(mgr.cookie, e.id, 'approve')).state).toBe('approved');
    const colleague = await signedIn(t.app, t.db, 'manager');
    expect((await call(colleague.cookie, 'GET', `/api/v1/engagements/${e.id}`)).statusCode).toBe(404);
    const named = async () => (await t.db.select().from(recordAccess).where(eq(recordAccess.recordId, e.id))).map((r) => r.userId);
    expect(await named()).toEqual([mgr.user.id]);
    await move(off.cookie, e.id, 'cancel');
    expect((await call(off.cookie, 'DELETE', `/api/v1/engagements/${e.id}`)).statusCode).toBe(204);
    expect(await named()).toEqual([]);
  });
});
