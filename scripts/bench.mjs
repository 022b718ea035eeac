#!/usr/bin/env node
/**
 * npm run bench — three benchmarks of the real app, on embedded PGlite and on
 * the local PostgreSQL; writes BENCHMARKS.md and prints the tables.
 *
 * tree    throughput and latency of an authenticated read endpoint
 *         (GET /api/v1/units/tree) beside a minimal Fastify + driver server
 *         running the same SELECT (target: app ≥ 0.6× the minimal server).
 * search  GET /api/v1/partners?q=…&limit=20 at 100,000 partners, one request
 *         at a time over a fixed list of queries, beside the same SQL sent
 *         bare with pool.query (target: p95 ≤ 50 ms on PGlite);
 *         EXPLAIN ANALYZE of the slowest queries.
 * contention  another user's GET /api/v1/partners?limit=20 while a 20,000-row import
 *         commits, beside the same reads on the idle server (scripts/bench/contention.mjs;
 *         target: p95 ≤ 5× idle and < 1 s). Its section of BENCHMARKS.md is replaced in
 *         place: BENCH_ONLY=contention keeps the other sections.
 * import  a 100,000-row CSV through the real import API: upload, mapping,
 *         validate, commit; wall time per phase and peak memory of the server's
 *         processes (targets: ≤ 60 s and ≤ 500 MB). When a target is missed,
 *         scripts/bench/import-diagnose.ts explains the plans and measures the fix.
 *
 * Search and import share one database per engine: the demo data, then
 * BENCH_PARTNERS generated partners (scripts/bench/seed.ts, data.mjs).
 *
 * Env (all optional):
 *   BENCH_ONLY          comma list of parts to run: tree,search,import,contention (default all)
 *   BENCH_SKIP          comma list of databases to skip: pglite,postgres
 *   BENCH_DURATION      tree: seconds per measured run (default 10)
 *   BENCH_CONNECTIONS   tree: autocannon connections (default 10)
 *   BENCH_WARMUP        tree: seconds of warm-up before each run (default 2)
 *   BENCH_PROFILE=0     tree: skip the in-process queries-per-request profile
 *   BENCH_PARTNERS      partners generated for search and import (default 100000)
 *   BENCH_SEARCH_REQUESTS  search: at most this many measured requests per side (default 300)
 *   BENCH_SEARCH_SECONDS   search: and no more rounds after this many seconds per side (default 10)
 *   BENCH_IMPORT_ROWS   import: rows in the CSV (default 100000)
 *   BENCH_IMPORT_TIMEOUT   import: seconds before giving up on an import (default 65)
 *   BENCH_CONTENTION_ROWS  contention: rows of the import committed while another user reads (default 20000)
 *   BENCH_DIAGNOSE=1    also measure the candidate search fixes; for an import that did not
 *                       finish, its plans and the fix (scripts/bench/import-diagnose.ts); when
 *                       PGlite's memory is over target, its child process with lower settings
 *                       (scripts/bench/pglite-memory.mjs). About 4 more minutes.
 *   BENCH_PG_URL        maintenance URL of the local PostgreSQL
 *                       (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_JSON          also write every measurement to this file (JSON)
 *   BENCH_WATCHDOG      seconds before giving up on the whole run (default 900; 1800 with BENCH_DIAGNOSE=1)
 *
 * Exits 0 when every run completed, whether or not the targets were met;
 * exits 1 when a run could not be completed (nothing is written then).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { SEARCH_QUERIES } from './bench/data.mjs';
import { groupPids, runImport, sampleMemory } from './bench/import.mjs';
import { contentionSection, runContention, spliceSection } from './bench/contention.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const PARTS = ['tree', 'search', 'import', 'contention'];
const ONLY = new Set((process.env.BENCH_ONLY ?? PARTS.join(',')).split(',').map((s) => s.trim()).filter(Boolean));
for (const p of ONLY) if (!PARTS.includes(p)) throw new Error(`BENCH_ONLY: unknown part ${p} (${PARTS.join(', ')})`);
const PROFILE = process.env.BENCH_PROFILE !== '0';
const PARTNERS = Number(process.env.BENCH_PARTNERS ?? 100_000);
const SEARCH_REQUESTS = Number(process.env.BENCH_SEARCH_REQUESTS ?? 300);
const SEARCH_SECONDS = Number(process.env.BENCH_SEARCH_SECONDS ?? 10);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const IMPORT_TIMEOUT = Number(process.env.BENCH_IMPORT_TIMEOUT ?? 65);
const CONTENTION_ROWS = Number(process.env.BENCH_CONTENTION_ROWS ?? 20_000);
const READER_EMAIL = 'officer.hanoi@demo.amity';
const DIAGNOSE = process.env.BENCH_DIAGNOSE; // '1': the candidate search fixes, the import's plans and fix, PGlite's memory
const TARGET = 0.6;
const SEARCH_TARGET_MS = 50;
const IMPORT_TARGET_S = 60;
const IMPORT_TARGET_MB = 500;
const PASSWORD = 'bench-password-1';
const EMAIL = 'admin@demo.amity';
const HOST = '127.0.0.1';
const WATCHDOG_MS = Number(process.env.BENCH_WATCHDOG ?? (DIAGNOSE === '1' ? 1800 : 900)) * 1000; // hard stop, whatever happens
const APP_LOG_LEVEL = process.env.LOG_LEVEL ?? 'info (app default)';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-bench-'));
const childTmp = path.join(tmp, 't');
fs.mkdirSync(childTmp);
const children = new Set();
const databases = new Set();
const log = (...a) => console.log('[bench]', ...a);
// The app as `npm start` runs it: compiled (server/dist), built once here.
const APP_MAIN = 'server/dist/main.js';
{
  const { spawnSync } = await import('node:child_process');
  log('building the server (npm run build -w server)');
  if (spawnSync('npm', ['run', 'build', '-w', 'server', '--silent'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) throw new Error('server build failed');
}
const loads = []; // 1-minute load average before and after each measured run

// ---------------------------------------------------------------- processes

/**
 * Environment for children: never inherit a database choice from the caller.
 * TMPDIR inside the bench's temp dir: a PGlite child killed mid-statement
 * leaves its socket directory behind, and cleanup removes it with the rest.
 */
function childEnv(extra) {
  const env = { ...process.env, TMPDIR: childTmp, ...extra };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST']) if (!(k in extra)) delete env[k];
  return env;
}

/** Runs a command to completion (bounded by timeoutMs); resolves with its output. onSpawn(child) is called once it started. */
function run(cmd, args, env, timeoutMs, onSpawn) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: childEnv(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    onSpawn?.(child);
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      killGroup(child, 'SIGKILL'); // anything it left behind
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? code}):\n${out.slice(-2000)}`));
    });
  });
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

/** Stops a server: SIGTERM to its main process, then SIGKILL to its whole group. */
async function stop(child) {
  if (!children.has(child)) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    try {
      child.kill('SIGTERM');
    } catch {
      /* gone */
    }
    await Promise.race([exited, sleep(10_000)]);
  }
  killGroup(child, 'SIGKILL');
  children.delete(child);
  // Wait until the whole group is gone: a PGlite child still exiting keeps its data directory locked.
  for (let i = 0; i < 100 && groupPids(child.pid).length > 0; i++) await sleep(100);
}

/** CPU seconds used so far by every live process in the child's process group (Linux /proc), or undefined. */
const CLK_TCK = 100;
function groupCpuSeconds(child) {
  try {
    let ticks = 0;
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // after "pid (comm) ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime
      if (Number(f[2]) === child.pid) ticks += Number(f[11]) + Number(f[12]);
    }
    return ticks / CLK_TCK;
  } catch {
    return undefined;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts a long-running server in its own process group and waits until healthUrl answers 200. */
async function startServer(name, script, env, healthPath) {
  const port = await freePort();
  const logFile = path.join(tmp, `${name}.log`);
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(process.execPath, script.endsWith('.ts') ? ['--import', 'tsx', script] : [script], {
    cwd: ROOT,
    // No daily job in a measured server: it would run reminders over the demo data mid-measurement.
    env: childEnv({ JOBS_DISABLED: '1', ...env, PORT: String(port), HOST }),
    detached: true,
    stdio: ['ignore', fd, fd],
  });
  fs.closeSync(fd);
  children.add(child);
  const base = `http://${HOST}:${port}`;
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const r = await fetch(base + healthPath, { signal: AbortSignal.timeout(2000) });
      if (r.status === 200) return { child, base, logFile };
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  await stop(child);
  throw new Error(`${name} did not become healthy within 60 s:\n${fs.readFileSync(logFile, 'utf8').slice(-2000)}`);
}

