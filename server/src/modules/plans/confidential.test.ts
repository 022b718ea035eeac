import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, login, makeUnit, makeUser, uniq } from '../../test/factories.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { tasks } from './schema.js';

// "confidential" = the owner unit and the users named on the record, whatever else the record names:
// a task's lead and supporting units, the units above them, administrators (docs/API.md, visibility).

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-confidential-'));
  t = await openTestApp({ dataDir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const call = (cookie: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': 'en' }, ...(payload ? { payload } : {}) });
const upload = (cookie: string, entity: string, entityId: string, text: string) => {
  const boundary = `----amity${Math.random().toString(36).slice(2)}`;
  const payload = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="evidence.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/attachments?entity=${entity}&entityId=${entityId}`,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-amity-upload': '1' },
    payload,
  });
};

/** root ← central ← province (← district); another branch under root with its own administrator. */
async function world() {
  const root = await ensureRoot(t.db);
  const central = await makeUnit(t.db, root, { level: 'central' });
  const province = await makeUnit(t.db, central);
  const district = await makeUnit(t.db, province, { level: 'district' });
  const branch = await makeUnit(t.db, root);
  const as = async (unit: typeof root, role: 'officer' | 'manager' | 'admin') => {
    const user = await makeUser(t.db, unit, role);
    return { user, cookie: await login(t.app, user.email) };
  };
  return {
    central, province, district,
    author: await as(province, 'officer'),
    outsiders: {
      'officer.central': await as(central, 'officer'),
      'manager.central': await as(central, 'manager'),
      'admin.central': await as(central, 'admin'),
      'admin.root': await as(root, 'admin'),
      'admin.other-branch': await as(branch, 'admin'),
      'district lead': await as(district, 'manager'),
    },
    named: await as(await makeUnit(t.db, central), 'officer'),
  };
}

describe('a confidential task of a province unit', () => {
  it('is 404 for the central unit, administrators and its own lead unit: read, list, edit, cascade, delete, files', async () => {
    const w = await world();
    const title = uniq('Mật nhiệm vụ ');
    const created = await call(w.author.cookie, 'POST', '/api/v1/tasks', {
      titleVi: title,
      description: 'Kế hoạch riêng',
      leadUnitId: w.province.id,
      supportingUnitIds: [w.district.id],
      cadence: 'yearly',
      startOn: '2026-01-01',
      indicators: [{ name: uniq('Chỉ số mật ') }],
      visibility: 'confidential',
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json();
    expect(task.ownerUnitId).toBe(w.province.id);
    const report = await call(w.author.cookie, 'POST', `/api/v1/tasks/${task.id}/reports`, { period: '2026', status: 'on_track', percent: 40, narrative: 'Tường thuật mật' });
    expect(report.statusCode, report.body).toBe(201);
    const evidence = await upload(w.author.cookie, 'task_report', report.json().id, 'bằng chứng');
    const taskFile = await upload(w.author.cookie, 'task', task.id, 'tệp nhiệm vụ');
    expect([evidence.statusCode, taskFile.statusCode]).toEqual([201, 201]);

    for (const [who, { cookie }] of Object.entries(w.outsiders)) {
      const codes = {
        read: (await call(cookie, 'GET', `/api/v1/tasks/${task.id}`)).statusCode,
        reports: (await call(cookie, 'GET', `/api/v1/tasks/${task.id}/reports`)).statusCode,
        report: (await call(cookie, 'POST', `/api/v1/task-reports/${report.json().id}/transitions`, { action: 'accept' })).statusCode,
        edit: (await call(cookie, 'PATCH', `/api/v1/tasks/${task.id}`, { titleVi: 'đổi' })).statusCode,
        cascade: (await call(cookie, 'POST', `/api/v1/tasks/${task.id}/cascade`, { code: uniq('KH-') })).statusCode,
        files: (await call(cookie, 'GET', `/api/v1/attachments?entity=task&entityId=${task.id}`)).statusCode,
        evidence: (await call(cookie, 'GET', `/api/v1/attachments/${evidence.json().id}/download`)).statusCode,
        removeFile: (await call(cookie, 'DELETE', `/api/v1/attachments/${taskFile.json().id}`)).statusCode,
        delete: (await call(cookie, 'DELETE', `/api/v1/tasks/${task.id}`)).statusCode,
      };
      expect(codes, who).toEqual({ read: 404, reports: 404, report: 404, edit: 404, cascade: 404, files: 404, evidence: 404, removeFile: 404, delete: 404 });
      const list = await call(cookie, 'GET', `/api/v1/tasks?q=${encodeURIComponent(title)}`);
      expect(list.json().total, who).toBe(0);
      const board = await call(cookie, 'GET', `/api/v1/tasks/board?unitId=${w.province.id}`);
      expect(board.body, who).not.toContain(task.id);
    }
    const [still] = await t.db.select().from(tasks).where(eq(tasks.id, task.id));
    expect(still?.titleVi).toBe(title);

    // The owner unit and a named user read it (and its evidence).
    expect((await call(w.author.cookie, 'GET', `/api/v1/tasks/${task.id}`)).statusCode).toBe(200);
    expect((await call(w.named.cookie, 'GET', `/api/v1/tasks/${task.id}`)).statusCode).toBe(404);
    await t.db.insert(recordAccess).values({ entity: 'task', recordId: task.id, userId: w.named.user.id });
    expect((await call(w.named.cookie, 'GET', `/api/v1/tasks/${task.id}`)).json().title).toBe(title);
    expect((await call(w.named.cookie, 'GET', `/api/v1/attachments/${evidence.json().id}/download`)).statusCode).toBe(200);
  });
});

describe('a confidential proposal', () => {
  it('is not readable by its target unit nor the centre unless they are named; they are not told its title', async () => {
    const w = await world();
    const title = uniq('Kiến nghị mật ');
    const target = w.central;
    const targetOfficer = w.outsiders['officer.central'];
    const created = await call(w.author.cookie, 'POST', '/api/v1/proposals', { title, body: 'Nội dung mật', targetUnitId: target.id, visibility: 'confidential' });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    for (const [who, { cookie }] of Object.entries(w.outsiders)) {
      expect((await call(cookie, 'GET', `/api/v1/proposals/${p.id}`)).statusCode, who).toBe(404);
      expect((await call(cookie, 'POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'accept' })).statusCode, who).toBe(404);
      expect((await call(cookie, 'GET', `/api/v1/attachments?entity=proposal&entityId=${p.id}`)).statusCode, who).toBe(404);
      const inbox = await call(cookie, 'GET', `/api/v1/proposals?box=inbox&q=${encodeURIComponent(title)}`);
      expect(inbox.json().total, who).toBe(0);
      const stats = await call(cookie, 'GET', `/api/v1/proposals/stats?ownerUnitId=${w.province.id}`);
      expect(stats.json().total, who).toBe(0);
      const bell = await call(cookie, 'GET', '/api/v1/notifications?limit=200');
      expect(bell.body, who).not.toContain(title);
    }
    expect((await call(targetOfficer.cookie, 'GET', '/api/v1/notifications?limit=200')).json().items.some((n: { entityId: string }) => n.entityId === p.id)).toBe(false);
    expect((await call(w.author.cookie, 'GET', `/api/v1/proposals/${p.id}`)).statusCode).toBe(200);
    await t.db.insert(recordAccess).values({ entity: 'proposal', recordId: p.id, userId: targetOfficer.user.id });
    const named = await call(targetOfficer.cookie, 'GET', `/api/v1/proposals/${p.id}`);
    expect(named.json().title).toBe(title);
  });

  it('is read, answered and made a task of by the users its submitter names, and by no one else of the target unit', async () => {
    const w = await world();
    const title = uniq('Kiến nghị mật ');
    const recipient = w.outsiders['manager.central'];
    const other = w.outsiders['officer.central'];
    const bad = await call(w.author.cookie, 'POST', '/api/v1/proposals', { title, targetUnitId: w.central.id, visibility: 'confidential', namedUserIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(bad.json().error.fields).toHaveProperty('namedUserIds.0');
    const created = await call(w.author.cookie, 'POST', '/api/v1/proposals', { title, targetUnitId: w.central.id, visibility: 'confidential', namedUserIds: [recipient.user.id] });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    const told = (await call(recipient.cookie, 'GET', '/api/v1/notifications?limit=200')).json().items.filter((n: { entityId: string }) => n.entityId === p.id);
    expect(told.map((n: { kind: string }) => n.kind)).toEqual(['proposal.submitted']);
    expect((await call(other.cookie, 'GET', '/api/v1/notifications?limit=200')).body).not.toContain(title);
    expect((await call(other.cookie, 'GET', `/api/v1/proposals/${p.id}`)).statusCode).toBe(404);
    const accepted = await call(recipient.cookie, 'POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const made = await call(recipient.cookie, 'POST', `/api/v1/proposals/${p.id}/task`, { answer: 'Sẽ làm', leadUnitId: w.central.id });
    expect(made.statusCode, made.body).toBe(201);
    const task = made.json().task;
    expect(task).toMatchObject({ visibility: 'confidential', title });
    // It is the accepting unit's own confidential task now: other units and administrators do not see it.
    for (const who of ['admin.root', 'admin.other-branch'] as const) expect((await call(w.outsiders[who].cookie, 'GET', `/api/v1/tasks/${task.id}`)).statusCode, who).toBe(404);
  });
});
