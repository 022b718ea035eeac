import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { signedIn } from '../../test/factories.js';

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedIn>>;
let officer: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  admin = await signedIn(t.app, t.db, 'admin');
  officer = await signedIn(t.app, t.db, 'officer');
});
afterAll(() => t.close());

const call = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
const search = async (q: string) => (await call(officer.cookie, 'GET', `/api/v1/countries?q=${encodeURIComponent(q)}&limit=200`)).json();
const codes = (page: { items: { code: string }[] }) => page.items.map((c) => c.code);

describe('countries', () => {
  it('lists every ISO country to any signed-in user, paginated, with the corrected names', async () => {
    const page = (await call(officer.cookie, 'GET', '/api/v1/countries?limit=10&sort=code')).json();
    expect(page.total).toBeGreaterThan(240);
    expect(page.items).toHaveLength(10);
    expect(page.items[0]).toMatchObject({ code: 'AD', can: { update: false } });

    const ps = (await call(officer.cookie, 'GET', '/api/v1/countries/PS')).json();
    expect(ps).toMatchObject({ nameVi: 'Nhà nước Palestine', nameEn: 'State of Palestine', nameFr: 'État de Palestine', region: 'Asia' });
    expect((await call(officer.cookie, 'GET', '/api/v1/countries/tw')).json().nameVi).toBe('Đài Loan (Trung Quốc)');
    expect((await call(officer.cookie, 'GET', '/api/v1/countries/XK')).statusCode).toBe(404);
    expect((await call(officer.cookie, 'GET', '/api/v1/countries/1')).statusCode).toBe(422);

    const options = (await call(officer.cookie, 'GET', '/api/v1/countries/options')).json().items;
    expect(options.length).toBe(page.total);
    expect(options.find((c: { code: string }) => c.code === 'VN')).toMatchObject({ nameVi: 'Việt Nam', nameEn: 'Viet Nam', region: 'Asia' });
  });

  it('finds countries by any name without diacritics', async () => {
    expect(codes(await search('viet'))).toContain('VN');
    expect(codes(await search('phap'))).toContain('FR');
    expect(codes(await search('PHÁP'))).toContain('FR');
    expect(codes(await search('dai loan'))).toEqual(['TW']);
    expect(codes(await search('allemagne'))).toEqual(['DE']);
    // The package's own name still finds the country whose name was corrected.
    expect(codes(await search('lanh tho palestine'))).toEqual(['PS']);
    const asia = (await call(officer.cookie, 'GET', '/api/v1/countries?region=Asia&limit=200')).json();
    expect(asia.items.every((c: { region: string }) => c.region === 'Asia')).toBe(true);
  });

  it('carries the default relationship groups', async () => {
    const groups = (await call(officer.cookie, 'GET', '/api/v1/relationship-groups')).json().items as { id: string; key: string }[];
    const id = (key: string) => groups.find((g) => g.key === key)!.id;
    const inGroup = async (key: string) => codes((await call(officer.cookie, 'GET', `/api/v1/countries?groupId=${id(key)}&limit=200`)).json());
    expect(await inGroup('neighbour')).toEqual(expect.arrayContaining(['CN', 'LA', 'KH']));
    expect(await inGroup('traditional_friend')).toContain('CU');
    expect(await inGroup('comprehensive_strategic_partner')).toEqual(expect.arrayContaining(['KR', 'AU', 'FR']));
    expect(await inGroup('major_country')).toEqual(expect.arrayContaining(['US', 'RU', 'JP', 'IN']));
  });

  it('an override wins, can be cleared, and every change is audited', async () => {
    const groups = (await call(admin.cookie, 'GET', '/api/v1/relationship-groups')).json().items as { id: string; key: string }[];
    const other = groups.find((g) => g.key === 'other')!;
    const set = await call(admin.cookie, 'PATCH', '/api/v1/countries/NO', { overrideVi: 'Vương quốc Na Uy', relationshipGroupId: other.id });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ code: 'NO', nameVi: 'Vương quốc Na Uy', overrideVi: 'Vương quốc Na Uy', nameEn: 'Norway', relationshipGroupId: other.id, can: { update: true } });
    expect(codes(await search('vuong quoc na uy'))).toEqual(['NO']);

    const cleared = await call(admin.cookie, 'PATCH', '/api/v1/countries/no', { overrideVi: null, relationshipGroupId: null });
    expect(cleared.json()).toMatchObject({ nameVi: 'Na Uy', overrideVi: null, relationshipGroupId: null });
    // A blank override is no override.
    expect((await call(admin.cookie, 'PATCH', '/api/v1/countries/NO', { overrideEn: '  ' })).json().overrideEn).toBeNull();

    const audit = (await call(admin.cookie, 'GET', '/api/v1/audit?entity=country&entityId=NO')).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['update', 'update']);
    expect(audit.items[0].diff).toEqual({ before: { overrideVi: 'Vương quốc Na Uy', relationshipGroupId: other.id }, after: { overrideVi: null, relationshipGroupId: null } });
    expect(audit.items[0].userEmail).toBe(admin.user.email);

    const bad = await call(admin.cookie, 'PATCH', '/api/v1/countries/NO', { relationshipGroupId: crypto.randomUUID() });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.relationshipGroupId).toBeTruthy();
    expect((await call(admin.cookie, 'PATCH', '/api/v1/countries/NO', { nameVi: 'x' })).statusCode).toBe(422);
    expect((await call(admin.cookie, 'PATCH', '/api/v1/countries/QQ', { overrideVi: 'x' })).statusCode).toBe(404);
  });

  it('refuses writes from anyone but an administrator', async () => {
    const mgr = await signedIn(t.app, t.db, 'manager');
    for (const who of [officer, mgr]) {
      expect((await call(who.cookie, 'PATCH', '/api/v1/countries/FR', { overrideVi: 'x' })).statusCode).toBe(403);
    }
    expect((await call(officer.cookie, 'GET', '/api/v1/countries/FR')).json().nameVi).toBe('Pháp');
    expect((await t.app.inject({ url: '/api/v1/countries' })).statusCode).toBe(401);
  });
});
