import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { openTestDb } from '../../test/db.js';
import { ensureReferenceData, packageCountries } from './reference.js';
import { countries, cooperationFields, relationshipGroups } from './schema.js';
import { defaultAssignments, defaultFields, defaultGroups } from './reference-data.js';

let h: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  h = await openTestDb(); // already ran ensureReferenceData
});
afterAll(() => h.close());

const country = async (code: string) => (await h.db.select().from(countries).where(eq(countries.code, code)))[0]!;

describe('ensureReferenceData', () => {
  it('has every ISO 3166-1 country with names in three languages and a region', async () => {
    const rows = await h.db.select().from(countries);
    expect(rows.length).toBe(packageCountries().rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(248);
    expect(rows.every((r) => r.nameVi && r.nameEn && r.nameFr)).toBe(true);
    expect(rows.filter((r) => !r.region).map((r) => r.code)).toEqual([]);
    expect(await country('VN')).toMatchObject({ nameVi: 'Việt Nam', region: 'Asia', subregion: 'South-Eastern Asia' });
    expect(await country('FR')).toMatchObject({ nameVi: 'Pháp', nameEn: 'France', nameFr: 'France', region: 'Europe' });
  });

  it("ships Vietnam's official names as overrides and keeps the package's names beside them", async () => {
    const ps = await country('PS');
    expect(ps.nameVi).toBe('Lãnh thổ Palestine, bị chiếm đóng'); // the package's, kept for search
    expect(ps).toMatchObject({ overrideVi: 'Nhà nước Palestine', overrideEn: 'State of Palestine', overrideFr: 'État de Palestine' });
    expect(await country('TW')).toMatchObject({ overrideVi: 'Đài Loan (Trung Quốc)', overrideEn: 'Taiwan (China)', overrideFr: 'Taïwan (Chine)' });
    expect(await country('HK')).toMatchObject({ overrideVi: 'Hồng Kông (Trung Quốc)', overrideEn: 'Hong Kong (China)' });
    expect(await country('MO')).toMatchObject({ overrideVi: 'Ma Cao (Trung Quốc)', overrideFr: 'Macao (Chine)' });
    expect((await country('MY')).overrideVi).toBe('Malaysia');
  });

  it('seeds the groups and fields, and assigns the groups', async () => {
    const groups = await h.db.select().from(relationshipGroups);
    expect(groups.map((g) => g.key).sort()).toEqual(defaultGroups.map((g) => g.key).sort());
    expect((await h.db.select().from(cooperationFields)).map((f) => f.key).sort()).toEqual(defaultFields.map((f) => f.key).sort());
    const keyOf = new Map(groups.map((g) => [g.id, g.key]));
    for (const [key, codes] of Object.entries(defaultAssignments)) {
      for (const code of codes) expect(keyOf.get((await country(code)).relationshipGroupId!), code).toBe(key);
    }
  });

  it('is idempotent and changes nothing an administrator set', async () => {
    await h.db.update(countries).set({ overrideVi: 'Tên riêng', relationshipGroupId: null }).where(eq(countries.code, 'CU'));
    await h.db.update(countries).set({ overrideVi: null }).where(eq(countries.code, 'PS'));
    expect(await ensureReferenceData(h.db)).toEqual({ changed: false });
    // An outdated package name is refreshed; the overrides stay as they are.
    await h.db.update(countries).set({ nameVi: 'cũ', region: '' }).where(eq(countries.code, 'CU'));
    expect(await ensureReferenceData(h.db)).toEqual({ changed: true });
    expect(await country('CU')).toMatchObject({ nameVi: 'Cuba', region: 'Americas', overrideVi: 'Tên riêng', relationshipGroupId: null });
    expect((await country('PS')).overrideVi).toBeNull();
    expect(await ensureReferenceData(h.db)).toEqual({ changed: false });
  });

  it('runs safely when several processes start at once', async () => {
    await h.db.update(countries).set({ nameEn: 'stale' }).where(eq(countries.code, 'SE'));
    const results = await Promise.all([ensureReferenceData(h.db), ensureReferenceData(h.db), ensureReferenceData(h.db)]);
    expect(results.some((r) => r.changed)).toBe(true);
    expect((await country('SE')).nameEn).toBe('Sweden');
    const [n] = (await h.db.execute<{ n: number }>(sql`select count(*)::int as n from relationship_groups`)).rows;
    expect(n!.n).toBe(defaultGroups.length);
  });
});
