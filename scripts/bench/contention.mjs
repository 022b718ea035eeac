/**
 * The contention benchmark's client side: does a long write freeze the other users?
 * Another user's `GET /api/v1/partners?limit=20`, one request at a time, first on the idle
 * server, then while a CONTENTION_ROWS-row import commits (uploaded, mapped and validated
 * first; the importer polls its status every 500 ms as the web page does). Target: p95 during
 * the commit ≤ 5× the idle p95 of the same run, and under 1 s.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export const CONTENTION_RATIO = 5;
export const CONTENTION_MAX_MS = 1000;

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const stats = (xs) => ({ n: xs.length, p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) });

/** A request as the web app sends it: state-changing ones carry an Origin matching the host. */
async function call(base, cookie, method, url, body) {
  const r = await fetch(base + url, {
    method,
    headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(300_000),
  });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

async function read(base, cookie) {
  const t = performance.now();
  const r = await fetch(`${base}/api/v1/partners?limit=20`, { headers: { cookie }, signal: AbortSignal.timeout(120_000) });
  await r.text();
  if (r.status !== 200) throw new Error(`GET /api/v1/partners?limit=20 → ${r.status}`);
  return performance.now() - t;
}

async function waitFor(base, cookie, id, wanted, deadline) {
  for (;;) {
    const s = await call(base, cookie, 'GET', `/api/v1/imports/${id}`);
    if (s.status === wanted) return s;
    if (s.status === 'failed') throw new Error(`import ${id} failed: ${s.failure}`);
    if (performance.now() > deadline) throw new Error(`import ${id} not ${wanted} in time (${s.status}/${s.phase})`);
    await sleep(500);
  }
}

/**
 * Idle reads (idleSeconds, at most idleMax), then the import up to 'validated', then the
 * commit with reads running until it is done. Answers the latencies (ms) and the commit's wall time.
 */
export async function runContention({ base, importer, reader, csvPath, idleSeconds = 10, idleMax = 300, timeoutMs = 600_000 }) {
  for (let i = 0; i < 5; i++) await read(base, reader); // warm-up
  const idle = [];
  const t0 = performance.now();
  while (idle.length < idleMax && performance.now() - t0 < idleSeconds * 1000) idle.push(await read(base, reader));

  const deadline = performance.now() + timeoutMs;
  const me = await call(base, importer, 'GET', '/api/v1/me');
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(csvPath)], { type: 'text/csv' }), 'contention.csv');
  const up = await fetch(`${base}/api/v1/imports`, { method: 'POST', headers: { cookie: importer, origin: base, 'x-amity-upload': '1' }, body: form });
  const created = await up.json();
  if (up.status !== 201) throw new Error(`upload → ${up.status} ${JSON.stringify(created).slice(0, 500)}`);
  // 'create': every row is written even where an earlier run of the bench left the same names.
  await call(base, importer, 'PUT', `/api/v1/imports/${created.id}/mapping`, {
    mapping: created.mapping,
    options: { ownerUnitId: me.user.unitId, visibility: 'shared', duplicateAction: 'create' },
  });
  await call(base, importer, 'POST', `/api/v1/imports/${created.id}/validate`, {});
  const validated = await waitFor(base, importer, created.id, 'validated', deadline);
  if (validated.errorRows > 0) throw new Error(`${validated.errorRows} rows with errors: the bench CSV must be valid`);

  const during = [];
  let done;
  const tc = performance.now();
  await call(base, importer, 'POST', `/api/v1/imports/${created.id}/commit`, { actions: {} });
  const committed = waitFor(base, importer, created.id, 'done', deadline).then((s) => {
    done = { at: performance.now() - tc, result: s.result };
  });
  let failure;
  committed.catch((e) => (failure = e));
  while (!done && !failure) during.push(await read(base, reader));
  await committed;
  return { rows: validated.totalRows, idle: stats(idle), during: stats(during), commitMs: done.at, result: done.result };
}

/** The markdown section of this part. */
export function contentionSection(ran, { fMs, fS }) {
  const rows = [
    '| Database | rows committed | commit s | idle reads | idle p50 ms | idle p95 ms | reads during the commit | during p50 ms | during p95 ms | during max ms | p95 ÷ idle p95 | target ≤ 5× and < 1 s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  const verdicts = [];
  for (const r of ran) {
    const c = r.contention;
    const ratio = c.during.p95 / c.idle.p95;
    const met = ratio <= CONTENTION_RATIO && c.during.p95 < CONTENTION_MAX_MS;
    if (!met) verdicts.push(r.database);
    rows.push(
      `| ${r.database} | ${c.result.created.toLocaleString('en-US')} | ${fS(c.commitMs)} | ${c.idle.n} | ${fMs(c.idle.p50)} | ${fMs(c.idle.p95)} | ${c.during.n} | ${fMs(c.during.p50)} | ${fMs(c.during.p95)} | ${fMs(c.during.max)} | **${(ratio).toFixed(2)}×** | ${met ? 'met' : '**MISSED**'} |`,
    );
  }
  const verdict = verdicts.length
    ? `**CONTENTION TARGET MISSED** on ${verdicts.join(' and ')}: other users' reads during an import commit should stay ≤ ${CONTENTION_RATIO}× idle and < 1 s.`
    : `Contention target met on every database that ran: reads during a ${ran[0].contention.rows.toLocaleString('en-US')}-row import commit stay ≤ ${CONTENTION_RATIO}× idle (p95) and < 1 s.`;
  const md = `## Reads during an import

- Another user (officer.hanoi@demo.amity) reads \`GET /api/v1/partners?limit=20\`, one request at a time, on the idle server (10 s), then
  while admin@demo.amity's import of ${ran[0].contention.rows.toLocaleString('en-US')} rows commits (uploaded, mapped with duplicateAction 'create', validated first; its status polled every 500 ms as the web page does),
  from the commit request until the import is 'done'; ${ran[0].seed ? `${ran[0].seed.partners.toLocaleString('en-US')} partners before the import (demo data + BENCH_PARTNERS)` : ''}. Same server, same run; the ratio is to the idle p95 of that run (\`BENCH_ONLY=contention\`, scripts/bench/contention.mjs).
- The commit writes new partners in batches of 200 rows, each its own short transaction (server/src/modules/imports/commit.ts): on PGlite, whose one connection a transaction holds for everyone, other requests get their turn between batches (the commit waits, at most 200 ms, until the connection has been free for a moment).
  Before this change the whole commit was one transaction: another user's partner list waited for all of it (28.7 s during a 20,000-row commit).

${rows.join('\n')}

${verdict}
`;
  return { md, verdict };
}

/** Replaces the section that starts with `heading` (up to the next "## ") in the markdown file, or appends it. */
export function spliceSection(file, heading, md) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = old.indexOf(`\n${heading}\n`);
  let out;
  if (start < 0) out = `${old.trimEnd()}\n\n${md.trim()}\n`;
  else {
    const next = old.indexOf('\n## ', start + heading.length + 1);
    out = `${old.slice(0, start).trimEnd()}\n\n${md.trim()}\n${next < 0 ? '' : `\n${old.slice(next + 1)}`}`;
  }
  fs.writeFileSync(file, out);
}