// ------------------------------------------------------------------ cleanup

let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    await Promise.all([...children].map((c) => stop(c)));
    if (databases.size) {
      const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
      try {
        await client.connect();
        for (const db of databases) await client.query(`drop database if exists "${db}" with (force)`);
        databases.clear();
      } catch (e) {
        console.error(`[bench] could not drop ${[...databases].join(', ')}: ${e.message}`);
      } finally {
        await client.end().catch(() => {});
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}

const bail = async (code, why) => {
  if (why) console.error(`[bench] ${why}`);
  await Promise.race([cleanup(), sleep(20_000)]);
  process.exit(code);
};
process.on('SIGINT', () => void bail(130, 'interrupted'));
process.on('SIGTERM', () => void bail(143, 'terminated'));
setTimeout(() => void bail(1, `watchdog: still running after ${WATCHDOG_MS / 1000} s, giving up`), WATCHDOG_MS).unref();

// -------------------------------------------------------------- measurement

async function signIn(base, email = EMAIL) {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: PASSWORD }),
    signal: AbortSignal.timeout(30_000),
  });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${await r.text()}`);
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('amity_session='));
  if (!cookie) throw new Error('login answered 200 without an amity_session cookie');
  return cookie.split(';')[0];
}

/** One GET, checked: returns the number of units in the answer. */
async function probe(url, headers, pick) {
  const r = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  if (r.status !== 200) throw new Error(`GET ${url} → ${r.status} ${(await r.text()).slice(0, 300)}`);
  return pick(await r.json()).length;
}

function cannon(url, headers, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration, timeout: 10 }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

async function measure(url, headers, child) {
  if (WARMUP > 0) await cannon(url, headers, WARMUP);
  const cpu0 = groupCpuSeconds(child);
  const load0 = os.loadavg()[0];
  const r = await cannon(url, headers, DURATION);
  const cpu1 = groupCpuSeconds(child);
  loads.push(load0, os.loadavg()[0]);
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts out of ${r.requests.total}`);
  if (r.requests.total === 0) throw new Error(`${url}: no request completed`);
  const cpuMsPerRequest = cpu0 === undefined || cpu1 === undefined ? undefined : ((cpu1 - cpu0) * 1000) / r.requests.total;
  return { rps: r.requests.average, total: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, cpuMsPerRequest };
}

// ---------------------------------------------------------------- databases

