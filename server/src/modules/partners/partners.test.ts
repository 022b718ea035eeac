import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureCountry, signedIn, uniq } from '../../test/factories.js';

let t: TestApp;
let officer: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  officer = await signedIn(t.app, t.db, 'officer');
  await ensureCountry(t.db, 'FR', { vi: 'Pháp', en: 'France', fr: 'France' });
  await ensureCountry(t.db, 'RU', { vi: 'Nga', en: 'Russia', fr: 'Russie' });
});
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, lang = 'en') =>
  t.app.inject({ method, url, headers: { cookie, 'accept-language': lang }, ...(payload ? { payload } : {}) });

describe('partners CRUD', () => {
  it('creates with the minimal body, edits, and deletes', async () => {
    const res = await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name: 'Association d’amitié France–Vietnam', countryCode: 'FR', visibility: 'shared' });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ id: expect.any(String), type: 'foreign_organisation', countryCode: 'FR', visibility: 'shared', ownerUnitId: officer.unit.id, country: { nameVi: 'Pháp' }, can: { update: true, delete: false } });
    const edited = await call(officer.cookie, 'PATCH', `/api/v1/partners/${p.id}`, {
      city: 'Paris',
      priority: 1,
      contacts: [{ name: 'Hélène Dupont', role: 'Présidente', email: 'helene@aafv.fr', phone: '+33 1 23 45 67 89' }],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ city: 'Paris', priority: 1, contacts: [{ name: 'Hélène Dupont', email: 'helene@aafv.fr' }] });
    const admin = await signedIn(t.app, t.db, 'admin');
    expect((await call(officer.cookie, 'DELETE', `/api/v1/partners/${p.id}`)).statusCode).toBe(403);
    expect((await call(admin.cookie, 'DELETE', `/api/v1/partners/${p.id}`)).statusCode).toBe(204);
    expect((await call(admin.cookie, 'GET', `/api/v1/partners/${p.id}`)).statusCode).toBe(404);
  });

  it('validates with per-field messages', async () => {
    const res = await call(officer.cookie, 'POST', '/api/v1/partners', {
      type: 'individual', countryCode: 'XX', website: 'not a url', priority: 5, contacts: [{ name: 'A', email: 'nope', phone: 'call me' }],
    }, 'vi');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toMatchObject({
      website: 'Hãy nhập địa chỉ web bắt đầu bằng http:// hoặc https://.',
      priority: 'Tối đa là 3.',
      'contacts.0.email': 'Hãy nhập địa chỉ email hợp lệ.',
      'contacts.0.phone': 'Hãy nhập số điện thoại (chữ số, dấu cách, + ( ) - .).',
    });
    const noName = await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'individual', countryCode: 'XX' }, 'fr');
    expect(noName.json().error.fields).toEqual({ countryCode: 'Ce pays n’existe pas.', name: 'Indiquez au moins un nom.' });
    expect((await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'castle', name: 'x' })).statusCode).toBe(422);
  });

  it('refuses viewers and foreign owner units', async () => {
    const viewer = await signedIn(t.app, t.db, 'viewer');
    expect((await call(viewer.cookie, 'POST', '/api/v1/partners', { type: 'individual', name: 'X' })).statusCode).toBe(403);
    const other = await signedIn(t.app, t.db, 'officer');
    const res = await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'individual', name: 'X', ownerUnitId: other.unit.id });
    expect(res.json().error.fields.ownerUnitId).toBe('You cannot assign this unit.');
  });
});

