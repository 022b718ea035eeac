import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { attachments } from '../attachments/schema.js';
import { openTestApp, type TestApp } from '../../test/app.js';
import { login, makeUser, signedIn } from '../../test/factories.js';
import { insertTask } from './test/fixtures.js';

// Evidence files on reports (attachments entity `task_report`): who sees the task reads them,
// the report's unit adds and removes them until the report is accepted.

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-evidence-'));
  t = await openTestApp({ dataDir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const upload = (cookie: string, reportId: string, text: string) => {
  const boundary = `----amity${Math.random().toString(36).slice(2)}`;
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="evidence.txt"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`,
  );
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/attachments?entity=task_report&entityId=${reportId}`,
    headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-amity-upload': '1' },
    payload,
  });
};
const countFiles = (dir = path.join(dataDir, 'files')): number =>
  fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1), 0) : 0;
const call = (cookie: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) => t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

describe('evidence files', () => {
  it('lets the report’s unit attach until acceptance, the task’s readers read, others not even see', async () => {
    const owner = await signedIn(t.app, t.db, 'manager');
    const lead = await signedIn(t.app, t.db, 'officer');
    const leadViewer = await login(t.app, (await makeUser(t.db, lead.unit, 'viewer')).email);
    const stranger = await signedIn(t.app, t.db, 'officer');
    const task = await insertTask(t.db, { ownerUnitId: owner.unit.id, leadUnitId: lead.unit.id, cadence: 'yearly', startOn: '2026-01-01' });
    const r = (await call(lead.cookie, 'POST', `/api/v1/tasks/${task.id}/reports`, { period: '2026', status: 'on_track', percent: 30 })).json();

    const up = await upload(lead.cookie, r.id, 'Biên bản làm việc với đoàn Lào');
    expect(up.statusCode, up.body).toBe(201);
    expect((await upload(owner.cookie, r.id, 'not theirs')).statusCode).toBe(403);
    expect((await upload(leadViewer, r.id, 'viewer')).statusCode).toBe(403);
    expect((await upload(stranger.cookie, r.id, 'hidden')).statusCode).toBe(404);
    for (const cookie of [owner.cookie, leadViewer]) expect((await call(cookie, 'GET', `/api/v1/attachments?entity=task_report&entityId=${r.id}`)).json().items).toHaveLength(1);
    expect((await call(stranger.cookie, 'GET', `/api/v1/attachments?entity=task_report&entityId=${r.id}`)).statusCode).toBe(404);

    await call(lead.cookie, 'POST', `/api/v1/task-reports/${r.id}/transitions`, { action: 'submit' });
    expect((await upload(lead.cookie, r.id, 'more, while submitted')).statusCode).toBe(201);
    const accepted = await call(owner.cookie, 'POST', `/api/v1/task-reports/${r.id}/transitions`, { action: 'accept' });
    expect(accepted.json().report.state).toBe('accepted');
    expect((await upload(lead.cookie, r.id, 'too late')).statusCode).toBe(403); // locked
    const files = (await call(lead.cookie, 'GET', `/api/v1/attachments?entity=task_report&entityId=${r.id}`)).json().items;
    expect(files).toHaveLength(2);
    expect((await call(lead.cookie, 'DELETE', `/api/v1/attachments/${files[0].id}`)).statusCode).toBe(403);
  });

  it('deletes a draft’s files with it', async () => {
    const owner = await signedIn(t.app, t.db, 'manager');
    const lead = await signedIn(t.app, t.db, 'officer');
    const task = await insertTask(t.db, { ownerUnitId: owner.unit.id, leadUnitId: lead.unit.id, cadence: 'yearly', startOn: '2026-01-01' });
    const r = (await call(lead.cookie, 'POST', `/api/v1/tasks/${task.id}/reports`, { period: '2026', status: 'on_track', percent: 30 })).json();
    const before = countFiles();
    expect((await upload(lead.cookie, r.id, 'draft evidence')).statusCode).toBe(201);
    expect(countFiles()).toBe(before + 1);
    expect((await call(lead.cookie, 'DELETE', `/api/v1/task-reports/${r.id}`)).statusCode).toBe(204);
    expect(countFiles()).toBe(before);
    const rows = await t.db.select().from(attachments).where(and(eq(attachments.entity, 'task_report'), eq(attachments.entityId, r.id)));
    expect(rows).toEqual([]);
  });
});