/** Loads the demo data set (migrations included) into the given database. */
async function loadDemo(dbEnv) {
  const t = Date.now();
  await run('npm', ['run', 'demo'], { ...dbEnv, AMITY_DEMO_PASSWORD: PASSWORD }, 120_000);
  log(`  demo data loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

async function profile(dbEnv) {
  if (!PROFILE) return undefined;
  const out = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/profile.ts'],
    { ...dbEnv, BENCH_EMAIL: EMAIL, BENCH_PASSWORD: PASSWORD, LOG_LEVEL: 'silent' },
    60_000,
  );
  return JSON.parse(out.trim().split('\n').at(-1));
}

/** App then baseline, one after the other, same duration and connections. */
async function benchPair(label, appEnv, minimalEnv, afterApp) {
  log(`${label}: starting the app`);
  const app = await startServer(`app-${label}`, APP_MAIN, appEnv, '/api/health');
  let appResult, appUnits;
  try {
    const cookie = await signIn(app.base);
    const headers = { cookie };
    appUnits = await probe(`${app.base}/api/v1/units/tree`, headers, (j) => j.items);
    log(`${label}: app answers ${appUnits} units; ${WARMUP} s warm-up + ${DURATION} s × ${CONNECTIONS} connections`);
    appResult = await measure(`${app.base}/api/v1/units/tree`, headers, app.child);
  } finally {
    await stop(app.child);
  }
  const prof = afterApp ? await afterApp() : undefined;

  log(`${label}: starting the minimal baseline`);
  const min = await startServer(`minimal-${label}`, 'scripts/bench/minimal.ts', minimalEnv, '/health');
  let minResult;
  try {
    const minUnits = await probe(`${min.base}/tree`, {}, (j) => j);
    if (minUnits !== appUnits) throw new Error(`baseline returned ${minUnits} rows, the app ${appUnits}`);
    log(`${label}: baseline answers ${minUnits} rows; same run`);
    minResult = await measure(`${min.base}/tree`, {}, min.child);
  } finally {
    await stop(min.child);
  }
  return { database: label, app: appResult, minimal: minResult, units: appUnits, profile: prof };
}

/** Runs a TypeScript script of scripts/bench to completion; answers the JSON object on its last stdout line. */
async function benchScript(script, env, timeoutMs, onSpawn) {
  const out = await run(process.execPath, ['--import', 'tsx', `scripts/bench/${script}`], { LOG_LEVEL: 'silent', ...env }, timeoutMs, onSpawn);
  return JSON.parse(out.trim().split('\n').at(-1));
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

/** 100,000 partners (and the import's CSV) on top of the demo data. */
async function seed(label, dbEnv, csvPath, vacuumAnalyze, csvRows = IMPORT_ROWS, partners = PARTNERS) {
  log(`${label}: generating ${partners.toLocaleString('en-US')} partners${csvPath ? ` and a ${csvRows.toLocaleString('en-US')}-row CSV` : ''}`);
  const r = await benchScript(
    'seed.ts',
    { ...dbEnv, BENCH_PARTNERS: String(partners), BENCH_CSV_ROWS: String(csvRows), BENCH_ANALYZE: vacuumAnalyze ? '1' : '0', ...(csvPath ? { BENCH_CSV: csvPath } : {}) },
    300_000,
  );
  log(`${label}: ${r.partners.toLocaleString('en-US')} partners, ${r.contacts.toLocaleString('en-US')} contacts in ${r.countries} countries (insert ${(r.ms.insert / 1000).toFixed(1)} s, search columns ${(r.ms.searchColumns / 1000).toFixed(1)} s)`);
  return r;
}

/**
 * Search: the raw SQL first (scripts/bench/search-sql.ts, which also captures
 * the app's SQL and explains the slowest queries), then the real server over
 * HTTP, one request at a time, the queries in turn, whole rounds.
 */
async function benchSearch(label, dbEnv) {
  const queries = SEARCH_QUERIES;
  log(`${label}: search, raw SQL (${queries.length} queries, ≤ ${SEARCH_REQUESTS} replays or ${SEARCH_SECONDS} s)${DIAGNOSE === '1' ? ', then the candidate fixes' : ''}`);
  const raw = await benchScript(
    'search-sql.ts',
    {
      ...dbEnv,
      BENCH_EMAIL: EMAIL,
      BENCH_PASSWORD: PASSWORD,
      BENCH_SEARCH_QUERIES: JSON.stringify(queries),
      SEARCH_CALLS: String(SEARCH_REQUESTS),
      SEARCH_SECONDS: String(SEARCH_SECONDS),
      BENCH_SEARCH_FIXES: DIAGNOSE === '1' ? '1' : '0',
    },
    DIAGNOSE === '1' ? 900_000 : 300_000,
  );
  log(`${label}: raw SQL p50 ${fMs(raw.raw.p50)} ms, p95 ${fMs(raw.raw.p95)} ms over ${raw.calls} replays`);
  const totals = new Map(raw.queries.map((q) => [q.q, q.total]));
  loads.push(os.loadavg()[0]);

  const app = await startServer(`search-${label}`, APP_MAIN, dbEnv, '/api/health');
  try {
    const cookie = await signIn(app.base);
    const one = async (q) => {
      const t = performance.now();
      const r = await fetch(`${app.base}/api/v1/partners?q=${encodeURIComponent(q)}&limit=20`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
      const body = await r.text();
      const ms = performance.now() - t;
      if (r.status !== 200) throw new Error(`search ${q} → ${r.status} ${body.slice(0, 300)}`);
      return { ms, total: JSON.parse(body).total };
    };
    // Warm-up round, and the app must find what the raw SQL found.
    for (const q of queries) {
      const { total } = await one(q);
      if (total !== totals.get(q)) throw new Error(`search ${q}: the app found ${total}, the raw SQL ${totals.get(q)}`);
    }
    const all = [];
    const per = new Map(queries.map((q) => [q, []]));
    const started = performance.now();
    while (all.length < SEARCH_REQUESTS && (all.length === 0 || performance.now() - started < SEARCH_SECONDS * 1000)) {
      for (const q of queries) {
        const { ms } = await one(q);
        all.push(ms);
        per.get(q).push(ms);
      }
    }
    const http = { requests: all.length, seconds: (performance.now() - started) / 1000, p50: pct(all, 50), p95: pct(all, 95), p99: pct(all, 99) };
    loads.push(os.loadavg()[0]);
    log(`${label}: HTTP p50 ${fMs(http.p50)} ms, p95 ${fMs(http.p95)} ms over ${http.requests} requests`);
    const perQuery = raw.queries.map((q) => ({ ...q, httpMedian: pct(per.get(q.q), 50) }));
    return { http, raw: raw.raw, rawCalls: raw.calls, queries: perQuery, sql: raw.sql, fixes: raw.fixes };
  } finally {
    await stop(app.child);
  }
}

/** The statement a PostgreSQL database is busy with (other than ours), for the report. */
async function busyWith(dbName) {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const r = await client.query(
      `select extract(epoch from now() - query_start)::float8 as seconds, regexp_replace(query, '\\s+', ' ', 'g') as query
       from pg_stat_activity where datname = $1 and state = 'active' and pid <> pg_backend_pid() order by query_start limit 1`,
      [dbName],
    );
    return r.rows[0];
  } finally {
    await client.end().catch(() => {});
  }
}

/** Ends the sessions left on a PostgreSQL database (a killed server's statement runs on otherwise). */
async function terminateBackends(dbName) {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [dbName]);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Import: a fresh server (so its peak memory is the import's), the CSV through the API, then the diagnosis if a target is missed. */
async function benchImport(label, dbEnv, csvPath, pgDatabase) {
  log(`${label}: import of ${IMPORT_ROWS.toLocaleString('en-US')} rows through the API (giving up after ${IMPORT_TIMEOUT} s)`);
  loads.push(os.loadavg()[0]);
  const app = await startServer(`import-${label}`, APP_MAIN, dbEnv, '/api/health');
  let r;
  let busy;
  try {
    const cookie = await signIn(app.base);
    r = await runImport({ base: app.base, cookie, csvPath, pgid: app.child.pid, timeoutMs: IMPORT_TIMEOUT * 1000 });
    if (!r.done && pgDatabase) busy = await busyWith(pgDatabase).catch(() => undefined);
  } finally {
    await stop(app.child);
    if (pgDatabase) await terminateBackends(pgDatabase).catch(() => {});
  }
  r.busy = busy;
  loads.push(os.loadavg()[0]);
  const mb = r.memory.peakSum / 2 ** 20;
  r.missed = !r.done || r.ms.total / 1000 > IMPORT_TARGET_S || mb > IMPORT_TARGET_MB;
  log(
    r.done
      ? `${label}: import done in ${(r.ms.total / 1000).toFixed(1)} s (${JSON.stringify(r.result)}), peak ${mb.toFixed(0)} MB`
      : `${label}: import not done after ${(r.elapsed / 1000).toFixed(0)} s (in ${r.stuck}; last seen ${JSON.stringify(r.seen.last)}), peak ${mb.toFixed(0)} MB`,
  );
  if (DIAGNOSE !== '1') return r;
  // PGlite's child process: its memory as the app starts it, and with the changes that would lower it (last: it rewrites postgresql.conf).
  const memory = async () => {
    if (dbEnv.DATA_DIR && !dbEnv.DATABASE_URL && mb > IMPORT_TARGET_MB) r.pgliteMemory = await pgliteMemory(path.join(dbEnv.DATA_DIR, 'pglite'));
    return r;
  };
  // The fix can only be replayed on an import that did not get through its commit.
  if (r.done) return memory();
  log(`${label}: diagnosing the import (plans; the fix measured: ANALYZE, then flagDuplicates and commitRows in a rolled-back transaction)`);
  let mem;
  try {
    r.diagnosis = await benchScript('import-diagnose.ts', { ...dbEnv, IMPORT_ID: r.id, IMPORT_FIX: '1' }, 600_000, (child) => (mem = sampleMemory(child.pid)));
  } finally {
    r.diagnosisMemory = mem?.stop();
  }
  const d = r.diagnosis.fix;
  // When reading and storing the rows ended: the duplicates phase was seen, or a poll counted every row.
  const readAt = r.seen.first['validating/duplicates'] ?? (r.seen.last?.processedRows >= IMPORT_ROWS ? r.seen.last.at : undefined);
  const readMs = readAt !== undefined && r.ms.mapping !== undefined ? readAt - r.ms.upload - r.ms.mapping : undefined;
  r.readMs = readMs;
  if (readMs !== undefined) r.estimatedMs = r.ms.upload + r.ms.mapping + readMs + d.flagMs + d.commitMs;
  log(`${label}: with ANALYZE: flagging ${(d.flagMs / 1000).toFixed(1)} s, commit ${(d.commitMs / 1000).toFixed(1)} s${r.estimatedMs ? `; the whole import ≈ ${(r.estimatedMs / 1000).toFixed(0)} s` : ''}`);
  return memory();
}

/**
 * The PGlite child's memory (scripts/bench/pglite-memory.mjs) on the bench's data directory, three ways:
 * as the app starts it (tsx loader, PGlite's default settings), without the tsx loader, and without it
 * with shared_buffers=16MB (PGlite's postgresqlconf option; it rewrites the directory's postgresql.conf, so last).
 */
async function pgliteMemory(dir) {
  log('PGlite: memory of the database process, as started by the app and with lower settings');
  const ways = [
    { name: 'as the app starts it: tsx loader, default settings', args: ['--import', 'tsx'], conf: {} },
    { name: 'without the tsx loader', args: [], conf: {} },
    { name: 'without the tsx loader, shared_buffers=16MB', args: [], conf: { postgresqlconf: ['shared_buffers=16MB'] } },
  ];
  const out = [];
  for (const w of ways) {
    const res = await run(process.execPath, [...w.args, 'scripts/bench/pglite-memory.mjs'], { PGLITE_DIR: dir, PGLITE_CONF: JSON.stringify(w.conf) }, 180_000);
    out.push({ name: w.name, conf: w.conf, ...JSON.parse(res.trim().split('\n').at(-1)) });
  }
  return out;
}

/** Every part that was asked for, on one database. */
async function benchDatabase(label, dbEnv, { minimalEnv, pgDatabase } = {}) {
  const out = { database: label };
  if (ONLY.has('tree')) out.tree = await benchPair(label, dbEnv, minimalEnv ?? dbEnv, () => profile(dbEnv));
  if (ONLY.has('search') || ONLY.has('import')) {
    const csvPath = ONLY.has('import') ? path.join(tmp, `import-${label}.csv`) : undefined;
    // On PostgreSQL autovacuum would soon vacuum and analyze the new rows: done at once, so every run sees the same state.
    out.seed = await seed(label, dbEnv, csvPath, Boolean(pgDatabase));
    if (ONLY.has('search')) out.search = await benchSearch(label, dbEnv);
    if (ONLY.has('import')) out.import = await benchImport(label, dbEnv, csvPath, pgDatabase);
  }
  if (ONLY.has('contention')) {
    const csvPath = path.join(tmp, `contention-${label}.csv`);
    // The same partners as search and import; when they are already there, only the CSV is written.
    const seeded = await seed(label, dbEnv, csvPath, Boolean(pgDatabase), CONTENTION_ROWS, out.seed ? 0 : PARTNERS);
    out.seed ??= seeded;
    out.contention = await benchContentionPart(label, dbEnv, csvPath, pgDatabase);
  }
  return out;
}

/** Contention: a fresh server; another user's reads, idle and during an import's commit. */
async function benchContentionPart(label, dbEnv, csvPath, pgDatabase) {
  log(`${label}: contention, another user's partner list while a ${CONTENTION_ROWS.toLocaleString('en-US')}-row import commits`);
  loads.push(os.loadavg()[0]);
  const app = await startServer(`contention-${label}`, APP_MAIN, dbEnv, '/api/health');
  try {
    const importer = await signIn(app.base);
    const reader = await signIn(app.base, READER_EMAIL);
    const r = await runContention({ base: app.base, importer, reader, csvPath });
    loads.push(os.loadavg()[0]);
    log(`${label}: idle p95 ${fMs(r.idle.p95)} ms; during the commit (${fS(r.commitMs)} s) p95 ${fMs(r.during.p95)} ms over ${r.during.n} reads (${(r.during.p95 / r.idle.p95).toFixed(2)}×)`);
    return r;
  } finally {
    await stop(app.child);
    if (pgDatabase) await terminateBackends(pgDatabase).catch(() => {});
  }
}

async function benchPglite() {
  const appDir = path.join(tmp, 'pglite-app');
  const minDir = path.join(tmp, 'pglite-minimal');
  log('PGlite: loading demo data');
  await loadDemo({ DATA_DIR: appDir });
  if (ONLY.has('tree')) {
    // A copy for the baseline: two processes must never open one PGlite directory.
    fs.cpSync(appDir, minDir, { recursive: true });
    fs.rmSync(path.join(minDir, 'amity.lock'), { force: true });
  }
  return benchDatabase('PGlite', { DATA_DIR: appDir }, { minimalEnv: { DATA_DIR: minDir } });
}

async function benchPostgres() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    return { database: 'PostgreSQL', skipped: `no PostgreSQL at ${PG_URL.replace(/\/\/[^@]*@/, '//')} (${e.message})` };
  }
  const name = `amity_bench_${process.pid}_${Date.now().toString(36)}`;
  let version;
  try {
    version = (await client.query('show server_version')).rows[0].server_version;
    databases.add(name);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end().catch(() => {});
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  // DATA_DIR too: uploaded import files go there, not into the repository's data/.
  const env = { DATABASE_URL: url.toString(), DATA_DIR: path.join(tmp, 'postgres-files') };
  log(`PostgreSQL ${version}: database ${name}, loading demo data`);
  await loadDemo(env);
  const r = await benchDatabase('PostgreSQL', env, { pgDatabase: name });
  return { ...r, version };
}

