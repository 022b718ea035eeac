import fs from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { openTestApp, type TestApp } from '../../test/app.js';
import { signedIn } from '../../test/factories.js';
import { auditLog } from '../../core/audit-schema.js';
import { attachments } from './schema.js';
import { deleteAttachmentsOf, registerAttachmentEntity, removeStoredFiles } from './registry.js';
import { setVirusScanner, type ScanInput } from './scan.js';

type Who = Awaited<ReturnType<typeof signedIn>>;
let t: TestApp;
let dataDir: string;
let owner: Who;
let reader: Who;
let stranger: Who;

// A record kind of the test's own: who may read and write each record is decided here.
const readers = new Map<string, Set<string>>();
const writers = new Map<string, Set<string>>();
registerAttachmentEntity('test_thing', {
  canRead: async (_db, scope, id) => readers.get(id)?.has(scope.userId) ?? false,
  canWrite: async (_db, scope, id) => writers.get(id)?.has(scope.userId) ?? false,
});
/** A record the owner may edit and the reader may only see. */
function thing(): string {
  const id = crypto.randomUUID();
  readers.set(id, new Set([owner.user.id, reader.user.id]));
  writers.set(id, new Set([owner.user.id]));
  return id;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-att-'));
  t = await openTestApp({ dataDir, attachmentMaxMb: 0.05 }); // 52,428 bytes
  owner = await signedIn(t.app, t.db, 'officer');
  reader = await signedIn(t.app, t.db, 'officer');
  stranger = await signedIn(t.app, t.db, 'manager');
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => setVirusScanner());

