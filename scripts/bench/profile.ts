/**
 * Where does the time of GET /api/v1/units/tree go? Builds the real app
 * in-process (server/src/app.ts, same config loading as main.ts, no logger),
 * wraps its pg Pool to count the queries each request sends, signs in, then
 * times, one call at a time (no concurrency):
 *   - the whole request through app.inject (no network), and GET /api/health;
 *   - the two repository calls the endpoint makes (findSession, unitTree);
 *   - the same SQL as unitTree sent bare with pool.query, as the baseline does.
 * Measurements are interleaved in rounds so that a change of machine load
 * affects them alike.
 *
 * Run with `node --import tsx`; env DATA_DIR or DATABASE_URL,
 * BENCH_EMAIL, BENCH_PASSWORD, PROFILE_REQUESTS (default 300).
 * Prints one JSON object on the last stdout line.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase } from '../../server/src/db/connect.js';
import { runMigrations } from '../../server/src/db/migrate.js';
import { buildApp } from '../../server/src/app.js';
import { findSession } from '../../server/src/modules/auth/repo.js';
import { unitTree } from '../../server/src/modules/units/repo.js';
import { UNIT_TREE_SQL } from './minimal-sql.js';

const N = Number(process.env.PROFILE_REQUESTS ?? 300);
const ROUNDS = 3;
const config = loadConfig();
const dbh = await openDatabase(config);
const migration = await runMigrations(dbh.pool);

let counting = false;
const texts = new Map<string, number>();
const original = dbh.pool.query.bind(dbh.pool) as (...a: unknown[]) => Promise<unknown>;
(dbh.pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
  if (counting) {
    const q = args[0] as string | { text: string };
    const text = (typeof q === 'string' ? q : q.text).replace(/\s+/g, ' ').trim().slice(0, 70);
    texts.set(text, (texts.get(text) ?? 0) + 1);
  }
  return original(...args);
};

const app = await buildApp({ config, dbh, db: dbh.db, migration }, { logger: false });
try {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: process.env.BENCH_EMAIL, password: process.env.BENCH_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login ${login.statusCode}: ${login.body}`);
  const setCookie = login.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)!.split(';')[0]!;
  const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));

  const cases: Record<string, () => Promise<unknown>> = {
    request: async () => {
      const r = await app.inject({ method: 'GET', url: '/api/v1/units/tree', headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`tree ${r.statusCode}`);
    },
    health: () => app.inject({ method: 'GET', url: '/api/health' }),
    findSession: async () => {
      if (!(await findSession(dbh.db, token, config.sessionIdleSeconds))) throw new Error('session not found');
    },
    unitTree: () => unitTree(dbh.db),
    bothRepoCalls: async () => {
      await findSession(dbh.db, token, config.sessionIdleSeconds);
      await unitTree(dbh.db);
    },
    bareTreeSql: () => dbh.pool.query(UNIT_TREE_SQL),
  };

  // Queries per request.
  for (let i = 0; i < 30; i++) await cases.request!();
  counting = true;
  for (let i = 0; i < 100; i++) await cases.request!();
  counting = false;
  const queries = [...texts].map(([text, n]) => ({ text, perRequest: n / 100 }));

  const ms: Record<string, number> = {};
  for (const f of Object.values(cases)) for (let i = 0; i < 20; i++) await f(); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, f] of Object.entries(cases)) {
      const t = performance.now();
      for (let i = 0; i < N / ROUNDS; i++) await f();
      ms[name] = (ms[name] ?? 0) + (performance.now() - t) / N;
    }
  }

  console.log(JSON.stringify({ calls: N, queriesPerRequest: queries.reduce((s, q) => s + q.perRequest, 0), queries, ms }));
} finally {
  await app.close();
  await dbh.close();
}
