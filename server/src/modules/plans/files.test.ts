import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { signedIn, uniq } from '../../test/factories.js';
import { attachments } from '../attachments/schema.js';

// Deleting a directive deletes the files of the directive and of its tasks: rows and bytes.

let t: TestApp;
let dataDir: string;
let mgr: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-dir-files-'));
  t = await openTestApp({ dataDir });
  mgr = await signedIn(t.app, t.db, 'manager');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const json = (method: 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie: mgr.cookie }, ...(payload ? { payload } : {}) });
function upload(entity: string, entityId: string) {
  const boundary = `----amity${Math.random().toString(36).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="van-ban.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    PDF,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/attachments?entity=${entity}&entityId=${entityId}`,
    headers: { cookie: mgr.cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-amity-upload': '1' },
    payload,
  });
}

describe('files of a deleted directive', () => {
  it('go with it, the directive’s and its tasks’', async () => {
    const d = await json('POST', '/api/v1/directives', { code: uniq('12-CT/TW '), kind: 'directive', issuedOn: '2026-03-01', titleVi: uniq('Chỉ thị ') });
    expect(d.statusCode, d.body).toBe(201);
    const task = await json('POST', '/api/v1/tasks', { directiveId: d.json().id, titleVi: uniq('Nhiệm vụ '), leadUnitId: mgr.unit.id });
    expect(task.statusCode, task.body).toBe(201);
    const files = [await upload('directive', d.json().id), await upload('task', task.json().id)];
    expect(files.map((f) => f.statusCode)).toEqual([201, 201]);
    const ids = files.map((f) => f.json().id as string);
    const rows = await t.db.select().from(attachments).where(inArray(attachments.id, ids));
    expect(rows).toHaveLength(2);
    const stored = (await fs.promises.readdir(path.join(dataDir, 'files'), { recursive: true })).filter((f) => !fs.statSync(path.join(dataDir, 'files', f)).isDirectory());
    expect(stored.length).toBeGreaterThanOrEqual(2);

    expect((await json('DELETE', `/api/v1/directives/${d.json().id}`)).statusCode).toBe(204);
    expect(await t.db.select().from(attachments).where(inArray(attachments.id, ids))).toEqual([]);
    const left = (await fs.promises.readdir(path.join(dataDir, 'files'), { recursive: true })).filter((f) => !fs.statSync(path.join(dataDir, 'files', f)).isDirectory());
    expect(left.length).toBe(stored.length - 2);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/attachments/${ids[0]}/download`, headers: { cookie: mgr.cookie } })).statusCode).toBe(404);
  });
});
