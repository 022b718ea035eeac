import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { login, makeUser, signedIn, uniq } from '../../test/factories.js';
import { auditLog } from '../../core/audit-schema.js';
import { localDate } from './time.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
const day = (offset: number) => localDate(new Date(Date.now() + offset * 86_400_000), 'Asia/Ho_Chi_Minh');

/** An engagement of a sub-unit; its officer edits it, an officer of the parent unit sees it but does not edit it. */
async function setup() {
  const mgr = await signedIn(t.app, t.db, 'manager');
  const off = await signedIn(t.app, t.db, 'officer', mgr.unit);
  const parentOfficer = await makeUser(t.db, mgr.unit, 'officer', { displayName: uniq('Anh Minh ') });
  const res = await call(off.cookie, 'POST', '/api/v1/engagements', { kind: 'incoming_delegation', titleVi: uniq('Đoàn Lào '), titleEn: 'Lao delegation', startsAt: '2031-01-05T08:00:00+07:00', endsAt: '2031-01-06T17:00:00+07:00' });
  expect(res.statusCode, res.body).toBe(201);
  return { mgr, off, parentOfficer, parentCookie: await login(t.app, parentOfficer.email), e: res.json().engagement };
}
async function add(cookie: string, id: string, body: object) {
  const res = await call(cookie, 'POST', `/api/v1/engagements/${id}/follow-ups`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const bell = async (cookie: string) => (await call(cookie, 'GET', '/api/v1/notifications?limit=100')).json().items;

describe('follow-ups', () => {
  it('assigns an action to someone who can see the engagement, and tells them', async () => {
    const { off, parentOfficer, parentCookie, e } = await setup();
    const f = await add(off.cookie, e.id, { text: 'Gửi thư cảm ơn', ownerUserId: parentOfficer.id, dueDate: day(-1) });
    expect(f).toEqual({
      id: expect.any(String),
      engagementId: e.id,
      engagementTitle: 'Lao delegation',
      text: 'Gửi thư cảm ơn',
      ownerUserId: parentOfficer.id,
      ownerName: parentOfficer.displayName,
      dueDate: day(-1),
      done: false,
      doneAt: null,
      overdue: true,
      createdAt: expect.any(String),
      can: { update: true, delete: true },
    });
    expect((await bell(parentCookie)).filter((n: { kind: string }) => n.kind === 'followup.assigned')).toEqual([
      expect.objectContaining({ entity: 'engagement', entityId: e.id, data: expect.objectContaining({ actorName: off.user.displayName, comment: 'Gửi thư cảm ơn' }) }),
    ]);
    // Given to oneself: no notification.
    await add(off.cookie, e.id, { text: 'Lưu hồ sơ', ownerUserId: off.user.id });
    expect((await bell(off.cookie)).filter((n: { kind: string }) => n.kind === 'followup.assigned')).toEqual([]);
    const list = (await call(off.cookie, 'GET', `/api/v1/engagements/${e.id}/follow-ups`)).json().items;
    expect(list.map((x: { text: string }) => x.text)).toEqual(['Gửi thư cảm ơn', 'Lưu hồ sơ']);

    const stranger = await signedIn(t.app, t.db, 'officer');
    const refused = await call(off.cookie, 'POST', `/api/v1/engagements/${e.id}/follow-ups`, { text: 'x', ownerUserId: stranger.user.id });
    expect(refused.json().error.fields).toEqual({ ownerUserId: 'This user cannot see this engagement.' });
    const unknown = await call(off.cookie, 'POST', `/api/v1/engagements/${e.id}/follow-ups`, { text: 'x', ownerUserId: '00000000-0000-4000-8000-000000000000' }, 'fr');
    expect(unknown.json().error.fields).toEqual({ ownerUserId: 'Cet utilisateur n’existe pas ou est désactivé.' });
    expect((await call(off.cookie, 'POST', `/api/v1/engagements/${e.id}/follow-ups`, { text: '' })).statusCode).toBe(422);
    expect((await call(parentCookie, 'POST', `/api/v1/engagements/${e.id}/follow-ups`, { text: 'x' })).statusCode).toBe(403);
  });

  it('lets the owner tick it off but not rewrite it; editors change and delete; other units get 404', async () => {
    const { mgr, off, parentOfficer, parentCookie, e } = await setup();
    const f = await add(off.cookie, e.id, { text: 'Báo cáo kết quả', ownerUserId: parentOfficer.id, dueDate: day(3) });
    const seen = (await call(parentCookie, 'GET', `/api/v1/engagements/${e.id}/follow-ups`)).json().items[0];
    expect(seen.can).toEqual({ update: true, delete: false });
    expect((await call(parentCookie, 'PATCH', `/api/v1/follow-ups/${f.id}`, { text: 'khác' })).statusCode).toBe(403);
    expect((await call(parentCookie, 'DELETE', `/api/v1/follow-ups/${f.id}`)).statusCode).toBe(403);
    const done = await call(parentCookie, 'PATCH', `/api/v1/follow-ups/${f.id}`, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, doneAt: expect.any(String), overdue: false });
    const undone = (await call(parentCookie, 'PATCH', `/api/v1/follow-ups/${f.id}`, { done: false })).json();
    expect(undone).toMatchObject({ done: false, doneAt: null });

    const stranger = await signedIn(t.app, t.db, 'manager');
    expect((await call(stranger.cookie, 'PATCH', `/api/v1/follow-ups/${f.id}`, { done: true })).statusCode).toBe(404);
    expect((await call(stranger.cookie, 'DELETE', `/api/v1/follow-ups/${f.id}`)).statusCode).toBe(404);

    // Handing it on tells the new owner.
    const moved = await call(mgr.cookie, 'PATCH', `/api/v1/follow-ups/${f.id}`, { ownerUserId: off.user.id, dueDate: null, text: 'Báo cáo kết quả (sửa)' });
    expect(moved.json()).toMatchObject({ ownerUserId: off.user.id, dueDate: null, text: 'Báo cáo kết quả (sửa)' });
    expect((await bell(off.cookie)).filter((n: { kind: string }) => n.kind === 'followup.assigned')).toHaveLength(1);
    expect((await call(off.cookie, 'DELETE', `/api/v1/follow-ups/${f.id}`)).statusCode).toBe(204);
    expect((await call(off.cookie, 'GET', `/api/v1/engagements/${e.id}/follow-ups`)).json().items).toEqual([]);
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'engagement_follow_up'), eq(auditLog.entityId, f.id))).orderBy(auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'update', 'delete']);
  });

  it('lists the user’s own follow-ups on the home page, and the overdue ones', async () => {
    const { off, parentOfficer, parentCookie, e } = await setup();
    const late = await add(off.cookie, e.id, { text: 'Quá hạn', ownerUserId: parentOfficer.id, dueDate: day(-2) });
    const today = await add(off.cookie, e.id, { text: 'Hôm nay', ownerUserId: parentOfficer.id, dueDate: day(0) });
    const open = await add(off.cookie, e.id, { text: 'Không hạn', ownerUserId: parentOfficer.id });
    const finished = await add(off.cookie, e.id, { text: 'Xong rồi', ownerUserId: parentOfficer.id, dueDate: day(-5) });
    await call(parentCookie, 'PATCH', `/api/v1/follow-ups/${finished.id}`, { done: true });
    await add(off.cookie, e.id, { text: 'Của người khác', ownerUserId: off.user.id, dueDate: day(-3) });
    const mine = (await call(parentCookie, 'GET', '/api/v1/me/follow-ups')).json();
    expect(mine.items.map((f: { id: string }) => f.id)).toEqual([late.id, today.id, open.id, finished.id]);
    expect(mine.total).toBe(4);
    expect(mine.items.map((f: { overdue: boolean }) => f.overdue)).toEqual([true, false, false, false]);
    const overdue = (await call(parentCookie, 'GET', '/api/v1/me/follow-ups?overdue=true')).json();
    expect(overdue).toMatchObject({ total: 1, page: 1, items: [{ id: late.id, engagementTitle: 'Lao delegation' }] });
    expect((await call(parentCookie, 'GET', '/api/v1/me/follow-ups?limit=2&page=2')).json().items.map((f: { id: string }) => f.id)).toEqual([open.id, finished.id]);
  });
});

