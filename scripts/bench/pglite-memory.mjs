/**
 * How much memory does the PGlite child need, and what would lower it? Opens
 * a PGlite data directory (a copy: PGLITE_CONF may rewrite its
 * postgresql.conf) the way server/src/db/pglite-child.mjs does, with extra
 * PGlite options from PGLITE_CONF (JSON), runs a workload like an import's
 * (reads every partner, a trigram search, 100,000 JSON rows written and read
 * back in a transaction that is rolled back), and reports this process's RSS
 * at each step and its peak (VmHWM).
 *
 * Plain JavaScript, so it can run with or without the tsx loader the app's
 * child is started with (`node [--import tsx] scripts/bench/pglite-memory.mjs`).
 * Env: PGLITE_DIR, PGLITE_CONF. Prints one JSON object on the last stdout line.
 */
import fs from 'node:fs';

const mb = (kb) => Math.round(kb / 1024);
const status = () => {
  const s = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0);
  return { rss: mb(kb('VmRSS')), hwm: mb(kb('VmHWM')) };
};

const dir = process.env.PGLITE_DIR;
if (!dir) throw new Error('set PGLITE_DIR');
const conf = JSON.parse(process.env.PGLITE_CONF ?? '{}');
const steps = { start: status().rss };
const { PGlite } = await import('@electric-sql/pglite');
const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
steps.loaded = status().rss;
const db = await PGlite.create(dir, { extensions: { pg_trgm, unaccent }, ...conf });
steps.opened = status().rss;
const sharedBuffers = (await db.query("select current_setting('shared_buffers') as v")).rows[0].v;
await db.query('select count(*), sum(length(search_text)) from partners');
await db.query("select count(*) from partners where search_text like '%van%' and search_text like '%hoa%'");
steps.read = status().rss;
await db.transaction(async (tx) => {
  await tx.query('create temp table bench_rows (n int, data jsonb)');
  await tx.query(`insert into bench_rows select g, jsonb_build_object('name', 'Partner ' || g, 'city', 'City ' || (g % 500), 'tags', jsonb_build_array('a', 'b'))
    from generate_series(1, 100000) g`);
  await tx.query(`select data->>'city', count(*) from bench_rows group by 1 order by 2 desc limit 5`);
  await tx.rollback();
});
steps.written = status().rss;
await db.close();
console.log(JSON.stringify({ sharedBuffers, steps, peak: status().hwm, tsx: process.execArgv.join(' ').includes('tsx') }));
process.exit(0);
