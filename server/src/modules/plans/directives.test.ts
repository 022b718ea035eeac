import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { makeUser, login, signedIn, uniq } from '../../test/factories.js';
import { auditLog } from '../../core/audit-schema.js';
import { taskReports } from './schema.js';

let t: TestApp;
type Who = Awaited<ReturnType<typeof signedIn>>;
let officer: Who, other: Who;
beforeAll(async () => {
  t = await openTestApp();
  officer = await signedIn(t.app, t.db, 'officer');
  other = await signedIn(t.app, t.db, 'officer');
});
afterAll(async () => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
const create = async (cookie: string, body: object = {}) => {
  const res = await call(cookie, 'POST', '/api/v1/directives', { code: uniq('CT-'), kind: 'directive', issuedOn: '2026-03-01', titleVi: uniq('Chỉ thị '), ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('directives', () => {
  it('creates, reads in the reader’s language, edits, audits and deletes', async () => {
    const d = await create(officer.cookie, { titleVi: 'Về công tác đối ngoại nhân dân', titleFr: 'Diplomatie populaire', summaryVi: 'Tóm tắt', fullText: 'Toàn văn', issuingBody: 'Ban Bí thư' });
    expect(d).toMatchObject({ ownerUnitId: officer.unit.id, status: 'in_force', visibility: 'unit', progress: { percent: 0, status: 'not_started', tasks: 0 }, can: { update: true, delete: false, addTask: true } });
    const fr = (await call(officer.cookie, 'GET', `/api/v1/directives/${d.id}`, undefined, 'fr')).json();
    expect(fr).toMatchObject({ title: 'Diplomatie populaire', summary: 'Tóm tắt', fullText: 'Toàn văn' });
    const patched = await call(officer.cookie, 'PATCH', `/api/v1/directives/${d.id}`, { titleEn: 'People-to-people diplomacy' });
    expect(patched.json().title).toBe('People-to-people diplomacy');
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'directive'), eq(auditLog.entityId, d.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update']);
    // Officers edit; deleting takes a manager of the unit.
    expect((await call(officer.cookie, 'DELETE', `/api/v1/directives/${d.id}`)).statusCode).toBe(403);
    expect((await call(other.cookie, 'PATCH', `/api/v1/directives/${d.id}`, { titleEn: 'x' })).statusCode).toBe(404);
    const manager = await login(t.app, (await makeUser(t.db, officer.unit, 'manager')).email);
    expect((await call(manager, 'DELETE', `/api/v1/directives/${d.id}`)).statusCode).toBe(204);
    expect((await call(officer.cookie, 'GET', `/api/v1/directives/${d.id}`)).statusCode).toBe(404);
  });

  it('gives its tasks a new visibility with it, each change audited on the task', async () => {
    const d = await create(officer.cookie);
    const task = await call(officer.cookie, 'POST', '/api/v1/tasks', { directiveId: d.id, titleVi: uniq('Nhiệm vụ '), leadUnitId: officer.unit.id });
    expect(task.statusCode, task.body).toBe(201);
    expect((await call(officer.cookie, 'PATCH', `/api/v1/directives/${d.id}`, { visibility: 'shared' })).statusCode).toBe(200);
    expect((await call(other.cookie, 'GET', `/api/v1/tasks/${task.json().id}`)).json()).toMatchObject({ visibility: 'shared' });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'task'), eq(auditLog.entityId, task.json().id)));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update']);
    expect(JSON.stringify(audits.find((a) => a.action === 'update')!.diff)).toContain('shared');
  });

  it('validates titles, supersededBy and the plan rule (422 fields)', async () => {
    const res = await call(officer.cookie, 'POST', '/api/v1/directives', { code: 'X', kind: 'directive', issuedOn: '2026-01-01', status: 'superseded' });
    expect(res.statusCode).toBe(422);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['supersededById', 'titleVi']);
    const d = await create(officer.cookie);
    const self = await call(officer.cookie, 'PATCH', `/api/v1/directives/${d.id}`, { status: 'superseded', supersededById: d.id });
    expect(self.statusCode).toBe(422);
    const newer = await create(officer.cookie);
    const ok = await call(officer.cookie, 'PATCH', `/api/v1/directives/${d.id}`, { status: 'superseded', supersededById: newer.id });
    expect(ok.json().supersededBy).toMatchObject({ id: newer.id, code: newer.code });
    expect((await call(officer.cookie, 'POST', '/api/v1/directives', { code: 'X', kind: 'nope', issuedOn: '2026-01-01', titleVi: 'x' })).statusCode).toBe(422);
  });

  it('lists with q without diacritics, filters, sort and pagination; only visible ones', async () => {
    const tag = uniq('zq');
    const a = await create(officer.cookie, { titleVi: `Nghị quyết hữu nghị ${tag}`, kind: 'resolution', issuedOn: '2025-05-01' });
    const b = await create(officer.cookie, { titleVi: `Kết luận ${tag}`, kind: 'conclusion', issuedOn: '2026-05-01' });
    await create(other.cookie, { titleVi: `Ẩn ${tag}` });
    const list = (q: string) => call(officer.cookie, 'GET', `/api/v1/directives?${q}`).then((r) => r.json());
    expect((await list(`q=${tag}`)).items.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]);
    expect((await list(`q=huu%20nghi%20${tag}`)).items.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect((await list(`q=${tag}&sort=issuedOn`)).items.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
    expect((await list(`q=${tag}&kind=conclusion`)).items.map((x: { id: string }) => x.id)).toEqual([b.id]);
    expect((await list(`q=${tag}&year=2025`)).items.map((x: { id: string }) => x.id)).toEqual([a.id]);
    expect((await list(`q=${tag}&unitId=${other.unit.id}`)).total).toBe(0);
    expect(await list(`q=${tag}&limit=1&page=2`)).toMatchObject({ total: 2, page: 2, limit: 1, items: [{ id: a.id }] });
  });

  it('groups: CRUD in position order; deleting one leaves its tasks ungrouped', async () => {
    const d = await create(officer.cookie);
    const g1 = (await call(officer.cookie, 'POST', '/api/v1/task-groups', { directiveId: d.id, number: 'I', titleVi: 'Một', position: 5 })).json();
    const g2 = (await call(officer.cookie, 'POST', '/api/v1/task-groups', { directiveId: d.id, number: 'II', titleVi: 'Hai', position: 2 })).json();
    expect((await call(officer.cookie, 'POST', '/api/v1/task-groups', { directiveId: d.id })).statusCode).toBe(422);
    expect((await call(other.cookie, 'POST', '/api/v1/task-groups', { directiveId: d.id, titleVi: 'x' })).statusCode).toBe(404);
    const list = (await call(officer.cookie, 'GET', `/api/v1/task-groups?directiveId=${d.id}`)).json();
    expect(list.items.map((g: { id: string }) => g.id)).toEqual([g2.id, g1.id]);
    const patched = (await call(officer.cookie, 'PATCH', `/api/v1/task-groups/${g1.id}`, { titleEn: 'One' })).json();
    expect(patched.title).toBe('One');
    const task = (await call(officer.cookie, 'POST', '/api/v1/tasks', { directiveId: d.id, groupId: g1.id, titleVi: 'Nhiệm vụ', leadUnitId: officer.unit.id })).json();
    expect((await call(officer.cookie, 'DELETE', `/api/v1/task-groups/${g1.id}`)).statusCode).toBe(204);
    expect((await call(officer.cookie, 'GET', `/api/v1/tasks/${task.id}`)).json()).toMatchObject({ groupId: null, group: null });
    const tree = (await call(officer.cookie, 'GET', `/api/v1/directives/${d.id}/tree`)).json();
    expect(tree.groups.map((g: { id: string }) => g.id)).toEqual([g2.id]);
    expect(tree.ungrouped.map((x: { id: string }) => x.id)).toEqual([task.id]);
  });

  it('refuses to delete a directive with an accepted report (409 in_use)', async () => {
    const manager = await signedIn(t.app, t.db, 'manager');
    const d = await create(manager.cookie);
    const task = (await call(manager.cookie, 'POST', '/api/v1/tasks', { directiveId: d.id, titleVi: 'Nhiệm vụ', leadUnitId: manager.unit.id })).json();
    await t.db.insert(taskReports).values({ taskId: task.id, unitId: manager.unit.id, period: '2026-Q4', periodStart: '2026-10-01', periodEnd: '2026-12-31', status: 'on_track', percent: 10, state: 'accepted' });
    expect((await call(manager.cookie, 'DELETE', `/api/v1/directives/${d.id}`)).statusCode).toBe(409);
  });
});