function multipart(fileName: string, content: Buffer, field = 'file') {
  const boundary = `----amity${Math.random().toString(36).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`, 'utf8'),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, 'content-type': `multipart/form-data; boundary=${boundary}` };
}
const upload = (who: Who, entityId: string, fileName: string, content: Buffer, opts: { entity?: string; header?: boolean; field?: string } = {}) => {
  const { payload, 'content-type': ct } = multipart(fileName, content, opts.field);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/attachments?entity=${opts.entity ?? 'test_thing'}&entityId=${entityId}`,
    headers: { cookie: who.cookie, 'content-type': ct, ...(opts.header === false ? {} : { 'x-amity-upload': '1' }) },
    payload,
  });
};
const get = (who: Who, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
const del = (who: Who, id: string) => t.app.inject({ method: 'DELETE', url: `/api/v1/attachments/${id}`, headers: { cookie: who.cookie } });
const list = (who: Who, entityId: string, entity = 'test_thing') => get(who, `/api/v1/attachments?entity=${entity}&entityId=${entityId}`);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)]);

async function storedKey(id: string) {
  const [row] = await t.db.select({ key: attachments.storageKey }).from(attachments).where(eq(attachments.id, id));
  return row?.key;
}
const fileOf = (key: string) => path.join(dataDir, 'files', ...key.split('/'));
const tmpLeft = () => (fs.existsSync(path.join(dataDir, 'tmp', 'uploads')) ? fs.readdirSync(path.join(dataDir, 'tmp', 'uploads')) : []);

describe('upload, list, download, delete', () => {
  it('stores a PDF under DATA_DIR/files/<yyyy>/<mm>/<uuid>, lists it, serves the same bytes, and deletes row and file (audited)', async () => {
    const id = thing();
    const name = 'Biên bản ghi nhớ Hà Nội (2026).pdf';
    const res = await upload(owner, id, name, PDF);
    expect(res.statusCode).toBe(201);
    const a = res.json();
    expect(a).toMatchObject({ fileName: name, contentType: 'application/pdf', size: PDF.length, uploadedBy: owner.user.id, uploaderName: owner.user.displayName, can: { delete: true } });
    expect(new Date(a.createdAt).toISOString()).toBe(a.createdAt);

    const key = (await storedKey(a.id))!;
    const now = new Date();
    expect(key).toMatch(new RegExp(`^${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/[0-9a-f-]{36}$`));
    expect(fs.readFileSync(fileOf(key)).equals(PDF)).toBe(true);
    const [row] = await t.db.select().from(attachments).where(eq(attachments.id, a.id));
    expect(row!.sha256).toBe(createHash('sha256').update(PDF).digest('hex'));

    const listed = await list(reader, id);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toEqual([{ ...a, can: { delete: false } }]);
    expect((await list(owner, id)).json().items[0].can.delete).toBe(true);

    const dl = await get(reader, `/api/v1/attachments/${a.id}/download`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="Bien ban ghi nho Ha Noi (2026).pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20ghi%20nh%E1%BB%9B%20H%C3%A0%20N%E1%BB%99i%20%282026%29.pdf`,
    );

    const head = await t.app.inject({ method: 'HEAD', url: `/api/v1/attachments/${a.id}/download`, headers: { cookie: reader.cookie } });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(PDF.length));
    expect(head.rawPayload.length).toBe(0);

    expect((await del(reader, a.id)).statusCode).toBe(403);
    expect(fs.existsSync(fileOf(key))).toBe(true);
    expect((await del(owner, a.id)).statusCode).toBe(204);
    expect(fs.existsSync(fileOf(key))).toBe(false);
    expect((await list(owner, id)).json().items).toEqual([]);
    expect((await get(owner, `/api/v1/attachments/${a.id}/download`)).statusCode).toBe(404);
    expect((await del(owner, a.id)).statusCode).toBe(404);

    const audit = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, 'attachment'), eq(auditLog.entityId, a.id)));
    expect(audit.map((r) => r.action).sort()).toEqual(['create', 'delete']);
    expect(audit.find((r) => r.action === 'create')).toMatchObject({ userId: owner.user.id, diff: { after: { entity: 'test_thing', entityId: id, fileName: name, size: PDF.length } } });
    expect(tmpLeft()).toEqual([]);
  });

  it('sniffs the type from the bytes: images and Office files pass, an .exe renamed .pdf does not', async () => {
    const id = thing();
    const png = await upload(owner, id, 'photo.pdf', PNG);
    expect(png.statusCode).toBe(201);
    expect(png.json().contentType).toBe('image/png');

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đoàn').addRow(['Tên', 'Quốc gia']);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const x = await upload(owner, id, 'danh-sach.xlsx', xlsx);
    expect(x.statusCode).toBe(201);
    expect(x.json().contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const exe = await upload(owner, id, 'report.pdf', EXE);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('file_type_not_allowed');
    expect((await list(owner, id)).json().items).toHaveLength(2);
    expect(tmpLeft()).toEqual([]);
  });

  it('accepts UTF-8 text and CSV by extension, refuses binary or other extensions without magic bytes', async () => {
    const id = thing();
    const txt = await upload(owner, id, 'ghi-chu.txt', Buffer.from('Xin chào, đây là ghi chú của đoàn.\n'));
    expect(txt.statusCode).toBe(201);
    expect(txt.json().contentType).toBe('text/plain');
    const dl = await get(owner, `/api/v1/attachments/${txt.json().id}/download`);
    expect(dl.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(dl.body).toBe('Xin chào, đây là ghi chú của đoàn.\n');

    const csv = await upload(owner, id, 'DS.CSV', Buffer.from('tên,quốc gia\nAn,VN\n'));
    expect(csv.statusCode).toBe(201);
    expect(csv.json().contentType).toBe('text/csv');

    expect((await upload(owner, id, 'notes.txt', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]))).statusCode).toBe(415);
    expect((await upload(owner, id, 'notes.txt', Buffer.from('abc\0def'))).statusCode).toBe(415);
    expect((await upload(owner, id, 'script.js', Buffer.from('alert(1)'))).statusCode).toBe(415);
    expect((await upload(owner, id, 'page.html', Buffer.from('<html></html>'))).statusCode).toBe(415);
  });

  it('refuses a file over ATTACHMENT_MAX_MB with 413, an empty file and a missing field with 422', async () => {
    const id = thing();
    const big = Buffer.alloc(60_000, 'a');
    const res = await upload(owner, id, 'big.txt', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect((await upload(owner, id, 'fits.txt', Buffer.alloc(50_000, 'a'))).statusCode).toBe(201);

    const empty = await upload(owner, id, 'empty.txt', Buffer.alloc(0));
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.fields.file).toBe('The file is empty.');
    const wrongField = await upload(owner, id, 'a.txt', Buffer.from('a'), { field: 'other' });
    expect(wrongField.statusCode).toBe(422);
    expect(wrongField.json().error.fields).toHaveProperty('file');
    expect((await list(owner, id)).json().items.map((a: { fileName: string }) => a.fileName)).toEqual(['fits.txt']);
    expect(tmpLeft()).toEqual([]);
  });

  it('passes each upload through the virus scanner; a rejection is 422 file_rejected and stores nothing', async () => {
    const id = thing();
    const seen: ScanInput[] = [];
    setVirusScanner(async (f) => {
      seen.push(f);
      expect(fs.readFileSync(f.path).equals(PDF)).toBe(true);
      return f.fileName.includes('eicar') ? { ok: false, reason: 'Eicar-Test-Signature' } : { ok: true };
    });
    const filesBefore = countFiles(path.join(dataDir, 'files'));
    const bad = await upload(owner, id, 'eicar.pdf', PDF);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'file_rejected', message: 'The file was rejected by the virus scan.' });
    expect(seen[0]).toMatchObject({ fileName: 'eicar.pdf', contentType: 'application/pdf' });
    expect(countFiles(path.join(dataDir, 'files'))).toBe(filesBefore);
    expect((await upload(owner, id, 'clean.pdf', PDF)).statusCode).toBe(201);
    expect(seen).toHaveLength(2);
    expect((await list(owner, id)).json().items).toHaveLength(1);
    expect(tmpLeft()).toEqual([]);
  });
});