describe('signed documents', () => {
  it('records and removes documents signed at the engagement', async () => {
    const { off, parentCookie, e } = await setup();
    const res = await call(off.cookie, 'POST', `/api/v1/engagements/${e.id}/documents`, { title: 'Biên bản ghi nhớ hợp tác', signedOn: '2031-01-06' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String), title: 'Biên bản ghi nhớ hợp tác', signedOn: '2031-01-06', agreementId: null });
    expect((await call(off.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json().documents).toEqual([res.json()]);
    expect((await call(parentCookie, 'POST', `/api/v1/engagements/${e.id}/documents`, { title: 'x' })).statusCode).toBe(403);
    expect((await call(off.cookie, 'POST', `/api/v1/engagements/${e.id}/documents`, { title: 'x', signedOn: '6/1/2031' })).statusCode).toBe(422);
    expect((await call(parentCookie, 'DELETE', `/api/v1/engagements/${e.id}/documents/${res.json().id}`)).statusCode).toBe(403);
    expect((await call(off.cookie, 'DELETE', `/api/v1/engagements/${e.id}/documents/${res.json().id}`)).statusCode).toBe(204);
    expect((await call(off.cookie, 'DELETE', `/api/v1/engagements/${e.id}/documents/${res.json().id}`)).statusCode).toBe(404);
    expect((await call(off.cookie, 'GET', `/api/v1/engagements/${e.id}`)).json().documents).toEqual([]);
  });
});
