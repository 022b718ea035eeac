import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import vCard from 'vcf';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, ensureRoot, signedIn, uniq } from '../../test/factories.js';

let t: TestApp;
let a: Awaited<ReturnType<typeof signedIn>>;
let b: Awaited<ReturnType<typeof signedIn>>;
const tag = uniq('x');
beforeAll(async () => {
  t = await openTestApp();
  const root = await ensureRoot(t.db);
  a = await signedIn(t.app, t.db, 'officer', root);
  b = await signedIn(t.app, t.db, 'officer', root);
  await ensureCountry(t.db, 'LA', { vi: 'Lào', en: 'Laos', fr: 'Laos' });
  const create = (cookie: string, body: object) => t.app.inject({ method: 'POST', url: '/api/v1/partners', headers: { cookie }, payload: { type: 'foreign_organisation', ...body } });
  await create(a.cookie, { name: `ສະມາຄົມມິດຕະພາບລາວ-ຫວຽດນາມ ${tag}`, nameVi: `Hội hữu nghị Lào – Việt Nam ${tag}`, countryCode: 'LA', visibility: 'shared', contacts: [{ name: 'Bounmy Phommachanh', role: 'Chủ tịch, Hội', email: 'bounmy@lvfa.la', phone: '+856 21 123 456' }] });
  await create(a.cookie, { name: `Unit A only ${tag}`, visibility: 'unit' });
});
afterAll(() => t.close());

const get = (cookie: string, url: string, lang = 'vi') => t.app.inject({ url, headers: { cookie, 'accept-language': lang } });

describe('export', () => {
  it('writes CSV with a BOM and Vietnamese text, only what the caller can see', async () => {
    const res = await get(b.cookie, `/api/v1/partners/export?format=csv&q=${tag}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: string[][] = parse(res.rawPayload.toString('utf8'), { bom: true });
    expect(rows[0]).toContain('Tên tiếng Việt');
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    expect(row).toContain(`Hội hữu nghị Lào – Việt Nam ${tag}`);
    expect(row).toContain(`ສະມາຄົມມິດຕະພາບລາວ-ຫວຽດນາມ ${tag}`);
    expect(row).toContain('Lào');
    expect(row.join('|')).toContain('bounmy@lvfa.la');
    const mine = parse((await get(a.cookie, `/api/v1/partners/export?format=csv&q=${tag}`)).rawPayload.toString('utf8'), { bom: true });
    expect(mine).toHaveLength(3);
  });

  it('writes XLSX that a spreadsheet reader opens', async () => {
    const res = await get(a.cookie, `/api/v1/partners/export?format=xlsx&q=${tag}`, 'fr');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toContain('Nom (vietnamien)');
    expect(ws.rowCount).toBe(3);
    const values = [ws.getRow(2).values, ws.getRow(3).values].flat().map(String);
    expect(values).toContain(`Hội hữu nghị Lào – Việt Nam ${tag}`);
  });

  it('gives a contact point as vCard 4.0 that an independent parser reads', async () => {
    const list = (await get(a.cookie, `/api/v1/partners?q=${encodeURIComponent(`hoi huu nghi lao ${tag}`)}`)).json();
    const partner = (await get(a.cookie, `/api/v1/partners/${list.items[0].id}`)).json();
    const contact = partner.contacts[0];
    const res = await get(a.cookie, `/api/v1/partners/${partner.id}/contacts/${contact.id}/vcard`);
    expect(res.headers['content-type']).toContain('text/vcard');
    const card = new vCard().parse(res.body);
    expect(card.version).toBe('4.0');
    expect(card.get('fn').valueOf()).toBe('Bounmy Phommachanh');
    expect(card.get('email').valueOf()).toBe('bounmy@lvfa.la');
    expect(card.get('tel').valueOf()).toBe('+856 21 123 456');
    expect(card.get('role').valueOf()).toBe('Chủ tịch\\, Hội');
    expect(card.get('org').valueOf()).toContain('ສະມາຄົມ');
    expect((await get(b.cookie, `/api/v1/partners/${partner.id}/contacts/${contact.id}/vcard`)).statusCode).toBe(200);
  });

  it('saves filters per user', async () => {
    const saved = await t.app.inject({ method: 'POST', url: '/api/v1/saved-filters', headers: { cookie: a.cookie }, payload: { entity: 'partners', name: 'Lào ưu tiên', query: { countryCode: 'LA', priority: 1 } } });
    expect(saved.statusCode).toBe(201);
    expect((await get(a.cookie, '/api/v1/saved-filters?entity=partners')).json().items).toEqual([{ id: saved.json().id, name: 'Lào ưu tiên', query: { countryCode: 'LA', priority: 1 } }]);
    expect((await get(b.cookie, '/api/v1/saved-filters?entity=partners')).json().items).toEqual([]);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/saved-filters/${saved.json().id}`, headers: { cookie: b.cookie } })).statusCode).toBe(404);
  });
});
