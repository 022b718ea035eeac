import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { countries, cooperationFields, relationshipGroups } from './schema.js';
import { defaultAssignments, defaultFields, defaultGroups, defaultOverrides, excludedCodes } from './reference-data.js';

// Reference data is shipped with the code, like a migration: it is written by
// the system at start (not audited) and only where it is missing or outdated.

const require = createRequire(import.meta.url);

interface IsoCountries {
  registerLocale(locale: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string): string | undefined;
}
interface WorldCountry {
  cca2: string;
  region: string;
  subregion: string;
}

export interface PackageCountry {
  code: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
  region: string;
  subregion: string;
}

let cached: { rows: PackageCountry[]; fingerprint: string } | undefined;

/** One line per country, the same in JS and in SQL, so one md5 tells whether the table is current. */
const line = (c: PackageCountry) => [c.code, c.nameVi, c.nameEn, c.nameFr, c.region, c.subregion].join('\u001f');

/** Every ISO 3166-1 country and territory with the packages' names and regions (loaded once, on demand). */
export function packageCountries(): { rows: PackageCountry[]; fingerprint: string } {
  if (cached) return cached;
  // The library's core without its ~80 bundled locales: only vi, en and fr are needed.
  const iso = require('i18n-iso-countries/index.js') as IsoCountries;
  for (const lang of ['vi', 'en', 'fr']) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const regions = new Map((require('world-countries/countries.json') as WorldCountry[]).map((c) => [c.cca2, c]));
  const rows = Object.keys(iso.getAlpha2Codes())
    .filter((code) => !excludedCodes.has(code))
    .sort()
    .map((code) => {
      const en = iso.getName(code, 'en') ?? code;
      return {
        code,
        nameVi: iso.getName(code, 'vi') ?? en,
        nameEn: en,
        nameFr: iso.getName(code, 'fr') ?? en,
        region: regions.get(code)?.region ?? '',
        subregion: regions.get(code)?.subregion ?? '',
      };
    });
  const fingerprint = createHash('md5').update(rows.map(line).join('\n')).digest('hex');
  cached = { rows, fingerprint };
  return cached;
}

/**
 * Makes sure the countries, relationship groups and cooperation fields exist.
 * Idempotent; when everything is in place it costs one query. Safe when several
 * processes start at once against one PostgreSQL (an advisory lock serialises them).
 */
export async function ensureReferenceData(db: Database): Promise<{ changed: boolean }> {
  const { rows, fingerprint } = packageCountries();
  const codes = rows.map((r) => r.code);
  const state = async (d: Database) => {
    const res = await d.execute<{ fp: string | null; groups: boolean; fields: boolean }>(sql`
      select
        (select md5(string_agg(code || chr(31) || name_vi || chr(31) || name_en || chr(31) || name_fr || chr(31) || region || chr(31) || subregion, chr(10) order by code collate "C"))
           from countries where code = any(${sql.param(codes)}::text[])) as fp,
        exists (select 1 from relationship_groups) as groups,
        exists (select 1 from cooperation_fields) as fields`);
    return res.rows[0]!;
  };
  const before = await state(db);
  if (before.fp === fingerprint && before.groups && before.fields) return { changed: false };

  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(724107)`);
    const now = await state(tx); // another process may have done it while we waited
    if (now.fp !== fingerprint) await upsertCountries(tx, rows);
    if (!now.groups) await seedGroups(tx);
    if (!now.fields) {
      await tx.insert(cooperationFields).values(defaultFields.map((f, i) => ({ ...f, sort: (i + 1) * 10 }))).onConflictDoNothing();
    }
  });
  return { changed: true };
}

/** Package names and regions are refreshed; the override columns are only written when a row is created. */
async function upsertCountries(tx: Database, rows: PackageCountry[]) {
  const values = rows.map((r) => {
    const o = defaultOverrides[r.code] ?? {};
    return { ...r, overrideVi: o.vi ?? null, overrideEn: o.en ?? null, overrideFr: o.fr ?? null };
  });
  await tx
    .insert(countries)
    .values(values)
    .onConflictDoUpdate({
      target: countries.code,
      set: {
        nameVi: sql`excluded.name_vi`,
        nameEn: sql`excluded.name_en`,
        nameFr: sql`excluded.name_fr`,
        region: sql`excluded.region`,
        subregion: sql`excluded.subregion`,
        updatedAt: sql`now()`,
      },
      setWhere: sql`(countries.name_vi, countries.name_en, countries.name_fr, countries.region, countries.subregion)
        is distinct from (excluded.name_vi, excluded.name_en, excluded.name_fr, excluded.region, excluded.subregion)`,
    });
}

/** The groups, and the countries' groups, but never over an assignment an administrator made. */
async function seedGroups(tx: Database) {
  const groups = await tx
    .insert(relationshipGroups)
    .values(defaultGroups.map((g, i) => ({ ...g, sort: (i + 1) * 10 })))
    .onConflictDoNothing()
    .returning();
  for (const g of groups) {
    const members = defaultAssignments[g.key];
    if (!members?.length) continue;
    await tx
      .update(countries)
      .set({ relationshipGroupId: g.id, updatedAt: new Date() })
      .where(and(inArray(countries.code, members), isNull(countries.relationshipGroupId)));
  }
}