describe('who may see and change files', () => {
  it('answers 404 to a user who may not see the record, and for an unknown kind of record', async () => {
    const id = thing();
    const a = (await upload(owner, id, 'a.pdf', PDF)).json();
    expect((await list(stranger, id)).statusCode).toBe(404);
    expect((await get(stranger, `/api/v1/attachments/${a.id}/download`)).statusCode).toBe(404);
    expect((await del(stranger, a.id)).statusCode).toBe(404);
    expect((await upload(stranger, id, 'b.pdf', PDF)).statusCode).toBe(404);
    expect((await list(owner, id, 'no_such_thing')).statusCode).toBe(404);
    expect((await upload(owner, id, 'b.pdf', PDF, { entity: 'no_such_thing' })).statusCode).toBe(404);
    expect((await list(owner, id)).json().items).toHaveLength(1);
  });

  it('answers 403 to a user who sees the record but may not edit it, and needs the upload header and a session', async () => {
    const id = thing();
    const res = await upload(reader, id, 'b.pdf', PDF);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    const csrf = await upload(owner, id, 'b.pdf', PDF, { header: false });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json().error.code).toBe('csrf_failed');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/attachments?entity=test_thing&entityId=${id}` })).statusCode).toBe(401);
    expect((await list(owner, id)).json().items).toEqual([]);
  });
});

describe('files of deleted records', () => {
  it('deleteAttachmentsOf removes the rows in the caller’s transaction and removeStoredFiles the files', async () => {
    const id = thing();
    const other = thing();
    const a = (await upload(owner, id, 'a.pdf', PDF)).json();
    const b = (await upload(owner, id, 'b.png', PNG)).json();
    const kept = (await upload(owner, other, 'c.pdf', PDF)).json();
    const files = [fileOf((await storedKey(a.id))!), fileOf((await storedKey(b.id))!)];
    const keys = await t.db.transaction((tx) => deleteAttachmentsOf(tx, 'test_thing', id));
    expect(keys).toHaveLength(2);
    expect((await list(owner, id)).json().items).toEqual([]);
    expect(files.every((f) => fs.existsSync(f))).toBe(true);
    await removeStoredFiles(keys);
    expect(files.some((f) => fs.existsSync(f))).toBe(false);
    await expect(removeStoredFiles(keys)).resolves.toBeUndefined(); // already gone: no error
    expect((await list(owner, other)).json().items.map((x: { id: string }) => x.id)).toEqual([kept.id]);
    expect(fs.existsSync(fileOf((await storedKey(kept.id))!))).toBe(true);
  });
});

function countFiles(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).length;
}
