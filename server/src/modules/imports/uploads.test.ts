import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, signedIn, uniq } from '../../test/factories.js';
import { cleanText } from './reader.js';

// Uploads that are not what they claim: refused with a 422 and nothing of them left on disk.
let t: TestApp;
let me: Awaited<ReturnType<typeof signedIn>>;
let dir: string;
beforeAll(async () => {
  const dataDir = fs.mkdtempSync('/tmp/amity-imp-up-');
  dir = path.join(dataDir, 'imports');
  t = await openTestApp({ dataDir });
  me = await signedIn(t.app, t.db, 'officer');
  await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
});
afterAll(() => t.close());

function multipart(filename: string, content: Buffer) {
  const boundary = `----amity${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}
const upload = (filename: string, content: Buffer | string, lang = 'en') => {
  const m = multipart(filename, Buffer.isBuffer(content) ? content : Buffer.from(content));
  return t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: m.body, headers: { cookie: me.cookie, 'content-type': m.type, 'x-amity-upload': '1', 'accept-language': lang } });
};
const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie: me.cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
const files = () => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);
async function until(id: string, statuses: string[]) {
  for (let i = 0; i < 200; i++) {
    const s = (await call('GET', `/api/v1/imports/${id}`)).json();
    if (statuses.includes(s.status)) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

/** Uploads and expects a 422 with that code (and field message), with nothing new left in the upload directory. */
async function refused(filename: string, content: Buffer | string, expected: { code: string; file?: string }) {
  const before = files();
  const res = await upload(filename, content, 'fr');
  expect(res.statusCode, res.body).toBe(422);
  const error = res.json().error;
  expect(error.code).toBe(expected.code);
  if (expected.file) expect(error.fields.file).toBe(expected.file);
  else expect(error.message).toMatch(/illisible/);
  expect(files()).toEqual(before);
  return error;
}

async function xlsx(build: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Partners'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A minimal PNG: a real binary format with its magic bytes. */
function png() {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([len, Buffer.from(type), data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.from([0, 0]))), chunk('IEND', Buffer.alloc(0))]);
}

describe('import uploads that are not what they claim', () => {
  it('refuses NUL bytes in a CSV header or in its cells', async () => {
    await refused('nul-header.csv', Buffer.from('Name\0,Country\nA,France\n'), { code: 'file_unreadable' });
    await refused('nul-cell.csv', Buffer.from('Name,Country\nA\0B,France\n'), { code: 'file_unreadable' });
  });

  it('refuses binary files named .csv: junk, a PNG, an XLSX renamed', async () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    await refused('junk.csv', junk, { code: 'file_unreadable' });
    // Control characters without any NUL: still not text.
    await refused('controls.csv', Buffer.from(Array.from({ length: 2000 }, (_, i) => 1 + (i % 8))), { code: 'file_unreadable' });
    await refused('image.csv', png(), { code: 'file_unreadable' });
    const book = await xlsx((ws) => {
      ws.addRow(['Name', 'Country']);
      ws.addRow(['A', 'France']);
    });
    await refused('renamed.csv', book, { code: 'file_unreadable' });
  });

  it('refuses a .xlsx that is not a zip, a damaged one, or one whose text holds a NUL or a lone surrogate', async () => {
    await refused('text.xlsx', 'Name,Country\nA,France\n', { code: 'file_unreadable' });
    await refused('broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 7)]), { code: 'validation_failed', file: 'Ce fichier ne peut pas être lu comme CSV ou XLSX.' });
    // A book whose text holds a NUL or a lone surrogate (XML character references) cannot be read either.
    const book = await xlsx((ws) => {
      ws.addRow(['Name', 'Country']);
      ws.addRow(['CELL', 'France']);
    });
    // jszip comes with exceljs: it rewrites one part of the book as a broken writer would.
    for (const bad of ['A&#0;B', 'L&#xD800;NE']) {
      const zip = await JSZip.loadAsync(book);
      const strings = (await zip.file('xl/sharedStrings.xml')!.async('string')).replace('CELL', bad);
      zip.file('xl/sharedStrings.xml', strings);
      await refused('odd.xlsx', await zip.generateAsync({ type: 'nodebuffer' }), { code: 'validation_failed', file: 'Ce fichier ne peut pas être lu comme CSV ou XLSX.' });
    }
  });

  it('refuses an empty file and a file with only its header', async () => {
    const empty = 'Le fichier est vide.';
    await refused('nothing.csv', '', { code: 'validation_failed', file: empty });
    await refused('header.csv', 'Name,Country\r\n', { code: 'validation_failed', file: empty });
    const headerOnly = await xlsx((ws) => ws.addRow(['Name', 'Country']));
    await refused('header.xlsx', headerOnly, { code: 'validation_failed', file: empty });
  });

  it('names the empty cells of a merged two-row header and reads the import later', async () => {
    const tag = uniq('m');
    const book = await xlsx((ws) => {
      ws.addRow(['Organisation', 'Contact', null, 'Country']);
      ws.addRow([null, 'Name', 'Email', null]);
      ws.mergeCells('A1:A2');
      ws.mergeCells('B1:C1');
      ws.mergeCells('D1:D2');
      ws.addRow([`Org ${tag}`, 'Ann', 'ann@example.org', 'France']);
    });
    const res = await upload('grouped.xlsx', book, 'vi');
    expect(res.statusCode, res.body).toBe(201);
    const imp = res.json();
    expect(imp.columns).toEqual(['Organisation', 'Contact', 'Cột 3', 'Country']);
    expect(imp.sample.every((row: unknown[]) => row.every((c) => typeof c === 'string'))).toBe(true);
    // Named once, in the uploader's language.
    const got = await call('GET', `/api/v1/imports/${imp.id}`);
    expect(got.statusCode, got.body).toBe(200);
    expect(got.json().columns[2]).toBe('Cột 3');
    const mapping = { 0: 'name', 3: 'country' };
    const preview = await call('PUT', `/api/v1/imports/${imp.id}/mapping`, { mapping, options: { ownerUnitId: me.unit.id, visibility: 'unit', duplicateAction: 'skip' } });
    expect(preview.statusCode, preview.body).toBe(200);
    await call('POST', `/api/v1/imports/${imp.id}/validate`);
    // The second header row is a row without a name: reported, not a crash.
    expect(await until(imp.id, ['validated', 'failed'])).toMatchObject({ status: 'validated', totalRows: 2, errorRows: 1 });
  });

  it('an import stored with a null column name (before the fix) still reads', async () => {
    const res = await upload('plain.csv', `Name,Country\nX ${uniq('n')},France\n`);
    const id = res.json().id;
    await t.db.execute(sql`update imports set columns = '["Name", null]'::jsonb where id = ${id}`);
    const got = await call('GET', `/api/v1/imports/${id}`, undefined, 'fr');
    expect(got.statusCode, got.body).toBe(200);
    expect(got.json().columns).toEqual(['Name', 'Colonne 2']);
  });

  it('reads bytes that are not UTF-8 as U+FFFD, says how many, and stores them', async () => {
    const tag = uniq('u');
    // Latin-1 "Société" (0xE9) and a UTF-8-encoded lone surrogate (ED A0 80): neither is UTF-8.
    const bytes = Buffer.concat([Buffer.from(`Name,Country\nSoci`), Buffer.from([0xe9]), Buffer.from(`t\xE9 ${tag},France\nLone `, 'latin1'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(` ${tag},France\n`)]);
    const res = await upload('latin1.csv', bytes);
    expect(res.statusCode, res.body).toBe(201);
    const imp = res.json();
    expect(imp.warnings).toEqual([{ code: 'replaced_characters', count: 5, message: expect.stringContaining('UTF-8') }]);
    expect(imp.sample[0][0]).toBe(`Soci\ufffdt\ufffd ${tag}`);
    await call('PUT', `/api/v1/imports/${imp.id}/mapping`, { mapping: imp.mapping, options: { ownerUnitId: me.unit.id, visibility: 'unit', duplicateAction: 'skip' } });
    await call('POST', `/api/v1/imports/${imp.id}/validate`);
    expect(await until(imp.id, ['validated', 'failed'])).toMatchObject({ status: 'validated', totalRows: 2, errorRows: 0 });
    await call('POST', `/api/v1/imports/${imp.id}/commit`, { actions: {} });
    expect(await until(imp.id, ['done', 'failed'])).toMatchObject({ status: 'done', result: { created: 2 } });
    const names = await t.db.execute<{ name: string }>(sql`select name from partners where import_id = ${imp.id} order by name`);
    expect(names.rows.map((r) => r.name)).toEqual([`Lone \ufffd\ufffd\ufffd ${tag}`, `Soci\ufffdt\ufffd ${tag}`]);
  });

  it('cleans the text of every cell: NUL and lone surrogates become U+FFFD, pairs stay', () => {
    expect(cleanText('a\u0000b\ud800c\udc00d\ud83d\ude00')).toBe('a\ufffdb\ufffdc\ufffdd\ud83d\ude00');
  });
});