// ------------------------------------------------------------------- report

const fRps = (n) => Math.round(n).toLocaleString('en-US');
const fMs = (n) => String(+n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0));
const fS = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(1)}`);
const fMB = (b) => `${Math.round(b / 2 ** 20)}`;
const fX = (n) => `${n.toFixed(n < 10 ? 2 : 1)}×`;
const code = (s) => `\`${s.replaceAll('`', "'")}\``;

function mainTable(results, machineShort, day) {
  const rows = [
    '| Database | Endpoint | req/s | p50 ms | p99 ms | app/minimal (throughput) | target ≥ 0.6× | Machine | Date |',
    '|---|---|---:|---:|---:|---:|---|---|---|',
  ];
  for (const r of results) {
    if (r.skipped) {
      rows.push(`| ${r.database} | skipped: ${r.skipped} | | | | | | ${machineShort} | ${day} |`);
      continue;
    }
    const t = r.tree;
    rows.push(
      `| ${r.database} | app \`GET /api/v1/units/tree\` (signed in) | ${fRps(t.app.rps)} | ${fMs(t.app.p50)} | ${fMs(t.app.p99)} | **${t.ratio.toFixed(2)}×** | ${t.ratio >= TARGET ? 'met' : '**MISSED**'} | ${machineShort} | ${day} |`,
      `| ${r.database} | minimal Fastify + pg, same SELECT | ${fRps(t.minimal.rps)} | ${fMs(t.minimal.p50)} | ${fMs(t.minimal.p99)} | 1.00× (baseline) | | ${machineShort} | ${day} |`,
    );
  }
  return rows.join('\n');
}

function diagnostics(results) {
  const ran = results.filter((r) => r.tree);
  if (!ran.length) return '';
  const cpu = (x) => (x.cpuMsPerRequest === undefined ? 'n/a' : x.cpuMsPerRequest.toFixed(2));
  const rows = [
    '| Database | requests served (app / minimal) | server CPU ms per request: app | minimal | queries per app request | findSession ms | unitTree ms | both ms | bare tree SQL ms | bare ÷ both | whole app request ms | GET /api/health ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { database, tree: r } of ran) {
    const p = r.profile;
    const m = p?.ms ?? {};
    const v = (x) => (x === undefined ? 'n/a' : fMs(x));
    rows.push(
      `| ${database} | ${fRps(r.app.total)} / ${fRps(r.minimal.total)} | ${cpu(r.app)} | ${cpu(r.minimal)} | ${p ? fMs(p.queriesPerRequest) : 'n/a'} | ${v(m.findSession)} | ${v(m.unitTree)} | ${v(m.bothRepoCalls)} | ${v(m.bareTreeSql)} | ${p ? `${(m.bareTreeSql / m.bothRepoCalls).toFixed(2)}×` : 'n/a'} | ${v(m.request)} | ${v(m.health)} |`,
    );
  }
  const withProf = ran.find((r) => r.tree.profile);
  const list = withProf ? withProf.tree.profile.queries.map((x) => `- ${fMs(x.perRequest)} per request: \`${x.text}…\``).join('\n') : '';
  return `${rows.join('\n')}${list ? `\n\nQueries the app sends per request (${withProf.database}):\n\n${list}` : ''}`;
}

