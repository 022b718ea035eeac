import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { makeUnit, uniq } from '../../test/factories.js';
import { todayIn } from '../plans/periods.js';
import { kit } from './test/kit.js';
import { composeMail } from '../notifications/mailer.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());
const { call, world, propose, move } = kit(() => t);
const ids = (r: { json(): { items: { id: string }[] } }) => r.json().items.map((i) => i.id);

describe('proposals', () => {
  it('numbers KN-<year>-NNNN per target unit and checks the body', async () => {
    const w = await world();
    const year = todayIn().slice(0, 4);
    const a = await propose(w.locality.cookie, w.ministry.unit.id);
    const b = await propose(w.other.cookie, w.ministry.unit.id);
    const otherTarget = await makeUnit(t.db);
    const c = await propose(w.locality.cookie, otherTarget.id);
    expect([a.code, b.code, c.code]).toEqual([`KN-${year}-0001`, `KN-${year}-0002`, `KN-${year}-0001`]);
    expect(a).toMatchObject({ state: 'submitted', urgency: 'normal', visibility: 'unit', handlingUnit: null, dueOn: null, overdue: false, taskId: null, reopenCount: 0, field: null });

    const bad = await call(w.locality.cookie, 'POST', '/api/v1/proposals', { title: 'x', targetUnitId: w.locality.unit.id });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.targetUnitId).toBeTruthy();
    expect((await call(w.viewer, 'POST', '/api/v1/proposals', { title: 'x', targetUnitId: w.locality.unit.id })).statusCode).toBe(403);
    expect((await call(w.locality.cookie, 'POST', '/api/v1/proposals', { title: 'x', targetUnitId: w.ministry.unit.id, fieldId: '00000000-0000-4000-8000-000000000000' })).json().error.fields).toHaveProperty('fieldId');
  });

  it('lets the submitting unit edit while submitted; the search follows the new text', async () => {
    const w = await world();
    const p = await propose(w.locality.cookie, w.ministry.unit.id);
    expect((await call(w.ministryOfficer, 'PATCH', `/api/v1/proposals/${p.id}`, { title: 'Khác' })).statusCode).toBe(403);
    const word = uniq('tuvan');
    const res = await call(w.locality.cookie, 'PATCH', `/api/v1/proposals/${p.id}`, { title: `Đề nghị ${word}`, urgency: 'urgent' });
    expect(res.json()).toMatchObject({ title: `Đề nghị ${word}`, urgency: 'urgent' });
    expect(ids(await call(w.locality.cookie, 'GET', `/api/v1/proposals?q=${encodeURIComponent(`de nghi ${word}`)}`))).toEqual([p.id]);
  });

  it('is seen by the submitting, target and handling units, not by another locality', async () => {
    const w = await world();
    // `unit`: the target and handling units see it through the proposals' scope (a confidential one they would not: confidential.test.ts).
    const p = await propose(w.locality.cookie, w.ministry.unit.id, { title: uniq('Xây dựng nhà văn hóa hữu nghị '), visibility: 'unit' });
    for (const cookie of [w.locality.cookie, w.ministryOfficer, w.ministry.cookie]) expect((await call(cookie, 'GET', `/api/v1/proposals/${p.id}`)).statusCode).toBe(200);
    // The department below the target does not see it until it handles it.
    expect((await call(w.deptOfficer, 'GET', `/api/v1/proposals/${p.id}`)).statusCode).toBe(404);
    expect((await call(w.other.cookie, 'GET', `/api/v1/proposals/${p.id}`)).statusCode).toBe(404);
    expect((await call(w.other.cookie, 'GET', `/api/v1/proposals/${p.id}/history`)).statusCode).toBe(404);
    expect(ids(await call(w.other.cookie, 'GET', `/api/v1/proposals?ownerUnitId=${w.locality.unit.id}`))).toEqual([]);
    expect((await call(w.other.cookie, 'POST', '/api/v1/proposals/similar', { title: p.title })).json().items).toEqual([]);
    expect((await call(w.other.cookie, 'GET', `/api/v1/proposals/stats?ownerUnitId=${w.locality.unit.id}`)).json().total).toBe(0);
    // Its files follow it (attachments entity `proposal`).
    expect((await call(w.locality.cookie, 'GET', `/api/v1/attachments?entity=proposal&entityId=${p.id}`)).json()).toEqual({ items: [] });
    expect((await call(w.other.cookie, 'GET', `/api/v1/attachments?entity=proposal&entityId=${p.id}`)).statusCode).toBe(404);

    await move(w.ministryOfficer, p.id, 'accept', { handlingUnitId: w.dept.id });
    expect((await call(w.deptOfficer, 'GET', `/api/v1/proposals/${p.id}`)).statusCode).toBe(200);
    // Boxes: the ministry's inbox, the locality's own.
    expect(ids(await call(w.ministryOfficer, 'GET', `/api/v1/proposals?box=inbox&ownerUnitId=${w.locality.unit.id}`))).toEqual([p.id]);
    expect(ids(await call(w.deptOfficer, 'GET', '/api/v1/proposals?box=inbox'))).toEqual([p.id]);
    expect(ids(await call(w.locality.cookie, 'GET', '/api/v1/proposals?box=mine'))).toEqual([p.id]);
    expect(ids(await call(w.locality.cookie, 'GET', '/api/v1/proposals?box=inbox'))).toEqual([]);
    expect((await call(w.ministryOfficer, 'GET', `/api/v1/proposals/stats?ownerUnitId=${w.locality.unit.id}`)).json().total).toBe(1);
  });

  it('lists with filters, sort and pagination', async () => {
    const w = await world();
    const a = await propose(w.locality.cookie, w.ministry.unit.id, { urgency: 'very_urgent' });
    const b = await propose(w.locality.cookie, w.ministry.unit.id);
    const c = await propose(w.locality.cookie, w.ministry.unit.id);
    const base = `/api/v1/proposals?targetUnitId=${w.ministry.unit.id}`;
    const page1 = (await call(w.ministryOfficer, 'GET', `${base}&limit=2&sort=code`)).json();
    expect(page1).toMatchObject({ total: 3, page: 1, limit: 2 });
    expect(page1.items.map((i: { id: string }) => i.id)).toEqual([a.id, b.id]);
    expect(page1.items[0]).not.toHaveProperty('body');
    expect(page1.items[0]).not.toHaveProperty('answer');
    expect(ids(await call(w.ministryOfficer, 'GET', `${base}&limit=2&page=2&sort=code`))).toEqual([c.id]);
    expect(ids(await call(w.ministryOfficer, 'GET', `${base}&sort=-code`))).toEqual([c.id, b.id, a.id]);
    expect(ids(await call(w.ministryOfficer, 'GET', `${base}&urgency=very_urgent`))).toEqual([a.id]);
    await move(w.ministryOfficer, b.id, 'accept');
    expect(ids(await call(w.ministryOfficer, 'GET', `${base}&state=accepted`))).toEqual([b.id]);
    expect(ids(await call(w.ministryOfficer, 'GET', `${base}&q=${a.code}`))).toEqual([a.id]);
  });
});

