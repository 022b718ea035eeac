import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { excludedCodes, type PackageCountry } from './reference-data.js';
import * as repo from './repo-reference.js';

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
  const before = await repo.referenceState(db, codes);
  if (before.fp === fingerprint && before.groups && before.fields) return { changed: false };

  await inTransaction(db, async (tx) => {
    await repo.lockReferenceData(tx);
    const now = await repo.referenceState(tx, codes); // another process may have done it while we waited
    if (now.fp !== fingerprint) await repo.upsertCountries(tx, rows);
    if (!now.groups) await repo.seedGroups(tx);
    if (!now.fields) await repo.seedFields(tx);
  });
  return { changed: true };
}
