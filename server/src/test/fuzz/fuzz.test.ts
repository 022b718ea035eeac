import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../app.js';
import { login } from '../factories.js';
import { operationsOf, requestOf, type Actor, type Context, type FuzzRequest, type Operation } from './arbitraries.js';
import { makeFixtures } from './fixtures.js';

/**
 * Property: whatever anyone sends to any operation of /api/v1/openapi.json, the answer is never a
 * 5xx, and every 4xx is `{ error: { code, message } }`. Operations come from the document, so a
 * new route is fuzzed without a test of its own.
 *
 * Replay: FUZZ_SEED=<seed> FUZZ_OP="<METHOD> <path>" [FUZZ_PATH=<path>] npx vitest run src/test/fuzz
 * (the failure message prints the exact line). FUZZ_RUNS: runs per operation; FUZZ_BUDGET_MS: time shared by all
 * operations; FUZZ_GREP: only operations whose "METHOD path" contains it; FUZZ_VERBOSE=1|2: status counts | every request.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_907);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
// Bounded in time: the operations share this budget (shrinking included); on a machine too busy
// for it, an operation stops early (fewer runs, same sequence), never the other way round.
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 75_000);
const MIN_OP_MS = 400;

const skipped = (op: Operation) =>
  // Multipart uploads (imports, attachments) read files, not JSON: their own tests cover them.
  /multipart/i.test(op.summary) ||
  // These end the fuzzer's own sessions.
  (op.method === 'POST' && ['/api/v1/auth/logout', '/api/v1/auth/logout-all'].includes(op.path));

// Reads first, then writes, deletions last: the real records stay for as long as possible.
const order = (op: Operation) => (op.method === 'GET' ? 0 : op.method === 'DELETE' ? 2 : 1);

/** A per-operation seed that does not change when other operations are added or filtered out. */
const seedOf = (op: Operation) => {
  let h = SEED | 0;
  for (const ch of `${op.method} ${op.path}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
};

let t: TestApp;
let ctx: Context;
let ops: Operation[];
const cookies: Record<Exclude<Actor, 'anonymous'>, { email: string; cookie: string }> = {} as never;

beforeAll(async () => {
  t = await openTestApp();
  const f = await makeFixtures(t);
  if (f.missing.length) console.warn(`fuzz: fixtures not made (their routes get random ids):\n${f.missing.join('\n')}`);
  ctx = { ids: f.ids, allIds: f.allIds };
  for (const role of ['admin', 'officer', 'viewer'] as const) cookies[role] = { email: f.actors[role].user.email, cookie: f.actors[role].cookie };
  const doc = await t.app.inject({ url: '/api/v1/openapi.json' });
  ops = operationsOf(doc.json())
    .filter((op) => !skipped(op))
    .filter((op) => !process.env.FUZZ_OP || `${op.method} ${op.path}` === process.env.FUZZ_OP)
    .filter((op) => !process.env.FUZZ_GREP || `${op.method} ${op.path}`.includes(process.env.FUZZ_GREP))
    .sort((a, b) => order(a) - order(b));
});
afterAll(() => t?.close());

async function send(r: FuzzRequest) {
  const headers: Record<string, string> = { 'accept-language': r.lang };
  if (r.actor !== 'anonymous') headers.cookie = cookies[r.actor].cookie;
  if (r.method !== 'GET') headers['sec-fetch-site'] = 'same-origin';
  if (r.payload !== undefined) headers['content-type'] = 'application/json';
  if (r.userAgent !== undefined) headers['user-agent'] = r.userAgent;
  const res = t.app.inject({ method: r.method as 'GET', url: r.url, headers, payload: r.payload, remoteAddress: '192.0.2.7' });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 15 s')), 15_000)));
  try {
    return await Promise.race([res, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let statuses: number[] = [];

/** The property: no 5xx; a 4xx has the error shape. */
async function check(r: FuzzRequest) {
  const res = await send(r);
  statuses.push(res.statusCode);
  if (process.env.FUZZ_VERBOSE === '2') console.log(res.statusCode, r.actor, r.method, r.url.slice(0, 150), (r.payload ?? '').slice(0, 200), res.body.slice(0, 150));
  if (res.statusCode >= 500) throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}`);
  if (res.statusCode >= 400) {
    let body: { error?: { code?: unknown; message?: unknown } };
    try {
      body = res.json();
    } catch {
      throw new Error(`${res.statusCode} without a JSON body: ${res.body.slice(0, 200)}`);
    }
    if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string' || !body.error.message) {
      throw new Error(`${res.statusCode} without { error: { code, message } }: ${res.body.slice(0, 200)}`);
    }
  }
}

/** A fuzzed request may sign an actor out (a new password, a deactivation): sign back in. */
async function keepSignedIn() {
  for (const role of Object.keys(cookies) as Array<keyof typeof cookies>) {
    const me = await t.app.inject({ url: '/api/v1/me', headers: { cookie: cookies[role].cookie } });
    if (me.statusCode === 401) cookies[role].cookie = await login(t.app, cookies[role].email);
  }
}

it('answers every operation of the OpenAPI document without a 5xx, and every 4xx with { error: { code, message } }', async () => {
  expect(ops.length).toBeGreaterThan(process.env.FUZZ_OP || process.env.FUZZ_GREP ? 0 : 100);
  const failures: string[] = [];
  const took: Array<[number, string]> = [];
  const deadline = Date.now() + BUDGET_MS;
  for (const [i, op] of ops.entries()) {
    const seed = seedOf(op);
    const started = Date.now();
    statuses = [];
    const out = await fc.check(fc.asyncProperty(requestOf(op, ctx), check), {
      numRuns: RUNS,
      seed,
      // Twice a fair share of what is left: a slow operation (an XLSX export) may take more than the average.
      interruptAfterTimeLimit: Math.max(MIN_OP_MS, (2 * (deadline - Date.now())) / (ops.length - i)),
      ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
    });
    if (out.failed) {
      const [r] = out.counterexample ?? [];
      failures.push(
        `${op.method} ${op.path}: ${String(out.errorInstance instanceof Error ? out.errorInstance.message : out.errorInstance)}\n` +
          `  request: ${JSON.stringify(r).slice(0, 600)}\n` +
          `  replay: FUZZ_SEED=${SEED} FUZZ_OP="${op.method} ${op.path}" FUZZ_PATH=${out.counterexamplePath} npx vitest run src/test/fuzz`,
      );
    }
    if (op.method !== 'GET') await keepSignedIn();
    const counts = [...new Set(statuses)].sort().map((s) => `${s}×${statuses.filter((x) => x === s).length}`);
    took.push([Date.now() - started, `${op.method} ${op.path} ${counts.join(' ')}`]);
  }
  if (process.env.FUZZ_VERBOSE) console.log(took.map(([ms, op]) => `${ms} ms ${op}`).join('\n'));
  expect(failures, `seed ${SEED}\n${failures.join('\n')}`).toEqual([]);
}, BUDGET_MS + 150_000);