describe('search', () => {
  const tag = uniq('s');
  const created: Record<string, string> = {};
  beforeAll(async () => {
    const rows = [
      { type: 'individual', name: `Nguyễn Văn An ${tag}`, countryCode: 'FR' },
      { type: 'foreign_organisation', nameVi: `Hội hữu nghị Việt – Pháp ${tag}`, countryCode: 'FR', city: 'Paris' },
      { type: 'foreign_organisation', name: `Общество дружбы ${tag}`, nameEn: `Russia–Vietnam Friendship Society ${tag}`, countryCode: 'RU', city: 'Moskva' },
      { type: 'foreign_locality', name: `Đà Nẵng sister ${tag}`, tags: ['kết nghĩa'] },
    ];
    for (const r of rows) {
      const res = await call(officer.cookie, 'POST', '/api/v1/partners', { ...r, visibility: 'shared' });
      created[r.name ?? r.nameVi!] = res.json().id;
    }
  });
  const find = async (q: string) =>
    (await call(officer.cookie, 'GET', `/api/v1/partners?limit=20&q=${encodeURIComponent(`${q} ${tag}`)}`)).json().items.map((p: { id: string }) => p.id);

  it('ignores case, diacritics (đ too) and word order; accepts prefixes', async () => {
    const an = created[`Nguyễn Văn An ${tag}`];
    expect(await find('nguyen van')).toContain(an);
    expect(await find('NGUYỄN an')).toContain(an);
    expect(await find('an nguyen')).toContain(an);
    expect(await find('hoi huu nghi viet phap')).toEqual([created[`Hội hữu nghị Việt – Pháp ${tag}`]]);
    expect(await find('da nang')).toEqual([created[`Đà Nẵng sister ${tag}`]]);
    expect(await find('Pari')).toEqual([created[`Hội hữu nghị Việt – Pháp ${tag}`]]);
    expect(await find('ket nghia')).toEqual([created[`Đà Nẵng sister ${tag}`]]);
  });

  it('tolerates one typo and finds other scripts', async () => {
    expect(await find('nguyn van')).toContain(created[`Nguyễn Văn An ${tag}`]);
    expect(await find('frendship')).toEqual([created[`Общество дружбы ${tag}`]]);
    expect(await find('общество')).toEqual([created[`Общество дружбы ${tag}`]]);
    expect(await find('Moskav')).toEqual([created[`Общество дружбы ${tag}`]]);
  });

  it('matches a word under 3 characters at a word start, but anywhere in scripts without spaces', async () => {
    const an = created[`Nguyễn Văn An ${tag}`];
    const banana = (await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'enterprise', name: `Banana Trading ${tag}`, visibility: 'shared' })).json().id;
    const peking = (await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'research_institution', name: `中国北京大学 ${tag}`, visibility: 'shared' })).json().id;
    expect(await find('an')).toEqual([an]);
    expect(await find('ba')).toEqual([banana]);
    expect(await find('北京')).toEqual([peking]);
    expect(await find('京')).toEqual([peking]);
    expect(await find('京北')).toEqual([]);
    const thai = (await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'foreign_locality', name: `จังหวัดเชียงใหม่ ${tag}`, visibility: 'shared' })).json().id;
    expect(await find('ใหม')).toEqual([thai]);
    expect(await find('ชี')).toEqual([thai]);
    expect(await find('nguyen an')).toEqual([an]);
  });

  it('takes % and _ in a query literally', async () => {
    const word = uniq('pct').replace(/[^a-z0-9]/gi, '');
    const literal = (await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'enterprise', name: `${word}_100% Fund`, visibility: 'shared' })).json().id;
    await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'enterprise', name: `${word}x1000 Fund`, visibility: 'shared' });
    const res = (await call(officer.cookie, 'GET', `/api/v1/partners?q=${encodeURIComponent(`${word}_100%`)}`)).json();
    expect(res.items.map((p: { id: string }) => p.id)).toEqual([literal]);
  });

  it('ranks names starting with the query first', async () => {
    const word = uniq('rank').replace(/[^a-z0-9]/gi, '');
    for (const name of [`Société ${word} de Lyon`, `${word} Society`, `Cercle des amis ${word}`]) {
      await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name, visibility: 'shared' });
    }
    const res = (await call(officer.cookie, 'GET', `/api/v1/partners?q=${word}`)).json();
    expect(res).toMatchObject({ total: 3, totalCapped: false });
    expect(res.items[0].name).toBe(`${word} Society`);
  });

  it('ranks a word starting a name above one inside a word, and names above contacts', async () => {
    const word = uniq('rel').replace(/[^a-z0-9]/gi, '').toLowerCase();
    const make = async (name: string, contact?: string) =>
      (await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'foreign_organisation', name, visibility: 'shared', ...(contact ? { contacts: [{ name: contact }] } : {}) })).json().id;
    const viaContact = await make(`Alpha Society ${uniq('c')}`, `Jean ${word}`);
    const inside = await make(`Club X${word} de Lyon`);
    const start = await make(`Cercle ${word} de Lyon`);
    const res = (await call(officer.cookie, 'GET', `/api/v1/partners?q=${word}`)).json();
    expect(res.items.map((p: { id: string }) => p.id)).toEqual([start, inside, viaContact]);
  });
});

describe('search at scale', () => {
  it('stops counting above the cap, says so, and still pages in a stable order', async () => {
    const word = uniq('many').replace(/[^a-z0-9]/gi, '');
    for (let i = 0; i < 5; i++) {
      await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'individual', name: `${word} ${'x'.repeat(i + 1)}`, visibility: 'shared' });
    }
    const { listPartners } = await import('./repo.js');
    const { scopeOf } = await import('../../core/scope.js');
    const scope = scopeOf(officer.user, [], [officer.unit.id]);
    const all = await t.db.transaction((tx) => listPartners(tx, scope, { q: word }, 10, 0, 100));
    expect(all).toMatchObject({ total: 5, capped: false });
    const capped = await t.db.transaction((tx) => listPartners(tx, scope, { q: word }, 2, 0, 3));
    expect(capped).toMatchObject({ total: 3, capped: true });
    // Cheap order: shortest name first.
    expect(capped.items.map((p) => p.name)).toEqual([`${word} x`, `${word} xx`]);
    const next = await t.db.transaction((tx) => listPartners(tx, scope, { q: word }, 2, 2, 3));
    expect(next.items.map((p) => p.name)).toEqual([`${word} xxx`, `${word} xxxx`]);
  });

  it('keeps the word dictionary up to date on create and edit', async () => {
    const word = uniq('dict').replace(/[^a-z0-9]/gi, '').toLowerCase();
    const res = await call(officer.cookie, 'POST', '/api/v1/partners', { type: 'individual', name: `Ông ${word}`, visibility: 'shared' });
    await call(officer.cookie, 'PATCH', `/api/v1/partners/${res.json().id}`, { city: `${word}ville` });
    const { rows } = await t.db.execute<{ word: string }>(sql`select word from search_words where word like ${`${word}%`} order by word`);
    expect(rows.map((r) => r.word)).toEqual([word, `${word}ville`]);
  });
});
