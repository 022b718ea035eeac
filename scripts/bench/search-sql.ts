/**
 * The raw-SQL side of the partner search benchmark. Builds the real app
 * in-process (server/src/app.ts, no logger) on a Drizzle instance with a query
 * logger, signs in, and sends GET /api/v1/partners?q=…&limit=20 once per query
 * through app.inject to capture the exact SQL and parameters the app sends
 * (the set_config of withSearchSettings, the page SELECT, the count).
 * Then it replays that SQL with pool.query on a pooled client, one query
 * at a time, inside a transaction as withSearchSettings does
 * (begin; set_config; page; count; commit), and times each replay.
 * Replays go in whole rounds (every query once per round) until SEARCH_CALLS
 * replays (default 300) or SEARCH_SECONDS (default 15) have passed.
 * Then EXPLAIN ANALYZE of the page and the count of the SEARCH_EXPLAIN_TOP
 * (default 5) slowest queries, summarised; with BENCH_SEARCH_FIXES=1, the
 * candidate fixes below, measured the same way (SEARCH_FIX_ROUNDS rounds each).
 *
 * Run with `node --import tsx`; env DATA_DIR or DATABASE_URL, BENCH_EMAIL,
 * BENCH_PASSWORD, BENCH_SEARCH_QUERIES (a JSON array).
 * Prints one JSON object on the last stdout line.
 */
import { performance } from 'node:perf_hooks';
import { and, sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase } from '../../server/src/db/connect.js';
import { runMigrations } from '../../server/src/db/migrate.js';
import type { Database } from '../../server/src/db/types.js';
import { buildApp } from '../../server/src/app.js';
import { findSession } from '../../server/src/modules/auth/repo.js';
import { visibleWhere } from '../../server/src/core/tenancy.js';
import type { Scope } from '../../server/src/core/scope.js';
import { foldedTokens } from '../../server/src/core/search.js';
import { partners } from '../../server/src/modules/partners/schema.js';

const QUERIES: string[] = JSON.parse(process.env.BENCH_SEARCH_QUERIES ?? '[]');
const CALLS = Number(process.env.SEARCH_CALLS ?? 300);
const SECONDS = Number(process.env.SEARCH_SECONDS ?? 15);
const EXPLAIN_TOP = Number(process.env.SEARCH_EXPLAIN_TOP ?? 5);
const FIXES = process.env.BENCH_SEARCH_FIXES === '1';
const FIX_ROUNDS = Number(process.env.SEARCH_FIX_ROUNDS ?? 3);
const RANK_CAP = 1000;
if (QUERIES.length === 0) throw new Error('BENCH_SEARCH_QUERIES is empty');

interface Sent {
  text: string;
  params: unknown[];
}
let capture: Sent[] | undefined;
const config = loadConfig();
const dbh = await openDatabase(config);
const migration = await runMigrations(dbh.pool);
const db = drizzle(dbh.pool, {
  logger: { logQuery: (text: string, params: unknown[]) => void capture?.push({ text, params }) },
}) as unknown as Database;
const app = await buildApp({ config, dbh, db, migration }, { logger: false });

export interface Captured {
  q: string;
  total: number;
  returned: number;
  setConfig: Sent;
  page: Sent;
  count: Sent;
  /** Everything the app sent inside its transaction, in order. */
  sent: Sent[];
}

/**
 * begin; every statement the app sent for this search, in order (set_config, the word
 * dictionary look-ups, the count, the page); commit — on one pooled client, as the app's
 * transaction does. With explain, the count and the page are explained instead of run.
 */
