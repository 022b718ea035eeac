/**
 * Seeds a database that already holds the demo data with BENCH_PARTNERS
 * (default 100,000) realistic partners for the search benchmark, and writes
 * the import benchmark's CSV (BENCH_CSV, BENCH_CSV_ROWS rows) with country
 * names as the `countries` table spells them.
 *
 * Partners go in with batched `insert … select from unnest(…)`, contacts the
 * same way, then the folded search columns are filled for every row in one
 * UPDATE with the same expressions as refreshSearchText
 * (server/src/modules/partners/repo-search.ts). No VACUUM or ANALYZE by default:
 * the app never runs one, and PGlite has no autovacuum. BENCH_ANALYZE=1 runs
 * VACUUM ANALYZE on the tables written, as PostgreSQL's autovacuum soon would.
 *
 * Run with `node --import tsx`; env DATA_DIR or DATABASE_URL.
 * Prints one JSON object on the last stdout line.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase } from '../../server/src/db/connect.js';
import { runMigrations } from '../../server/src/db/migrate.js';
import { ensureReferenceData } from '../../server/src/modules/countries/reference.js';
// @ts-expect-error plain JavaScript module
import { COUNTRIES, importCsv, partnerRow, rng } from './data.mjs';

const N = Number(process.env.BENCH_PARTNERS ?? 100_000);
const CSV = process.env.BENCH_CSV;
const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 100_000);
const BATCH = 5000;

type Row = ReturnType<typeof partnerRow> & { contact?: { name: string; role: string; email: string; phone: string } };

const config = loadConfig();
const dbh = await openDatabase(config);
const { pool } = dbh;
const ms: Record<string, number> = {};
const timed = async <T>(name: string, f: () => Promise<T>) => {
  const t = performance.now();
  const r = await f();
  ms[name] = Math.round(performance.now() - t);
  return r;
};

try {
  await runMigrations(pool);
  await ensureReferenceData(dbh.db);
  const codes = new Map(
    (await pool.query<{ code: string; name_en: string; name_fr: string; name_vi: string }>('select code, name_en, name_fr, name_vi from countries')).rows.map((c) => [
      c.code,
      { en: c.name_en, fr: c.name_fr, vi: c.name_vi },
    ]),
  );
  const countries = (COUNTRIES as [string, string, unknown[]][]).filter(([code]) => codes.has(code));
  if (countries.length < 50) throw new Error(`only ${countries.length} of the bench's country codes exist in countries`);

  const units = (await pool.query<{ id: string; name_en: string }>('select id, name_en from units order by depth, name_en')).rows;
  if (units.length === 0) throw new Error('no units: load the demo data first');
  // Most partners belong to the central commission and VUFO, the rest to any demo unit.
  const main = units.filter((u) => /Central Commission|Friendship Organizations/.test(u.name_en));
  const [{ n: before }] = (await pool.query<{ n: number }>('select count(*)::int as n from partners')).rows as [{ n: number }];

  const r = rng(20261123);
  await timed('insert', async () => {
    for (let start = 0; start < N; start += BATCH) {
      const rows: (Row & { id: string; owner: string; at: string })[] = [];
      for (let i = start; i < Math.min(N, start + BATCH); i++) {
        const p = partnerRow(r, countries, i) as Row;
        const owner = (r.chance(0.7) && main.length ? r.pick(main) : r.pick(units)).id;
        const at = new Date(Date.UTC(2020, 0, 1) + Math.floor(r.next() * 6 * 365 * 86400_000)).toISOString();
        rows.push({ ...p, id: crypto.randomUUID(), owner, at });
      }
      const col = <K extends keyof (typeof rows)[0]>(k: K) => rows.map((x) => x[k]);
      await pool.query(
        `insert into partners (id, type, name, name_vi, name_en, name_fr, transliteration, country_code, city, languages, priority, status,
           description, website, tags, owner_unit_id, visibility, created_at, updated_at)
         select id, type::partner_type, name, name_vi, name_en, name_fr, tr, cc, city, string_to_array(langs, '|'), prio, status::partner_status,
           descr, web, coalesce(string_to_array(nullif(tags, ''), '|'), '{}'), owner, vis::visibility, at, at
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
           $11::int[], $12::text[], $13::text[], $14::text[], $15::text[], $16::uuid[], $17::text[], $18::timestamptz[])
           as t(id, type, name, name_vi, name_en, name_fr, tr, cc, city, langs, prio, status, descr, web, tags, owner, vis, at)`,
        [
          col('id'), col('type'), col('name'), col('nameVi'), col('nameEn'), col('nameFr'), col('transliteration'), col('countryCode'), col('city'),
          rows.map((x) => x.languages.join('|')), col('priority'), col('status'), col('description'), col('website'),
          rows.map((x) => x.tags.join('|')), col('owner'), col('visibility'), col('at'),
        ],
      );
      const withContact = rows.filter((x) => x.contact);
      await pool.query(
        `insert into partner_contacts (partner_id, name, role, email, phone, sort)
         select * , 0 from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
        [withContact.map((x) => x.id), ...(['name', 'role', 'email', 'phone'] as const).map((k) => withContact.map((x) => x.contact![k]))],
      );
    }
  });

  // refreshSearchText (server/src/modules/partners/repo-search.ts), for every partner at once.
  await timed('searchColumns', () =>
    pool.query(`
      update partners p set
        name_key = amity_fold(concat_ws(' ', p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration)),
        search_text = amity_fold(concat_ws(' ',
          p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration, array_to_string(p.aliases, ' '),
          p.city, array_to_string(p.tags, ' '),
          (select string_agg(c.name, ' ') from partner_contacts c where c.partner_id = p.id)))`),
  );
  if (process.env.BENCH_ANALYZE === '1') await timed('vacuumAnalyze', () => pool.query('vacuum analyze partners, partner_contacts'));

  const stats = (
    await pool.query<{ partners: number; contacts: number; countries: number; shared: number }>(`select
      (select count(*)::int from partners) as partners, (select count(*)::int from partner_contacts) as contacts,
      (select count(distinct country_code)::int from partners) as countries, (select count(*)::int from partners where visibility = 'shared') as shared`)
  ).rows[0]!;

  if (CSV) {
    await timed('csv', async () => {
      fs.writeFileSync(CSV, importCsv(CSV_ROWS, countries, codes));
    });
  }
  console.log(JSON.stringify({ seeded: N, before, ...stats, csvBytes: CSV ? fs.statSync(CSV).size : 0, ms }));
} finally {
  await dbh.close();
}