function treeSection(results, machineShort, day) {
  const ran = results.filter((r) => r.tree);
  if (!ran.length) return { md: '', verdict: '' };
  const table = mainTable(results.filter((r) => r.tree || r.skipped), machineShort, day);
  const missed = ran.filter((r) => r.tree.ratio < TARGET);
  const verdict = missed.length
    ? `**TARGET MISSED** on ${missed.map((r) => `${r.database} (${r.tree.ratio.toFixed(2)}×)`).join(' and ')}: the app should reach at least ${TARGET}× the throughput of the minimal server.`
    : `Target met on every database that ran: the app reaches at least ${TARGET}× the throughput of the minimal server.`;
  const diag = diagnostics(results);
  const md = `## Authenticated read endpoint: \`GET /api/v1/units/tree\`

- Load: autocannon 8 on loopback (${HOST}), ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s measured per row; one server at a time (app first, then the minimal server)
- Data: the demo data set (\`npm run demo\`: ${ran[0].tree.units} units, 9 users), signed in as ${EMAIL}
- App log level: ${APP_LOG_LEVEL}, written to a file

${table}

${verdict}

**App**: the real server as \`npm start\` runs it (\`node server/dist/main.js\`, compiled by \`npm run build -w server\`) answering \`GET /api/v1/units/tree\` with the session cookie:
session resolution (\`findSession\`, reused from the in-process session cache for SESSION_CACHE_MS = 2 s, so about one lookup per connection every 2 s), the units tree query (\`unitTree\`), abilities per unit, zod response serialisation, helmet headers.

**Minimal**: scripts/bench/minimal.ts: plain Fastify, no auth, no schema, the database opened with the same \`openDatabase()\`
(same driver and pool size; PGlite in its own process behind a unix socket), the exact SQL \`unitTree\` sends
(scripts/bench/minimal-sql.ts), rows returned as JSON. On PGlite it runs on a copy of the app's data directory.

### Where the time goes
${diag ? `
- *Server CPU per request*: user + system CPU of the server's processes during the measured run (Node, plus the PGlite child on PGlite; the PostgreSQL server is not counted), divided by the requests served.
- The other columns come from scripts/bench/profile.ts, one call at a time (no concurrency), mean wall time over ${ran.find((r) => r.tree.profile)?.tree.profile.calls ?? 0} calls:
  the real app built in-process with \`buildApp\` (no logger) and its pool wrapped to count queries; the endpoint's two repository calls \`findSession\` and \`unitTree\`, alone and in sequence (*both*);
  the same SQL sent bare with \`pool.query\`, as the minimal server does; the whole request through \`app.inject\` (no network).
- *bare ÷ both*: on PGlite, where one connection serialises every query, this would bound the app/minimal ratio if every request looked its session up in the database (SESSION_CACHE_MS=0).

${diag}
` : '\nNo diagnostics (no database ran).\n'}`;
  return { md, verdict };
}

function searchSection(results) {
  const ran = results.filter((r) => r.search);
  if (!ran.length) return { md: '', verdict: '' };
  const rows = [
    '| Database | partners | app p50 ms | app p95 ms | app p99 ms | raw SQL p50 ms | raw SQL p95 ms | raw SQL p99 ms | app/raw p50 | app/raw p95 | target p95 ≤ 50 ms (PGlite) | requests (app / raw) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
  ];
  for (const r of ran) {
    const { http, raw } = r.search;
    const target = r.database === 'PGlite' ? (http.p95 <= SEARCH_TARGET_MS ? 'met' : '**MISSED**') : '(PGlite only)';
    rows.push(
      `| ${r.database} | ${r.seed.partners.toLocaleString('en-US')} | ${fMs(http.p50)} | **${fMs(http.p95)}** | ${fMs(http.p99)} | ${fMs(raw.p50)} | ${fMs(raw.p95)} | ${fMs(raw.p99)} | ${fX(http.p50 / raw.p50)} | ${fX(http.p95 / raw.p95)} | ${target} | ${http.requests} / ${r.search.rawCalls} |`,
    );
  }
  const pgl = ran.find((r) => r.database === 'PGlite');
  const verdict = !pgl
    ? 'Search target not checked (PGlite did not run).'
    : pgl.search.http.p95 <= SEARCH_TARGET_MS
      ? `Search target met: p95 ${fMs(pgl.search.http.p95)} ms ≤ ${SEARCH_TARGET_MS} ms on PGlite at ${pgl.seed.partners.toLocaleString('en-US')} partners.`
      : `**SEARCH TARGET MISSED**: p95 ${fMs(pgl.search.http.p95)} ms on PGlite at ${pgl.seed.partners.toLocaleString('en-US')} partners (target ≤ ${SEARCH_TARGET_MS} ms); the raw SQL alone takes ${fMs(pgl.search.raw.p95)} ms at p95, so the time is in the query, not in the app around it.`;

  // Per query, every database side by side.
  const qs = ran[0].search.queries.map((q) => q.q);
  const head = ['| query | matches', ...ran.flatMap((r) => [`${r.database} app ms`, `${r.database} raw ms`])].join(' | ');
  const perQuery = [
    `${head} |`,
    `|---|---:|${ran.map(() => '---:|---:|').join('')}`,
    ...qs.map((q) => {
      const cells = ran.flatMap((r) => {
        const x = r.search.queries.find((y) => y.q === q);
        return [fMs(x.httpMedian), fMs(x.rawMedian)];
      });
      return `| ${code(q)} | ${ran[0].search.queries.find((y) => y.q === q).total.toLocaleString('en-US')} | ${cells.join(' | ')} |`;
    }),
  ].join('\n');

  const plans = ran
    .map((r) => {
      const slow = r.search.queries.filter((q) => q.plan).sort((a, b) => b.rawMedian - a.rawMedian);
      if (!slow.length) return '';
      return `**${r.database}**, the ${slow.length} slowest queries (EXPLAIN ANALYZE inside the same transaction; rows are actual rows, times are the node's total):\n\n${slow
        .map(
          (q) =>
            `${code(q.q)}: ${q.total.toLocaleString('en-US')} matches; page ${fMs(q.plan.page.ms)} ms, count ${fMs(q.plan.count.ms)} ms\n\n\`\`\`\n-- page (ORDER BY score LIMIT 20)\n${q.plan.page.tree}\n-- count(*)\n${q.plan.count.tree}\n\`\`\``,
        )
        .join('\n\n')}`;
    })
    .filter(Boolean)
    .join('\n\n');

  const findings = searchFindings(ran);
  const fixes = fixesTable(ran);
  const sample = ran[0].search.sql;
  const md = `## Partner search at ${ran[0].seed.partners.toLocaleString('en-US')} partners

- Data: the demo data plus ${PARTNERS.toLocaleString('en-US')} generated partners (scripts/bench/seed.ts, scripts/bench/data.mjs): ${ran[0].seed.partners.toLocaleString('en-US')} partners in ${ran[0].seed.countries} countries, ${ran[0].seed.contacts.toLocaleString('en-US')} contacts, ${Math.round((100 * ran[0].seed.shared) / ran[0].seed.partners)}% shared;
  Vietnamese, French, English, Russian (Cyrillic) and Chinese names, cities, tags. Inserted in batches, then the folded search columns filled in one UPDATE with the expressions of \`refreshSearchText\`. On PGlite no VACUUM or ANALYZE afterwards (the app runs none, and PGlite has no autovacuum); on PostgreSQL a VACUUM ANALYZE, as autovacuum would soon run.
- Queries: ${SEARCH_QUERIES.length} fixed ones (below): with and without diacritics, swapped words, a prefix, a typo, Cyrillic, Chinese, several words; frequent and rare words.
- **app**: \`GET /api/v1/partners?q=…&limit=20\` on the real server, signed in as ${EMAIL} (admin: sees every partner), one request at a time, every query in turn, in whole rounds after a warm-up round: at most ${SEARCH_REQUESTS} requests or ${SEARCH_SECONDS} s.
  Time measured by the client, to the last byte of the answer.
- **raw SQL**: the same SQL the app sends, captured from the app itself (scripts/bench/search-sql.ts: the app built in-process on a Drizzle instance with a query logger), replayed with \`pool.query\` on the same database and driver,
  in a transaction like the app's: \`begin; <the app's set_config of the typo threshold>; <page>; <count when the page does not carry it>; commit\`; same rounds and limits. It must find the same totals as the app.

${rows.join('\n')}

${verdict}

Per query: medians in ms.

${perQuery}

### Why it is slow: the plans

The SQL of one search (${code(sample.q)}), page query; the count has the same WHERE:

\`\`\`sql
${sample.page.text}
\`\`\`

${plans}
${findings ? `\n### Findings\n\n${findings}\n` : ''}${fixes ? `\n### Candidate fixes, measured (BENCH_DIAGNOSE=1)\n\n${fixes}\n` : ''}`;
  return { md, verdict };
}