async function replay(c: Captured, explain = false) {
  const client: pg.PoolClient = await dbh.pool.connect();
  try {
    await client.query('begin');
    let page: pg.QueryResult | undefined;
    let count: pg.QueryResult | undefined;
    for (const s of c.sent) {
      const isPage = s === c.page;
      const isCount = s === c.count;
      const r = await client.query((explain && (isPage || isCount) ? 'explain (analyze, format json) ' : '') + s.text, s.params);
      if (isPage) page = r;
      if (isCount) count = r;
    }
    await client.query('commit');
    return { page: page!, count: count! };
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Sort Method'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Actual Total Time'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Index Recheck'?: number;
  'Heap Blocks'?: unknown;
  'Recheck Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** "Limit › Sort (top-N heapsort) › Bitmap Heap Scan on partners rows=… 12.3 ms › Bitmap Index Scan partners_search_trgm_idx rows=…" */
function summarise(plan: { Plan: PlanNode; 'Execution Time': number }) {
  const parts: string[] = [];
  const indexes = new Set<string>();
  // The `<%` condition both rechecked and filtered: evaluated twice for the rows that pass the recheck.
  let fuzzyTwice = false;
  const walk = (n: PlanNode, depth: number) => {
    if (n['Index Name']) indexes.add(n['Index Name']);
    if (n['Recheck Cond']?.includes('<%') && n.Filter?.includes('<%')) fuzzyTwice = true;
    const bits = [n['Node Type']];
    if (n['Index Name']) bits.push(n['Index Name']);
    else if (n['Relation Name']) bits.push(`on ${n['Relation Name']}`);
    if (n['Sort Method']) bits.push(`(${n['Sort Method']})`);
    if (n['Actual Rows'] !== undefined) bits.push(`rows=${Math.round(n['Actual Rows'] * (n['Actual Loops'] ?? 1))}`);
    if (n['Rows Removed by Index Recheck']) bits.push(`recheck-removed=${n['Rows Removed by Index Recheck']}`);
    if (n['Rows Removed by Filter']) bits.push(`filter-removed=${n['Rows Removed by Filter']}`);
    if (n['Actual Total Time'] !== undefined) bits.push(`${n['Actual Total Time'].toFixed(1)}ms`);
    parts.push(`${'  '.repeat(depth)}${bits.join(' ')}`);
    for (const c of n.Plans ?? []) walk(c, depth + 1);
  };
  walk(plan.Plan, 0);
  return { ms: plan['Execution Time'], indexes: [...indexes], fuzzyTwice, tree: parts.join('\n') };
}

/**
 * Candidate fixes, measured on the same database with the same replay
 * (begin; set_config; count; page; commit). Each variant is the previous one
 * plus one change; none of them is in the app.
 *   substring  every word matched as a substring only (no `<%` evaluated per row); when
 *              nothing matches (a typo?), the words found nowhere as a substring are
 *              matched with `<%` instead, the others still as substrings
 *   nameScore  + rank by the names only: drop word_similarity(q, search_text)
 *   shortWords + words under 3 characters matched at a word start (the trigram index applies)
 *   rankCap    + above RANK_CAP matches (known from the count, which runs first), order by
 *              a cheap key (name prefix, then shortest name) instead of similarity per row
 *   typoWords  + a dictionary of the distinct words of search_text (a table built once,
 *              here bench_search_words) tells which words occur nowhere, and each such
 *              word is replaced by its 3 most similar dictionary words, matched as substrings
 *   countCap   + the count stops at RANK_CAP + 1 ("1,000+")
 */
async function measureFixes(captured: Captured[], cookie: string) {
  const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  const found = await findSession(db, token, config.sessionIdleSeconds);
  if (!found) throw new Error('fixes: session not found');
  const ancestors = found.unitPath.split('/').filter((id) => id && id !== found.user.unitId);
  const scope: Scope = {
    userId: found.user.id,
    unitId: found.user.unitId,
    role: found.user.role,
    subtreeUnitIds: found.subtree,
    relatedUnitIds: [...ancestors, ...found.subtree],
  };
  const dialect = new PgDialect();
  const render = (q: SQL): Sent => {
    const r = dialect.sqlToQuery(q);
    return { text: r.sql, params: r.params };
  };
  type Opts = { nameScore: boolean; shortWords: boolean; rankCap: boolean; typoWords: boolean; countCap: boolean };
  /** fuzzy: words to match with `<%` (null) or by a list of similar dictionary words. */
  const build = (q: string, o: Opts, cheapOrder: boolean, fuzzy = new Map<string, string[] | null>()) => {
    const st = partners.searchText;
    const conds = foldedTokens(q).map((tok) => {
      const f = sql`amity_fold(${tok})`;
      const alt = fuzzy.get(tok);
      if (alt === null) return sql`${f} <% ${st}`;
      if (alt) return sql`(${sql.join(alt.map((w) => sql`${st} like '%' || ${w} || '%'`), sql` or `)})`;
      return o.shortWords && [...tok].length < 3 ? sql`(${st} like ${f} || '%' or ${st} like '% ' || ${f} || '%')` : sql`${st} like '%' || ${f} || '%'`;
    });
    const where = and(visibleWhere(scope, partners, 'partner'), ...conds)!;
    const fq = sql`amity_fold(${q})`;
    const bonus = sql`case when ${partners.nameKey} like ${fq} || '%' then 1 else 0 end`;
    const score = o.nameScore
      ? sql`(word_similarity(${fq}, ${partners.nameKey}) * 2 + ${bonus})::float8`
      : sql`(word_similarity(${fq}, ${partners.nameKey}) * 2 + word_similarity(${fq}, ${st}) + ${bonus})::float8`;
    const order = cheapOrder ? sql`${bonus} desc, length(${partners.nameKey}), ${partners.nameKey}, ${partners.id}` : sql`${score} desc, ${partners.nameKey}, ${partners.id}`;
    return {
      page: render(sql`select ${partners}.*, ${cheapOrder ? sql`${bonus}::float8` : score} as score from ${partners} where ${where} order by ${order} limit 20`),
      count: render(
        o.countCap
          ? sql`select count(*)::int as n from (select 1 from ${partners} where ${where} limit ${RANK_CAP + 1}) t`
          : sql`select count(*)::int as n from ${partners} where ${where}`,
      ),
    };
  };
  const variants: Record<string, Opts> = {
    substring: { nameScore: false, shortWords: false, rankCap: false, typoWords: false, countCap: false },
    nameScore: { nameScore: true, shortWords: false, rankCap: false, typoWords: false, countCap: false },
    shortWords: { nameScore: true, shortWords: true, rankCap: false, typoWords: false, countCap: false },
    rankCap: { nameScore: true, shortWords: true, rankCap: true, typoWords: false, countCap: false },
    typoWords: { nameScore: true, shortWords: true, rankCap: true, typoWords: true, countCap: false },
    countCap: { nameScore: true, shortWords: true, rankCap: true, typoWords: true, countCap: true },
  };

  // The dictionary of typoWords: every distinct word of search_text.
  const t0 = performance.now();
  await dbh.pool.query('drop table if exists bench_search_words');
  await dbh.pool.query(`create table bench_search_words as
    select distinct w as word from partners, regexp_split_to_table(search_text, '\\s+') w where length(w) >= 3`);
  const words = (await dbh.pool.query<{ n: number }>('select count(*)::int as n from bench_search_words')).rows[0]!.n;
  const dictionaryMs = performance.now() - t0;

  /** One search the way the fixed app would run it; answers the total it found. */
  const run = async (c: Captured, o: Opts) => {
    const client: pg.PoolClient = await dbh.pool.connect();
    let total: number;
    try {
      await client.query('begin');
      await client.query(c.setConfig.text, c.setConfig.params);
      let plain = build(c.q, o, false);
      total = (await client.query<{ n: number }>(plain.count.text, plain.count.params)).rows[0]!.n;
      const fuzzy = new Map<string, string[] | null>();
      if (total === 0) {
        // Nothing contains every word: maybe a typo. Words of 3+ characters found nowhere become fuzzy.
        for (const tok of foldedTokens(c.q)) {
          if ([...tok].length < 3) continue;
          // With the dictionary, "found nowhere" is a look-up in it: on partners an EXISTS that finds nothing reads the whole table.
          const r = await client.query(
            o.typoWords
              ? `select exists (select 1 from bench_search_words where word like '%' || amity_fold($1) || '%') as x`
              : `select exists (select 1 from partners where search_text like '%' || amity_fold($1) || '%') as x`,
            [tok],
          );
          if ((r.rows[0] as { x: boolean }).x) continue;
          if (!o.typoWords) fuzzy.set(tok, null);
          else {
            const similar = await client.query<{ word: string }>(
              `select word from bench_search_words where similarity(word, amity_fold($1)) >= 0.4 order by similarity(word, amity_fold($1)) desc, word limit 3`,
              [tok],
            );
            if (similar.rows.length) fuzzy.set(tok, similar.rows.map((x) => x.word));
          }
        }
        if (fuzzy.size) {
          plain = build(c.q, o, false, fuzzy);
          total = (await client.query<{ n: number }>(plain.count.text, plain.count.params)).rows[0]!.n;
        }
      }
      if (total > 0) {
        const page = o.rankCap && total > RANK_CAP ? build(c.q, o, true, fuzzy).page : plain.page;
        await client.query(page.text, page.params);
      }
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
    return total;
  };
  const out: Record<string, { p50: number; p95: number; p99: number; calls: number; totals: Record<string, number>; median: Record<string, number> }> = {};
  try {
    for (const [name, o] of Object.entries(variants)) {
      const totals: Record<string, number> = {};
      for (const c of captured) totals[c.q] = await run(c, o); // warm-up, and what it finds
      const times: number[] = [];
      const per = new Map<string, number[]>(captured.map((c) => [c.q, []]));
      for (let round = 0; round < FIX_ROUNDS; round++) {
        for (const c of captured) {
          const t = performance.now();
          await run(c, o);
          const ms = performance.now() - t;
          times.push(ms);
          per.get(c.q)!.push(ms);
        }
      }
      out[name] = {
        p50: pct(times, 50),
        p95: pct(times, 95),
        p99: pct(times, 99),
        calls: times.length,
        totals,
        median: Object.fromEntries([...per].map(([q, xs]) => [q, pct(xs, 50)])),
      };
    }
  } finally {
    await dbh.pool.query('drop table if exists bench_search_words');
  }
  return { rankCap: RANK_CAP, dictionary: { words, ms: dictionaryMs }, variants: out };
}

try {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: process.env.BENCH_EMAIL, password: process.env.BENCH_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login ${login.statusCode}: ${login.body}`);
  const setCookie = login.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;

  // Capture the SQL of each search request.
  const captured: Captured[] = [];
  for (const q of QUERIES) {
    capture = [];
    const r = await app.inject({ method: 'GET', url: `/api/v1/partners?q=${encodeURIComponent(q)}&limit=20`, headers: { cookie } });
    const sent = capture;
    capture = undefined;
    if (r.statusCode !== 200) throw new Error(`search ${q}: ${r.statusCode} ${r.body.slice(0, 300)}`);
    const body = r.json() as { items: unknown[]; total: number };
    const setConfig = sent.find((s) => s.text.includes('set_config'));
    const onPartners = sent.filter((s) => /from "partners"/.test(s.text));
    const page = onPartners.find((s) => /order by/i.test(s.text));
    const count = onPartners.find((s) => /count\(\*\)/i.test(s.text));
    if (!setConfig || !page || !count) throw new Error(`search ${q}: could not find the app's SQL among ${sent.length} queries:\n${sent.map((s) => s.text.slice(0, 100)).join('\n')}`);
    const inTx = sent.slice(sent.indexOf(setConfig)).filter((s) => !/^\s*(begin|commit|rollback)\b/i.test(s.text));
    captured.push({ q, total: body.total, returned: body.items.length, setConfig, page, count, sent: inTx });
  }

  // The replay must answer what the app answered.
  for (const c of captured) {
    const { page, count } = await replay(c);
    // The app counts up to 1,001 matches in the page query itself or in a separate count.
    const row = count.rows[0] as Record<string, unknown> | undefined;
    // (The total is the last column of the page query, the only one of a separate count.)
    const n = row ? Math.min(Number(Object.values(row).at(-1)), c.total) : 0;
    if (page.rows.length !== c.returned || n !== c.total) throw new Error(`replay of ${c.q}: ${page.rows.length}/${n} rows, the app ${c.returned}/${c.total}`);
  }

  // Timed replays: every query in turn, whole rounds, until CALLS replays or SECONDS have passed.
  const byQuery = new Map<string, number[]>(captured.map((c) => [c.q, []]));
  const all: number[] = [];
  const started = performance.now();
  while (all.length < CALLS && (all.length === 0 || performance.now() - started < SECONDS * 1000)) {
    for (const c of captured) {
      const t = performance.now();
      await replay(c);
      const ms = performance.now() - t;
      all.push(ms);
      byQuery.get(c.q)!.push(ms);
    }
  }
  const seconds = (performance.now() - started) / 1000;

  // EXPLAIN ANALYZE of the page and the count of the slowest queries.
  const plans: Record<string, { page: ReturnType<typeof summarise>; count: ReturnType<typeof summarise> }> = {};
  const slowest = [...captured].sort((a, b) => pct(byQuery.get(b.q)!, 50) - pct(byQuery.get(a.q)!, 50)).slice(0, EXPLAIN_TOP);
  for (const c of slowest) {
    const { page, count } = await replay(c, true);
    const json = (r: pg.QueryResult) => (r.rows[0] as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] })['QUERY PLAN'][0];
    plans[c.q] = { page: summarise(json(page)), count: summarise(json(count)) };
  }

  const fixes = FIXES ? await measureFixes(captured, cookie) : undefined;

  const sample = captured.find((c) => c.q.split(/\s+/).length >= 2) ?? captured[0]!;
  console.log(
    JSON.stringify({
      calls: all.length,
      seconds,
      raw: { p50: pct(all, 50), p95: pct(all, 95), p99: pct(all, 99), mean: all.reduce((a, b) => a + b, 0) / all.length },
      queries: captured.map((c) => ({ q: c.q, total: c.total, returned: c.returned, rawMedian: pct(byQuery.get(c.q)!, 50), plan: plans[c.q] })),
      fixes,
      sql: { q: sample.q, setConfig: sample.setConfig, page: sample.page, count: sample.count },
    }),
  );
} finally {
  await app.close();
  await dbh.close();
}