describe('similar proposals', () => {
  it('finds visible proposals on the same question without diacritics, best first', async () => {
    const w = await world();
    const tag = uniq('q');
    const close = await propose(w.locality.cookie, w.ministry.unit.id, { title: `Đề nghị hỗ trợ kinh phí tổ chức lễ hội hữu nghị Việt – Lào ${tag}` });
    const words = await propose(w.locality.cookie, w.ministry.unit.id, { title: `Tăng cường giao lưu nhân dân ${tag}`, body: 'Cần kinh phí cho lễ hội hữu nghị biên giới' });
    const unrelated = await propose(w.locality.cookie, w.ministry.unit.id, { title: 'Cấp thị thực cho chuyên gia nước ngoài', body: 'Thủ tục xuất nhập cảnh' });
    const res = await call(w.ministryOfficer, 'POST', '/api/v1/proposals/similar', { title: `de nghi ho tro kinh phi le hoi huu nghi ${tag}`, targetUnitId: w.ministry.unit.id });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string; similarity: number; ownerUnit: { id: string } }[];
    expect(items[0]).toMatchObject({ id: close.id, code: close.code, state: 'submitted', ownerUnit: { id: w.locality.unit.id }, groupId: null, answer: '' });
    expect(items.map((i) => i.id)).toContain(words.id);
    expect(items.map((i) => i.id)).not.toContain(unrelated.id);
    expect(items[0]!.similarity).toBeGreaterThan(items.find((i) => i.id === words.id)!.similarity);
    // Itself left out when editing; too short a title finds nothing.
    const again = await call(w.ministryOfficer, 'POST', '/api/v1/proposals/similar', { title: close.title, excludeId: close.id, targetUnitId: w.ministry.unit.id });
    expect(again.json().items.map((i: { id: string }) => i.id)).not.toContain(close.id);
    expect((await call(w.ministryOfficer, 'POST', '/api/v1/proposals/similar', { title: 'de' })).json().items).toEqual([]);
  });
});

describe('mail texts', () => {
  it('has the proposal kinds worded in the reader\'s language', () => {
    const n = { kind: 'proposal.submitted', entity: 'proposal', entityId: '00000000-0000-4000-8000-000000000001', data: { title: 'Lễ hội', actorName: 'An' } };
    expect(composeMail('vi', n, 'https://amity.test').subject).toBe('Kiến nghị mới: Lễ hội');
    expect(composeMail('fr', { ...n, kind: 'proposal.reopened' }, 'https://amity.test').text).toContain('An a rouvert la proposition « Lễ hội »');
    expect(composeMail('en', n, 'https://amity.test').text).toContain('https://amity.test/proposals/00000000-0000-4000-8000-000000000001');
  });
});
