/**
 * The import benchmark's client side: one CSV through the real API, as the web
 * app does it (server/src/modules/imports/routes.ts), timed per phase, while
 * the memory of the server's processes is sampled.
 *
 *   upload    POST /api/v1/imports (multipart, x-amity-upload: 1)
 *   mapping   PUT  /api/v1/imports/:id/mapping (the guessed mapping; options)
 *   validate  POST /api/v1/imports/:id/validate, then GET …/:id until 'validated'
 *   commit    POST /api/v1/imports/:id/commit {actions:{}}, then GET …/:id until 'done'
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** Every process whose process group is pgid (the server started detached: Node and, on PGlite, its database child). */
export function groupPids(pgid) {
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) === pgid) pids.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return pids;
}

/** VmRSS and VmHWM (peak) of a process in bytes, and its command line; undefined when it is gone. */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    return { rss: kb('VmRSS'), hwm: kb('VmHWM'), cmd };
  } catch {
    return undefined;
  }
}

/**
 * Samples the summed RSS of the processes of a group every intervalMs.
 * stop() answers the first sample (start), the peak of the sum, the peak per
 * kind of process (node, pglite) and their VmHWM (the kernel's own peak).
 */
export function sampleMemory(pgid, intervalMs = 200) {
  let peakSum = 0;
  let start;
  let phase = 'start';
  const byPhase = {}; // phase -> { sum, node, pglite } peaks
  const peak = new Map(); // pid -> { rss, cmd }
  const hwm = new Map();
  let samples = 0;
  const role = (cmd) => (cmd.includes('pglite-child') ? 'pglite' : 'node');
  const tick = () => {
    let sum = 0;
    const now = {};
    for (const pid of groupPids(pgid)) {
      const m = memoryOf(pid);
      if (!m) continue;
      sum += m.rss;
      now[role(m.cmd)] = (now[role(m.cmd)] ?? 0) + m.rss;
      if (m.rss > (peak.get(pid)?.rss ?? 0)) peak.set(pid, { rss: m.rss, cmd: m.cmd });
      hwm.set(pid, { hwm: m.hwm, cmd: m.cmd });
    }
    peakSum = Math.max(peakSum, sum);
    start ??= { sum, ...now };
    const p = (byPhase[phase] ??= { sum: 0 });
    p.sum = Math.max(p.sum, sum);
    for (const [k, v] of Object.entries(now)) p[k] = Math.max(p[k] ?? 0, v);
    samples++;
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    /** From now on samples count for this phase. */
    mark(name) {
      tick();
      phase = name;
    },
    stop() {
      clearInterval(timer);
      tick();
      const per = {};
      for (const [pid, p] of peak) per[role(p.cmd)] = Math.max(per[role(p.cmd)] ?? 0, p.rss);
      const hwms = {};
      for (const [, h] of hwm) hwms[role(h.cmd)] = Math.max(hwms[role(h.cmd)] ?? 0, h.hwm);
      return { start, peakSum, peak: per, hwm: hwms, byPhase, samples, intervalMs };
    },
  };
}

async function call(base, cookie, method, url, body, timeoutMs = 120_000) {
  const r = await fetch(base + url, {
    method,
    // Origin matching the host: the server refuses cookie requests without it.
    headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${method} ${url} → ${r.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

/** The deadline passed: the import did not reach the status wanted in time. */
class Late extends Error {}

/**
 * Polls the import until it reaches `wanted`, or throws Late at the deadline.
 * On PGlite a poll waits for the one connection while an import statement
 * runs, so a poll may get no answer for long: `seen` keeps the last answer and
 * when it came (ms since t0), and when each phase was first seen.
 */
async function until(base, cookie, id, wanted, deadline, seen, t0, pollMs = 250) {
  for (;;) {
    const left = deadline - performance.now();
    if (left <= 0) throw new Late();
    let s;
    try {
      s = await call(base, cookie, 'GET', `/api/v1/imports/${id}`, undefined, Math.max(1, Math.ceil(left)));
    } catch (e) {
      if (e.name === 'TimeoutError') throw new Late();
      throw e;
    }
    const at = performance.now() - t0;
    seen.last = { status: s.status, phase: s.phase, processedRows: s.processedRows, at };
    const key = `${s.status}${s.phase ? `/${s.phase}` : ''}`;
    if (!(key in seen.first)) seen.first[key] = at;
    if (s.status === wanted) return s;
    if (s.status === 'failed') throw new Error(`import ${id} failed: ${s.failure}`);
    await sleep(pollMs);
  }
}

/**
 * Runs one import through the API and answers the time of each phase (ms),
 * the import's counts and the server's memory during the whole import. When
 * timeoutMs passes first, answers what was done (done: false, stuck: the phase).
 */
export async function runImport({ base, cookie, csvPath, pgid, timeoutMs = 300_000 }) {
  const me = await call(base, cookie, 'GET', '/api/v1/me');
  const ownerUnitId = me.user.unitId;
  const csv = fs.readFileSync(csvPath);
  const memory = sampleMemory(pgid);
  const ms = {};
  const seen = { first: {}, last: undefined };
  const t0 = performance.now();
  const deadline = t0 + timeoutMs;
  let t = t0;
  let phase = 'upload';
  const lap = (name) => {
    const now = performance.now();
    ms[name] = now - t;
    t = now;
  };
  const out = { ms, seen, rows: 0, bytes: csv.length };
  memory.mark('upload');
  try {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'partners-100k.csv');
    const up = await fetch(`${base}/api/v1/imports`, {
      method: 'POST',
      headers: { cookie, origin: base, 'x-amity-upload': '1' },
      body: form,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const created = await up.json();
    if (up.status !== 201) throw new Error(`upload → ${up.status} ${JSON.stringify(created).slice(0, 500)}`);
    lap('upload');
    Object.assign(out, { id: created.id, columns: created.columns, mapping: created.mapping });
    phase = 'mapping';
    memory.mark(phase);
    const mapped = await call(base, cookie, 'PUT', `/api/v1/imports/${created.id}/mapping`, {
      mapping: created.mapping,
      options: { ownerUnitId, visibility: 'shared', duplicateAction: 'skip' },
    });
    const previewErrors = mapped.rows.filter((r) => r.errors.length);
    if (previewErrors.length) throw new Error(`preview rows with errors: ${JSON.stringify(previewErrors.slice(0, 3))}`);
    lap('mapping');
    phase = 'validate';
    memory.mark(phase);
    await call(base, cookie, 'POST', `/api/v1/imports/${created.id}/validate`, {});
    const validated = await until(base, cookie, created.id, 'validated', deadline, seen, t0);
    lap('validate');
    if (validated.errorRows > 0) throw new Error(`${validated.errorRows} rows with errors: the bench CSV must be valid`);
    Object.assign(out, { rows: validated.totalRows, duplicateRows: validated.duplicateRows });
    phase = 'commit';
    memory.mark(phase);
    await call(base, cookie, 'POST', `/api/v1/imports/${created.id}/commit`, { actions: {} });
    const done = await until(base, cookie, created.id, 'done', deadline, seen, t0);
    lap('commit');
    ms.total = performance.now() - t0;
    return { ...out, done: true, result: done.result, memory: memory.stop() };
  } catch (e) {
    if (!(e instanceof Late)) throw e;
    return { ...out, done: false, stuck: phase, elapsed: performance.now() - t0, memory: memory.stop() };
  } finally {
    memory.stop();
  }
}
