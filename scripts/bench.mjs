#!/usr/bin/env node
/**
 * npm run bench — throughput and latency of an authenticated read endpoint
 * (GET /api/v1/units/tree) of the real app, beside a minimal Fastify + driver
 * server running the same SELECT, on embedded PGlite and on the local
 * PostgreSQL. Writes BENCHMARKS.md and prints the table.
 *
 * Env (all optional):
 *   BENCH_DURATION      seconds per measured run (default 10)
 *   BENCH_CONNECTIONS   autocannon connections (default 10)
 *   BENCH_WARMUP        seconds of warm-up before each run (default 2)
 *   BENCH_PG_URL        maintenance URL of the local PostgreSQL
 *                       (default postgres://postgres@127.0.0.1:5432/postgres)
 *   BENCH_SKIP          comma list of databases to skip: pglite,postgres
 *   BENCH_PROFILE=0     skip the in-process queries-per-request profile
 *
 * Exits 0 when every run completed, whether or not the target was met;
 * exits 1 when a run could not be completed (nothing is written then).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import pg from 'pg';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const PROFILE = process.env.BENCH_PROFILE !== '0';
const TARGET = 0.6;
const PASSWORD = 'bench-password-1';
const EMAIL = 'admin@demo.amity';
const HOST = '127.0.0.1';
const WATCHDOG_MS = 6 * 60_000; // hard stop, whatever happens
const APP_LOG_LEVEL = process.env.LOG_LEVEL ?? 'info (app default)';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'amity-bench-'));
const children = new Set();
const databases = new Set();
const log = (...a) => console.log('[bench]', ...a);
const loads = []; // 1-minute load average before and after each measured run

// ---------------------------------------------------------------- processes

/** Environment for children: never inherit a database choice from the caller. */
function childEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const k of ['DATABASE_URL', 'DATA_DIR', 'PORT', 'HOST']) if (!(k in extra)) delete env[k];
  return env;
}

