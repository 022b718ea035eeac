import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, signedIn, uniq } from '../../test/factories.js';

let t: TestApp;
let me: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp({ dataDir: (await import('node:fs')).mkdtempSync('/tmp/amity-imp-') });
  me = await signedIn(t.app, t.db, 'officer');
  await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
  await ensureCountry(t.db, 'JP', { vi: 'Nhật Bản', en: 'Japan', fr: 'Japon' });
});
afterAll(() => t.close());

function multipart(filename: string, content: Buffer | string) {
  const boundary = `----amity${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}
const upload = async (filename: string, content: Buffer | string, lang = 'en') => {
  const m = multipart(filename, content);
  return t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: m.body, headers: { cookie: me.cookie, 'content-type': m.type, 'x-amity-upload': '1', 'accept-language': lang } });
};
const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie: me.cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });
async function until(id: string, statuses: string[]) {
  for (let i = 0; i < 200; i++) {
    const s = (await call('GET', `/api/v1/imports/${id}`)).json();
    if (statuses.includes(s.status)) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}
const partnerCount = async () => (await t.db.execute<{ n: number }>(sql`select count(*)::int as n from partners`)).rows[0]!.n;

describe('import', () => {
  it('guesses the mapping of CRM headers, previews, validates, flags duplicates and commits', async () => {
    const tag = uniq('i');
    await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers: { cookie: me.cookie }, payload: { type: 'foreign_organisation', name: `Existing Assoc ${tag}`, countryCode: 'JP' } });
    const csv = [
      'Organization Name;Country;City;Email;First Name;Last Name;Tags',
      `Association d’amitié ${tag};France;Paris;contact@aafv.fr;;;culture, youth`,
      `Existing Assoc ${tag};Nhật Bản;Tokyo;;;;`,
      `;Japan;Osaka;kenji@example.jp;Kenji;Tanaka ${tag};`,
    ].join('\r\n');
    const res = await upload('partners.csv', `\ufeff${csv}`);
    expect(res.statusCode).toBe(201);
    const imp = res.json();
    expect(imp.columns).toEqual(['Organization Name', 'Country', 'City', 'Email', 'First Name', 'Last Name', 'Tags']);
    expect(imp.mapping).toEqual({ 0: 'name', 1: 'country', 2: 'city', 3: 'contactEmail', 4: 'firstName', 5: 'lastName', 6: 'tags' });
    expect(imp.sample).toHaveLength(3);

    const preview = await call('PUT', `/api/v1/imports/${imp.id}/mapping`, { mapping: imp.mapping, options: { ownerUnitId: me.unit.id, visibility: 'shared', duplicateAction: 'skip' } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json().rows[2]).toMatchObject({ rowNumber: 4, data: { type: 'individual', name: `Kenji Tanaka ${tag}`, countryCode: 'JP' }, errors: [] });

    const vres = await call('POST', `/api/v1/imports/${imp.id}/validate`);
    expect(vres.statusCode).toBe(202);
    const validated = await until(imp.id, ['validated', 'failed']);
    expect(validated).toMatchObject({ status: 'validated', totalRows: 3, errorRows: 0, duplicateRows: 1 });
    const dups = (await call('GET', `/api/v1/imports/${imp.id}/duplicates`)).json();
    expect(dups.items).toEqual([expect.objectContaining({ rowNumber: 3, reason: 'same_name_country' })]);

    const before = await partnerCount();
    expect((await call('POST', `/api/v1/imports/${imp.id}/commit`, { actions: {} })).statusCode).toBe(202);
    const done = await until(imp.id, ['done', 'failed']);
    expect(done.result).toEqual({ created: 2, merged: 0, skipped: 1 });
    expect(await partnerCount()).toBe(before + 2);
    const found = (await call('GET', `/api/v1/partners?q=${encodeURIComponent(`association damitie ${tag}`)}`)).json().items;
    expect(found).toHaveLength(1);
    const partner = (await call('GET', `/api/v1/partners/${found[0].id}`)).json();
    expect(partner).toMatchObject({ city: 'Paris', countryCode: 'FR', tags: ['culture', 'youth'], visibility: 'shared', contacts: [{ email: 'contact@aafv.fr' }] });
    const timeline = (await call('GET', `/api/v1/partners/${found[0].id}/timeline`)).json();
    expect(timeline.items[0]).toMatchObject({ kind: 'created', data: { importId: imp.id } });
  });

  it('reports every bad row with its reason and writes nothing', async () => {
    const csv = ['Name,Country,Email,Website,Priority', 'Good one,France,a@b.fr,,1', ',France,,,', 'Bad email,France,not-an-email,,', 'Bad country,Atlantis,,,', 'Bad priority,Japan,,,7'].join('\n');
    const imp = (await upload('bad.csv', csv)).json();
    await call('PUT', `/api/v1/imports/${imp.id}/mapping`, { mapping: imp.mapping, options: { ownerUnitId: me.unit.id, visibility: 'unit', duplicateAction: 'skip' } });
    await call('POST', `/api/v1/imports/${imp.id}/validate`);
    const v = await until(imp.id, ['validated', 'failed']);
    expect(v).toMatchObject({ totalRows: 5, errorRows: 4 });
    const errors = (await call('GET', `/api/v1/imports/${imp.id}/errors`, undefined, 'vi')).json();
    expect(errors.items).toEqual([
      { rowNumber: 3, errors: [{ field: 'name', message: 'Hãy nhập ít nhất một tên.' }] },
      { rowNumber: 4, errors: [{ field: 'contact.email', message: 'Hãy nhập địa chỉ email hợp lệ.' }] },
      { rowNumber: 5, errors: [{ field: 'country', message: 'Quốc gia này không tồn tại.' }] },
      { rowNumber: 6, errors: [{ field: 'priority', message: expect.stringContaining('3') }] },
    ]);
    const before = await partnerCount();
    const refused = await call('POST', `/api/v1/imports/${imp.id}/commit`, { actions: {} }, 'fr');
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'import_has_errors', message: expect.stringContaining('4 lignes') });
    expect(await partnerCount()).toBe(before);
  });

  it('reads XLSX, and merges a duplicate row when asked', async () => {
    const tag = uniq('x');
    const existing = (await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers: { cookie: me.cookie }, payload: { type: 'foreign_ngo', name: `Green Earth ${tag}`, countryCode: 'FR' } })).json();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đối tác');
    ws.addRow(['Tên tổ chức', 'Quốc gia', 'Trang web', 'Mô tả']);
    ws.addRow([`Green Earth ${tag}`, 'Pháp', 'https://green.example', 'Môi trường']);
    ws.addRow([`Hội Nhật – Việt ${tag}`, 'JP', '', '']);
    const imp = (await upload('doi-tac.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))).json();
    expect(imp.mapping).toEqual({ 0: 'name', 1: 'country', 2: 'website', 3: 'description' });
    await call('PUT', `/api/v1/imports/${imp.id}/mapping`, { mapping: imp.mapping, options: { ownerUnitId: me.unit.id, visibility: 'unit', duplicateAction: 'skip' } });
    await call('POST', `/api/v1/imports/${imp.id}/validate`);
    expect(await until(imp.id, ['validated', 'failed'])).toMatchObject({ totalRows: 2, errorRows: 0, duplicateRows: 1 });
    await call('POST', `/api/v1/imports/${imp.id}/commit`, { actions: { 2: 'merge' } });
    expect((await until(imp.id, ['done', 'failed'])).result).toEqual({ created: 1, merged: 1, skipped: 0 });
    const merged = (await call('GET', `/api/v1/partners/${existing.id}`)).json();
    expect(merged).toMatchObject({ website: 'https://green.example', description: 'Môi trường' });
  });

  it('refuses files it cannot read and uploads without the upload header', async () => {
    expect((await upload('x.pdf', '%PDF')).json().error.fields.file).toBe('Upload a CSV or XLSX file.');
    const m = multipart('a.csv', 'Name\nX');
    const noHeader = await t.app.inject({ method: 'POST', url: '/api/v1/imports', payload: m.body, headers: { cookie: me.cookie, 'content-type': m.type } });
    expect(noHeader.statusCode).toBe(403);
  });
});