/** What the plans show, in words: only statements the measurements of this run support. */
function searchFindings(ran) {
  const out = [];
  const sql = ran[0].search.sql.page.text;
  const slow = ran.flatMap((r) => r.search.queries.filter((q) => q.plan).map((q) => ({ ...q, database: r.database, partners: r.seed.partners })));
  if (/<%/.test(sql)) {
    const big = slow.filter((q) => /Bitmap Heap Scan/.test(q.plan.page.tree)).sort((a, b) => b.total - a.total)[0];
    out.push(
      `- Every word is matched as \`search_text like '%word%' OR word <% search_text\`. The trigram index (partners_search_trgm_idx) is used for both branches (BitmapOr), but it only yields candidates: each candidate row is rechecked, and for rows where the \`like\` fails the \`<%\` branch computes a word similarity over the whole search_text${slow.some((q) => q.plan.page.fuzzyTwice) ? '; the plans carry the condition both as Recheck Cond and as Filter, so for the rows that pass the recheck it is computed twice' : ''}. Short words (\`van\`, \`thi\`, \`an\`) fuzzily match many other words at threshold 0.5 (\`tran thi\` finds ${ran[0].search.queries.find((q) => q.q === 'tran thi')?.total.toLocaleString('en-US') ?? '?'} partners).` +
        (big ? ` Example: ${code(big.q)} (${big.database}), ${big.total.toLocaleString('en-US')} matches, count alone ${fMs(big.plan.count.ms)} ms.` : ''),
    );
  }
  // Every partner read: a Seq Scan, or an index scan that returns (nearly) every row.
  const everyRow = (q) =>
    /Seq Scan on partners/.test(q.plan.page.tree) ||
    [...q.plan.page.tree.matchAll(/Bitmap Index Scan \S+ rows=(\d+)/g)].some((m) => Number(m[1]) >= 0.9 * q.partners);
  const seq = slow.filter(everyRow);
  if (seq.length) {
    out.push(
      `- ${seq.map((q) => code(q.q)).filter((v, i, a) => a.indexOf(v) === i).join(', ')}: a word shorter than 3 characters yields no trigram for \`like '%word%'\`, so the index cannot narrow it down (a Seq Scan, or a Bitmap Index Scan returning every partner) and every partner is rechecked, with \`<%\` computed on each (${seq.map((q) => `${q.database} ${fMs(q.plan.page.ms)} + ${fMs(q.plan.count.ms)} ms`).join(', ')}).`,
    );
  }
  const scored = slow.filter((q) => q.plan.page.ms > 2 * q.plan.count.ms && q.total > 1000);
  if (scored.length && /word_similarity/.test(sql)) {
    out.push(
      `- Ranking: \`ORDER BY score\` computes \`word_similarity\` twice per matching row (names and the whole search_text) before the top-20 sort, so the page costs grow with the number of matches: ${scored
        .slice(0, 4)
        .map((q) => `${code(q.q)} ${q.database} ${q.total.toLocaleString('en-US')} matches: page ${fMs(q.plan.page.ms)} ms vs count ${fMs(q.plan.count.ms)} ms`)
        .join('; ')}.`,
    );
  }
  if (!/with "partners" as/.test(sql)) out.push('- The count(*) repeats the whole WHERE over every match (not capped), in the same transaction, after the page query.');
  return out.join('\n');
}

function fixesTable(ran) {
  const withFixes = ran.filter((r) => r.search.fixes);
  if (!withFixes.length) return '';
  const names = Object.keys(withFixes[0].search.fixes.variants);
  const desc = {
    substring: 'words matched as substrings only (`like`, no `<%` per row); typo fallback: when nothing matches, words found nowhere are matched with `<%`',
    nameScore: '+ rank by names only (drop `word_similarity(q, search_text)`)',
    shortWords: '+ words under 3 characters matched at a word start (`like w%` or `like % w%`: indexable)',
    rankCap: `+ above ${withFixes[0].search.fixes.rankCap} matches (from the count, run first) order by a cheap key: name prefix, shortest name`,
    typoWords: '+ typo fallback through a dictionary of the distinct words: a word found nowhere becomes its 3 most similar words (`similarity ≥ 0.4`), matched as substrings',
    countCap: `+ count stops at ${withFixes[0].search.fixes.rankCap + 1} ("1,000+")`,
  };
  const head = `| variant (each adds to the previous) | ${withFixes.map((r) => `${r.database} p50 ms | ${r.database} p95 ms`).join(' | ')} | matches that change (vs the row above, ${withFixes[0].database}) |`;
  const lines = [head, `|---|${withFixes.map(() => '---:|---:|').join('')}---|`];
  lines.push(`| the app today | ${withFixes.map((r) => `${fMs(r.search.raw.p50)} | ${fMs(r.search.raw.p95)}`).join(' | ')} | |`);
  let previous = Object.fromEntries(withFixes[0].search.queries.map((q) => [q.q, q.total]));
  for (const n of names) {
    const totals = withFixes[0].search.fixes.variants[n].totals;
    const changed = withFixes[0].search.queries
      .filter((q) => totals[q.q] !== previous[q.q])
      .map((q) => `${code(q.q)} ${previous[q.q].toLocaleString('en-US')}→${totals[q.q].toLocaleString('en-US')}`);
    previous = totals;
    lines.push(`| **${n}**: ${desc[n] ?? ''} | ${withFixes.map((r) => `${fMs(r.search.fixes.variants[n].p50)} | ${fMs(r.search.fixes.variants[n].p95)}`).join(' | ')} | ${changed.join(', ') || 'none'} |`);
  }
  const d = withFixes[0].search.fixes.dictionary;
  return `Measured by scripts/bench/search-sql.ts on the same databases, the same replay (transaction, set_config), ${withFixes[0].search.fixes.variants[names[0]].calls} calls per variant; the SQL is built there, none of it is in the app.
The "app today" row is the raw SQL of the table above. Dictionary for *typoWords*: ${d.words.toLocaleString('en-US')} distinct words, built in ${fS(d.ms)} s (${withFixes[0].database}); in the app it would be a table kept up to date on write.

${lines.join('\n')}`;
}