/** Runs a command to completion (bounded by timeoutMs); resolves with its output. */
function run(cmd, args, env, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: childEnv(env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
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
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: childEnv({ ...env, PORT: String(port), HOST }),
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

async function signIn(base) {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
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
  const app = await startServer(`app-${label}`, 'server/src/main.ts', appEnv, '/api/health');
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

async function benchPglite() {
  const appDir = path.join(tmp, 'pglite-app');
  const minDir = path.join(tmp, 'pglite-minimal');
  log('PGlite: loading demo data');
  await loadDemo({ DATA_DIR: appDir });
  // A copy for the baseline: two processes must never open one PGlite directory.
  fs.cpSync(appDir, minDir, { recursive: true });
  fs.rmSync(path.join(minDir, 'amity.lock'), { force: true });
  return benchPair('PGlite', { DATA_DIR: appDir }, { DATA_DIR: minDir }, () => profile({ DATA_DIR: appDir }));
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
  const env = { DATABASE_URL: url.toString() };
  log(`PostgreSQL ${version}: database ${name}, loading demo data`);
  await loadDemo(env);
  const r = await benchPair('PostgreSQL', env, env, () => profile(env));
  return { ...r, version };
}

// ------------------------------------------------------------------- report

const fRps = (n) => Math.round(n).toLocaleString('en-US');
const fMs = (n) => String(+n.toFixed(2));

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
    rows.push(
      `| ${r.database} | app \`GET /api/v1/units/tree\` (signed in) | ${fRps(r.app.rps)} | ${fMs(r.app.p50)} | ${fMs(r.app.p99)} | **${r.ratio.toFixed(2)}×** | ${r.ratio >= TARGET ? 'met' : '**MISSED**'} | ${machineShort} | ${day} |`,
      `| ${r.database} | minimal Fastify + pg, same SELECT | ${fRps(r.minimal.rps)} | ${fMs(r.minimal.p50)} | ${fMs(r.minimal.p99)} | 1.00× (baseline) | | ${machineShort} | ${day} |`,
    );
  }
  return rows.join('\n');
}

function diagnostics(results) {
  const ran = results.filter((r) => !r.skipped);
  if (!ran.length) return '';
  const cpu = (x) => (x.cpuMsPerRequest === undefined ? 'n/a' : x.cpuMsPerRequest.toFixed(2));
  const rows = [
    '| Database | requests served (app / minimal) | server CPU ms per request: app | minimal | queries per app request | findSession ms | unitTree ms | both ms | bare tree SQL ms | bare ÷ both | whole app request ms | GET /api/health ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of ran) {
    const p = r.profile;
    const m = p?.ms ?? {};
    const v = (x) => (x === undefined ? 'n/a' : fMs(x));
    rows.push(
      `| ${r.database} | ${fRps(r.app.total)} / ${fRps(r.minimal.total)} | ${cpu(r.app)} | ${cpu(r.minimal)} | ${p ? fMs(p.queriesPerRequest) : 'n/a'} | ${v(m.findSession)} | ${v(m.unitTree)} | ${v(m.bothRepoCalls)} | ${v(m.bareTreeSql)} | ${p ? `${(m.bareTreeSql / m.bothRepoCalls).toFixed(2)}×` : 'n/a'} | ${v(m.request)} | ${v(m.health)} |`,
    );
  }
  const withProf = ran.find((r) => r.profile);
  const list = withProf ? withProf.profile.queries.map((x) => `- ${fMs(x.perRequest)} per request: \`${x.text}…\``).join('\n') : '';
  return `${rows.join('\n')}${list ? `\n\nQueries the app sends per request (${withProf.database}):\n\n${list}` : ''}`;
}

async function main() {
  const started = Date.now();
  const when = new Date();
  const nproc = os.availableParallelism();
  log(`temp dir ${tmp}; ${DURATION} s per run, ${CONNECTIONS} connections, ${WARMUP} s warm-up; load average ${os.loadavg()[0].toFixed(2)} on ${nproc} CPUs`);
  const results = [];
  if (!SKIP.has('pglite')) results.push(await benchPglite());
  if (!SKIP.has('postgres')) results.push(await benchPostgres());
  for (const r of results) if (!r.skipped) r.ratio = r.app.rps / r.minimal.rps;
  if (!results.some((r) => !r.skipped)) {
    throw new Error(`nothing was measured: ${results.map((r) => `${r.database} ${r.skipped}`).join('; ') || 'every database skipped'}`);
  }

  const cpus = os.cpus();
  const machineShort = `${nproc} CPU, Node ${process.version}`;
  const machine = `${nproc} CPUs (nproc)${cpus[0] ? `, ${cpus[0].model.trim()}` : ''}; ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM; ${os.type()} ${os.release()}; Node ${process.version}`;
  const day = when.toISOString().slice(0, 10);
  const pgVersion = results.find((r) => r.version)?.version;
  const missed = results.filter((r) => !r.skipped && r.ratio < TARGET);
  const skipped = results.filter((r) => r.skipped);
  const verdict = missed.length
    ? `**TARGET MISSED** on ${missed.map((r) => `${r.database} (${r.ratio.toFixed(2)}×)`).join(' and ')}: the app should reach at least ${TARGET}× the throughput of the minimal server.`
    : skipped.length
      ? `Target met on every database that ran (${skipped.map((r) => r.database).join(', ')} skipped).`
      : `Target met on every database: the app reaches at least ${TARGET}× the throughput of the minimal server.`;
  const maxLoad = Math.max(...loads);
  const busy = maxLoad > nproc * 0.75;
  const loadNote = `1-minute load average during the runs: ${Math.min(...loads).toFixed(1)}–${maxLoad.toFixed(1)} on ${nproc} CPUs${busy ? ' — **the machine was busy with other work; absolute numbers are noisy, compare the ratios and CPU per request**' : ''}.`;
  const table = mainTable(results, machineShort, day);
  const diag = diagnostics(results);

  const md = `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.mjs); rerun it rather than editing by hand.

- Date: ${when.toISOString()}
- Machine: ${machine}
- Load: autocannon 8 on loopback (${HOST}), ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s measured per row; one server at a time (app first, then the minimal server)
- Data: the demo data set (\`npm run demo\`: ${results.find((r) => r.units)?.units ?? '?'} units, 9 users), signed in as ${EMAIL}
- Databases: embedded PGlite (child process, unix socket, pg Pool of 1)${pgVersion ? `; local PostgreSQL ${pgVersion} (a fresh database, dropped afterwards; pg Pool of 10)` : ''}
- App log level: ${APP_LOG_LEVEL}, written to a file

${table}

${verdict}

${loadNote}

**App**: the real server (\`node --import tsx server/src/main.ts\`) answering \`GET /api/v1/units/tree\` with the session cookie:
session resolution (\`findSession\`, reused from the in-process session cache for SESSION_CACHE_MS = 2 s, so about one lookup per connection every 2 s), the units tree query (\`unitTree\`), abilities per unit, zod response serialisation, helmet headers.

**Minimal**: scripts/bench/minimal.ts: plain Fastify, no auth, no schema, the database opened with the same \`openDatabase()\`
(same driver and pool size; PGlite in its own process behind a unix socket), the exact SQL \`unitTree\` sends
(scripts/bench/minimal-sql.ts), rows returned as JSON. On PGlite it runs on a copy of the app's data directory.

## Where the time goes
${diag ? `
- *Server CPU per request*: user + system CPU of the server's processes during the measured run (Node, plus the PGlite child on PGlite; the PostgreSQL server is not counted), divided by the requests served.
- The other columns come from scripts/bench/profile.ts, one call at a time (no concurrency), mean wall time over ${results.find((r) => r.profile)?.profile.calls ?? 0} calls:
  the real app built in-process with \`buildApp\` (no logger) and its pool wrapped to count queries; the endpoint's two repository calls \`findSession\` and \`unitTree\`, alone and in sequence (*both*);
  the same SQL sent bare with \`pool.query\`, as the minimal server does; the whole request through \`app.inject\` (no network).
- *bare ÷ both*: on PGlite, where one connection serialises every query, this would bound the app/minimal ratio if every request looked its session up in the database (SESSION_CACHE_MS=0).

${diag}
` : '\nNo diagnostics (no database ran).\n'}`;

  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), md);
  console.log(`\n${table}\n\n${verdict.replaceAll('**', '')}\n${loadNote.replaceAll('**', '')}\nMachine: ${machine}\nDate: ${when.toISOString()}`);
  if (diag) console.log(`\nWhere the time goes:\n\n${diag}`);
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
