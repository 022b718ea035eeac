import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { login } from '../../../test/factories.js';
import { contactIn, partnerFieldsIn } from '../routes.js';
import { demoPartners } from './partners.js';
import { demoNotes, demoRelationships } from './data-links.js';

const PASSWORD = 'demo-password-for-partner-tests';
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await openTestApp();
  process.env.AMITY_DEMO_PASSWORD = PASSWORD;
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup/demo', payload: {} });
  if (res.statusCode !== 201) throw new Error(`demo load: ${res.statusCode} ${res.body}`);
  admin = await login(t.app, 'admin@demo.amity', PASSWORD);
});
afterAll(async () => {
  delete process.env.AMITY_DEMO_PASSWORD;
  await t.close();
});

const get = (cookie: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
type Item = { id: string; name: string; nameVi: string; countryCode: string; visibility: string; ownerUnitId: string };
async function allPartners(cookie: string, query = ''): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 1; ; page++) {
    const res = (await get(cookie, `/api/v1/partners?limit=200&page=${page}${query}`)).json();
    items.push(...res.items);
    if (items.length >= res.total || res.items.length === 0) return items;
  }
}

describe('demo partner data (as written)', () => {
  const rows = demoPartners();

  it('is valid input for the partner API', () => {
    const website = partnerFieldsIn.website;
    const language = z.string().regex(/^[a-z]{2}$/);
    for (const p of rows) {
      expect(website.safeParse(p.web ?? '').success, `${p.k} website`).toBe(true);
      for (const [name, role, email, phone] of p.ct ?? []) expect(contactIn.safeParse({ name, role, email, phone }).success, `${p.k} contact ${name}`).toBe(true);
      for (const l of p.l) expect(language.safeParse(l).success, `${p.k} language ${l}`).toBe(true);
      expect(p.d.length, `${p.k} description`).toBeGreaterThan(10);
      if (!/^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{S}]+$/u.test(p.n)) expect(p.tr, `${p.k} transliteration`).toBeTruthy();
    }
    expect(new Set(rows.map((p) => p.k)).size).toBe(rows.length);
  });

  it('links only partners that exist', () => {
    const keys = new Set(rows.map((p) => p.k));
    for (const [from, , to] of demoRelationships) {
      expect(keys.has(from), from).toBe(true);
      if (!to.startsWith('@')) expect(keys.has(to), to).toBe(true);
    }
    for (const [key] of demoNotes) expect(keys.has(key), key).toBe(true);
  });
});

describe('demo partner network (loaded)', () => {
  it('has about two hundred partners of every type in more than forty countries', async () => {
    const list = (await get(admin, '/api/v1/partners?limit=1')).json();
    expect(list.total).toBeGreaterThanOrEqual(180);
    const facets = (await get(admin, '/api/v1/partners/facets')).json();
    expect(facets.countryCode.length).toBeGreaterThanOrEqual(40);
    expect(facets.type.map((f: { value: string }) => f.value).sort()).toEqual(
      ['enterprise', 'expert', 'foreign_locality', 'foreign_ngo', 'foreign_organisation', 'individual', 'international_organisation', 'media_outlet', 'overseas_vietnamese_association', 'research_institution'],
    );
    expect(facets.status.map((f: { value: string }) => f.value).sort()).toEqual(['active', 'dormant', 'ended']);
  });

  it('keeps names in their own scripts', async () => {
    const names = (await allPartners(admin)).map((p) => p.name);
    for (const script of ['Cyrillic', 'Han', 'Lao', 'Khmer', 'Hangul', 'Thai']) {
      const re = new RegExp(`\\p{Script=${script}}`, 'u');
      expect(names.filter((n) => re.test(n)).length, script).toBeGreaterThanOrEqual(script === 'Thai' ? 2 : 5);
    }
    expect(names).toContain('Association d’amitié franco-vietnamienne');
    expect(names).toContain('ສະມາຄົມມິດຕະພາບລາວ-ຫວຽດນາມ');
  });

  it('finds the friendship associations typed without diacritics', async () => {
    const res = (await get(admin, `/api/v1/partners?q=${encodeURIComponent('hoi huu nghi')}&limit=100`)).json();
    expect(res.total).toBeGreaterThanOrEqual(10);
    expect(res.items.map((p: Item) => p.nameVi)).toContain('Hội Hữu nghị Lào – Việt Nam');
  });

  it('shows the deliberate near-duplicates on the duplicates page', async () => {
    const res = (await get(admin, '/api/v1/partners/duplicates?limit=50')).json();
    expect(res.total).toBeGreaterThanOrEqual(1);
    const pairs = res.items.map((p: { a: Item; b: Item }) => [p.a.name, p.b.name].sort().join(' | '));
    expect(pairs).toContain(['Association d’amitié franco-vietnamienne', 'Association d\'Amitié Franco-Vietnamienne (AAFV)'].sort().join(' | '));
  });

  it('ties the partners to each other and to the units', async () => {
    const tree = (await get(admin, '/api/v1/units/tree')).json().items as { id: string; nameEn: string }[];
    const hanoi = tree.find((u) => u.nameEn === 'Hanoi Party Committee')!;
    const [seoul] = (await get(admin, `/api/v1/partners?q=${encodeURIComponent('Seoul Metropolitan Government')}&limit=1`)).json().items as Item[];
    const rels = (await get(admin, `/api/v1/partners/${seoul!.id}/relationships`)).json();
    expect(rels.items).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'sister_city_of', other: expect.objectContaining({ unit: expect.objectContaining({ id: hanoi.id }) }) })]));
  });

  it('hides a Hanoi partner of visibility "unit" from Hoa Binh', async () => {
    const tree = (await get(admin, '/api/v1/units/tree')).json().items as { id: string; nameEn: string }[];
    const hanoi = tree.find((u) => u.nameEn === 'Hanoi Party Committee')!;
    const own = (await get(admin, `/api/v1/partners?visibility=unit&unitId=${hanoi.id}&limit=50`)).json().items as Item[];
    expect(own.length).toBeGreaterThan(0);
    const hoabinh = await login(t.app, 'officer.hoabinh@demo.amity', PASSWORD);
    for (const p of own) expect((await get(hoabinh, `/api/v1/partners/${p.id}`)).statusCode, p.name).toBe(404);
    const seen = new Set((await allPartners(hoabinh)).map((p) => p.id));
    expect(own.some((p) => seen.has(p.id))).toBe(false);
    const hanoiOfficer = await login(t.app, 'officer.hanoi@demo.amity', PASSWORD);
    expect((await get(hanoiOfficer, `/api/v1/partners/${own[0]!.id}`)).statusCode).toBe(200);
  });
});