function importSection(results) {
  const ran = results.filter((r) => r.import);
  if (!ran.length) return { md: '', verdict: '' };
  const rows = [
    '| Database | rows | upload s | mapping s | validate s | commit s | total s | target ≤ 60 s | peak RSS MB (sum) | Node MB | PGlite MB | at the start MB (Node + PGlite) | target ≤ 500 MB | outcome |',
    '|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|---|',
  ];
  for (const r of ran) {
    const i = r.import;
    const m = i.memory;
    const mb = m.peakSum / 2 ** 20;
    const timeOk = i.done && i.ms.total / 1000 <= IMPORT_TARGET_S;
    const outcome = i.done
      ? `${i.result.created.toLocaleString('en-US')} created, ${i.result.skipped.toLocaleString('en-US')} skipped (${i.duplicateRows.toLocaleString('en-US')} flagged duplicates)`
      : `**not done after ${fS(i.elapsed)} s**: still in ${i.stuck}${i.seen.last ? ` (last answer: ${i.seen.last.status}${i.seen.last.phase ? `/${i.seen.last.phase}` : ''}, ${i.seen.last.processedRows.toLocaleString('en-US')} rows, at ${fS(i.seen.last.at)} s)` : ''}`;
    rows.push(
      `| ${r.database} | ${IMPORT_ROWS.toLocaleString('en-US')} | ${fS(i.ms.upload)} | ${fS(i.ms.mapping)} | ${i.ms.validate !== undefined ? fS(i.ms.validate) : `> ${fS(i.elapsed - (i.ms.upload ?? 0) - (i.ms.mapping ?? 0))}`} | ${i.ms.commit !== undefined ? fS(i.ms.commit) : 'n/a'} | ${i.done ? `**${fS(i.ms.total)}**` : `**> ${fS(i.elapsed)}**`} | ${timeOk ? 'met' : '**MISSED**'} | **${fMB(m.peakSum)}** | ${m.peak.node ? fMB(m.peak.node) : 'n/a'} | ${m.peak.pglite ? fMB(m.peak.pglite) : '—'} | ${fMB(m.start.sum)} (${fMB(m.start.node ?? 0)}${m.start.pglite ? ` + ${fMB(m.start.pglite)}` : ''}) | ${mb <= IMPORT_TARGET_MB ? (i.done ? 'met' : 'met so far') : '**MISSED**'} | ${outcome} |`,
    );
  }
  const phases = ran
    .map((r) => {
      const b = r.import.memory.byPhase;
      const list = ['upload', 'mapping', 'validate', 'commit']
        .filter((p) => b[p])
        .map((p) => `${p} ${fMB(b[p].sum)}${b[p].pglite ? ` (Node ${fMB(b[p].node ?? 0)} + PGlite ${fMB(b[p].pglite)})` : ''}`);
      return `- ${r.database}: ${list.join(', ')}`;
    })
    .join('\n');
  const missed = ran.filter((r) => r.import.missed);
  const verdict = missed.length
    ? `**IMPORT TARGET MISSED** on ${missed.map((r) => r.database).join(' and ')}: a ${IMPORT_ROWS.toLocaleString('en-US')}-row import should take ≤ ${IMPORT_TARGET_S} s and ≤ ${IMPORT_TARGET_MB} MB.`
    : `Import targets met on every database that ran: ≤ ${IMPORT_TARGET_S} s and ≤ ${IMPORT_TARGET_MB} MB for ${IMPORT_ROWS.toLocaleString('en-US')} rows.`;

  const diag = ran
    .filter((r) => r.import.diagnosis)
    .map((r) => {
      const i = r.import;
      const d = i.diagnosis;
      const f = d.fix;
      const top = (plan) =>
        plan
          .split('\n')
          .filter((l) => /Nested Loop|Hash Join|Merge Join|Seq Scan|Index Scan|Bitmap Heap Scan|Bitmap Index Scan|Update on/.test(l))
          .map((l) => l.replace(/\s+\(cost=[^)]*\)/, '').replace(/(Filter|Cond): .*/, '').slice(0, 110))
          .slice(0, 6)
          .join('\n');
      const before = d.before.map((s) => `-- ${s.reason}\n${top(s.plan)}`).join('\n');
      const after = f.after.map((s) => `-- ${s.reason}\n${top(s.plan)}`).join('\n');
      const log = (l) => l.map((x) => `| ${fS(x.ms)} | ${x.rows === null ? '' : x.rows.toLocaleString('en-US')} | ${code(x.sql)} |`).join('\n');
      const dm = i.diagnosisMemory;
      return `**${r.database}**${i.busy ? `: at the deadline the database was running, for ${fS(i.busy.seconds * 1000)} s: ${code(i.busy.query.slice(0, 120))}…` : ''}

Plans the app's flagDuplicates statements get right after the rows are stored (no statistics on the new rows; plain EXPLAIN, import of ${d.rows.toLocaleString('en-US')} rows against ${d.partners.toLocaleString('en-US')} partners):

\`\`\`
${before}
\`\`\`

After \`ANALYZE import_rows; ANALYZE partners\`:

\`\`\`
${after}
\`\`\`

The fix measured (scripts/bench/import-diagnose.ts, same database, same statements; the commit in a transaction rolled back afterwards):
flagging duplicates **${fS(f.flagMs)} s** (${f.duplicates.toLocaleString('en-US')} duplicates), commit **${fS(f.commitMs)} s** (${JSON.stringify(f.result)})${i.estimatedMs ? `; with upload, mapping and reading the rows as measured above (${fS(i.readMs)} s), the whole import would take **≈ ${fS(i.estimatedMs)} s**` : ''}.
${dm ? `Peak memory of that run (its Node process${dm.peak.pglite ? ' + PGlite child' : ''}): ${fMB(dm.peakSum)} MB.` : ''}

| s | rows | statement |
|---:|---:|---|
${log(f.flagLog)}
${log(f.commitLog)}`;
    })
    .join('\n\n');

  const memo = ran
    .filter((r) => r.import.pgliteMemory)
    .map((r) => {
      const lines = r.import.pgliteMemory.map(
        (w) => `| ${w.name} | ${w.sharedBuffers} | ${w.steps.start} | ${w.steps.loaded} | ${w.steps.opened} | ${w.steps.read} | ${w.steps.written} | **${w.peak}** |`,
      );
      return `The PGlite process alone (scripts/bench/pglite-memory.mjs on this run's PGlite data directory, in its own process like the app's child: opens it as server/src/db/pglite-child.mjs does, reads every partner, a trigram search, writes and reads back 100,000 JSON rows in a rolled-back transaction). RSS in MB:

| started | shared_buffers | Node alone | modules loaded | database opened | partners read | rows written | peak (VmHWM) |
|---|---|---:|---:|---:|---:|---:|---:|
${lines.join('\n')}`;
    })
    .join('\n\n');

  const findings = importFindings(ran);

  const md = `## Import of ${IMPORT_ROWS.toLocaleString('en-US')} rows

- File: a generated CSV (\`Organization Name,Country,City,Email,Tags\`, ${fMB(ran[0].import.bytes)} MB; countries as codes or English, French or Vietnamese names; same generator as the search data, another seed), imported into the search database (${ran[0].seed.partners.toLocaleString('en-US')} partners).
- Through the real API, signed in as ${EMAIL}, on a freshly started server: \`POST /api/v1/imports\` (multipart, \`x-amity-upload: 1\`), \`PUT …/mapping\` with the guessed mapping and options {ownerUnitId: the admin's unit (\`GET /api/v1/me\`), visibility: 'shared', duplicateAction: 'skip'},
  \`POST …/validate\` then \`GET …/:id\` every 250 ms until 'validated', \`POST …/commit {actions:{}}\` then polling until 'done'. Each phase's time is wall time from the client; given up after ${IMPORT_TIMEOUT} s.
- Memory: RSS (\`/proc/<pid>/status\` VmRSS) of every process of the server's process group (Node, and on PGlite its database child), sampled every 200 ms; *peak RSS (sum)* is the highest sum of one sample, *Node* and *PGlite* each process's own peak, *at the start* the first sample (the server started and signed in, before the upload). The PostgreSQL server's own processes are not counted.

${rows.join('\n')}

Peak RSS by phase, MB (the sum of one sample):

${phases}

${verdict}
${findings ? `\n### Findings\n\n${findings}\n` : ''}${memo ? `\n### Memory of the PGlite process\n\n${memo}\n` : ''}${diag ? `\n### Why it is slow: the plans, and the fix measured\n\n${diag}\n` : ''}`;
  return { md, verdict };
}

/** What the import's measurements show, in words: only what this run measured. */
function importFindings(ran) {
  const out = [];
  for (const r of ran) {
    const i = r.import;
    const d = i.diagnosis;
    if (d) {
      const loops = d.before.filter((st) => st.loops?.length);
      if (loops.length) {
        const est = [...new Set(d.before.flatMap((st) => st.importRowsEstimates ?? []))].sort((a, b) => a - b);
        out.push(
          `- ${r.database}: validation stores the ${d.rows.toLocaleString('en-US')} rows in ${i.readMs !== undefined ? `${fS(i.readMs)} s` : 'a few seconds'}, then flags duplicates with set-based UPDATEs joining import_rows to partners (and to itself). Nothing has analyzed the rows just inserted` +
            `${r.database === 'PGlite' ? ' (PGlite has no autovacuum)' : ' (autovacuum comes a minute later at best)'}: the planner expects ${est.length > 1 ? `${est[0]} to ${est.at(-1)}` : est[0]} rows of this import where there are ${d.rows.toLocaleString('en-US')}, and picks nested loops, each inner side run once per outer row: ` +
            `${loops.map((st) => `${code(st.reason)}: ${st.loops.join('; ')}`).join(' — ')}. Where the inner side reads the whole import or a table (not an index probe) this is ${d.rows.toLocaleString('en-US')} × ${d.partners.toLocaleString('en-US')} row visits: it does not end in minutes.`,
        );
      }
      if (d.fix) {
        out.push(
          `- ${r.database}, fix measured: \`ANALYZE import_rows; ANALYZE partners\` after the rows are stored (before the first join) and again in the commit before the \`partner_duplicates\` inserts (${d.fix.flagLog
            .concat(d.fix.commitLog)
            .filter((x) => x.sql.startsWith('analyze'))
            .map((x) => fS(x.ms))
            .join(' + ')} s in all): flagging takes ${fS(d.fix.flagMs)} s, the commit ${fS(d.fix.commitMs)} s${i.estimatedMs ? `, the whole import ≈ ${fS(i.estimatedMs)} s (target ${IMPORT_TARGET_S} s)` : ''}.`,
        );
      }
    }
    const m = i.memory;
    if (m.peakSum / 2 ** 20 > IMPORT_TARGET_MB) {
      const pm = i.pgliteMemory;
      const app = pm?.[0];
      const best = pm?.at(-1);
      out.push(
        `- ${r.database}, memory: ${fMB(m.start.sum)} MB before the upload (Node ${fMB(m.start.node ?? 0)}${m.start.pglite ? ` + PGlite ${fMB(m.start.pglite)}` : ''}), ${fMB(m.peakSum)} MB at the peak.` +
          (pm
            ? ` The PGlite process alone peaks at ${app.peak} MB as the app starts it; ${pm[1].peak} MB without the tsx loader (the child is started with \`--import tsx\`: ${app.steps.loaded - pm[1].steps.loaded} MB more before the database opens); ${best.peak} MB with also \`shared_buffers=16MB\` (PGlite's default is ${app.sharedBuffers}, allocated at start).`
            : ''),
      );
    }
  }
  return out.join('\n');
}

async function main() {
  const started = Date.now();
  const when = new Date();
  const nproc = os.availableParallelism();
  log(`temp dir ${tmp}; parts: ${[...ONLY].join(', ')}; load average ${os.loadavg()[0].toFixed(2)} on ${nproc} CPUs`);
  const results = [];
  if (!SKIP.has('pglite')) results.push(await benchPglite());
  if (!SKIP.has('postgres')) results.push(await benchPostgres());
  for (const r of results) if (r.tree) r.tree.ratio = r.tree.app.rps / r.tree.minimal.rps;
  if (!results.some((r) => !r.skipped)) {
    throw new Error(`nothing was measured: ${results.map((r) => `${r.database} ${r.skipped}`).join('; ') || 'every database skipped'}`);
  }

  const cpus = os.cpus();
  const machineShort = `${nproc} CPU, Node ${process.version}`;
  const machine = `${nproc} CPUs (nproc)${cpus[0] ? `, ${cpus[0].model.trim()}` : ''}; ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM; ${os.type()} ${os.release()}; Node ${process.version}`;
  const day = when.toISOString().slice(0, 10);
  const pgVersion = results.find((r) => r.version)?.version;
  const skipped = results.filter((r) => r.skipped);
  const maxLoad = Math.max(...loads, os.loadavg()[0]);
  const minLoad = Math.min(...loads, os.loadavg()[0]);
  const busy = maxLoad > nproc * 0.75;
  const loadNote = `1-minute load average during the runs: ${minLoad.toFixed(1)}–${maxLoad.toFixed(1)} on ${nproc} CPUs${busy ? ' — **the machine was busy with other work; absolute numbers are noisy, compare the ratios**' : ''}.`;
  const tree = treeSection(results, machineShort, day);
  const search = searchSection(results);
  const imp = importSection(results);
  const ranContention = results.filter((r) => r.contention);
  const contention = ranContention.length ? contentionSection(ranContention, { fMs, fS }) : { md: '', verdict: '' };
  const verdicts = [tree.verdict, search.verdict, imp.verdict, contention.verdict].filter(Boolean);

  const md = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs)${process.env.BENCH_DIAGNOSE === '1' ? ' with BENCH_DIAGNOSE=1' : ''}${process.env.BENCH_ONLY ? ` with BENCH_ONLY=${process.env.BENCH_ONLY}` : ''}; rerun it rather than editing by hand.
Parts: *tree* (an authenticated read endpoint against a minimal server), *search* (partner search at ${PARTNERS.toLocaleString('en-US')} partners against its raw SQL), *import* (a ${IMPORT_ROWS.toLocaleString('en-US')}-row CSV through the API). BENCH_ONLY=search (or tree, import) runs one part.

- Date: ${when.toISOString()}; the whole run took ${Math.round((Date.now() - started) / 1000)} s
- Machine: ${machine}
- Databases: embedded PGlite (child process, unix socket, pg Pool of 1)${pgVersion ? `; local PostgreSQL ${pgVersion} (a fresh database, dropped afterwards; pg Pool of 10)` : ''}${skipped.length ? `; skipped: ${skipped.map((r) => `${r.database} (${r.skipped})`).join(', ')}` : ''}
- ${loadNote}

${verdicts.map((v) => `- ${v}`).join('\n')}

${[tree.md, search.md, imp.md].filter(Boolean).join('\n')}`;

  const file = path.join(ROOT, 'BENCHMARKS.md');
  // Contention alone keeps the file's other sections: its own section is replaced in place.
  const onlyContention = [...ONLY].every((p) => p === 'contention');
  if (!onlyContention) fs.writeFileSync(file, md.replace(/\n{3,}/g, '\n\n'));
  if (contention.md) spliceSection(file, '## Reads during an import', `${contention.md}\n${onlyContention ? `_Measured ${when.toISOString()} (${machine}); ${loadNote}_\n` : ''}`);
  if (process.env.BENCH_JSON) fs.writeFileSync(process.env.BENCH_JSON, JSON.stringify({ when, machine, loads, results }, null, 1));
  console.log(`\n${verdicts.map((v) => v.replaceAll('**', '')).join('\n')}\n${loadNote.replaceAll('**', '')}\nMachine: ${machine}\nDate: ${when.toISOString()}`);
  console.log(`\nWrote BENCHMARKS.md in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (e) {
  console.error(`[bench] failed: ${e.stack ?? e}`);
  await bail(1);
}
