import { inflateRawSync } from 'node:zlib';
import type { App } from '../../http/context.js';
import { randomBytes } from 'node:crypto';
import { CALLER_TOKEN, forbiddenBecause, type Instance } from './plan.js';
import { visible, type Caller, type Obj } from './rules.js';
import type { World } from './world.js';

// Sends the requests and judges the answers: a 2xx the rules forbid, or the marker of an object the caller may
// not see anywhere in the answer (headers included; XLSX unzipped, iCalendar and vCard lines unfolded).

export interface Finding {
  op: string;
  caller: string;
  family: string;
  status: number;
  /** `leak`: a forbidden 2xx or a hidden marker (the test fails); `id`: only the id of a hidden record (reported). */
  kind: 'leak' | 'id';
  what: string;
  url: string;
}

export interface Stats {
  requests: number;
  /** Forbidden requests refused before the rule could be judged (malformed by the generator: 400, 415, 422). */
  weak: Map<string, string>;
  /** Markers some answer carried: a marker nobody ever sees means the world or the scan is broken. */
  seen: Set<string>;
  /** Milliseconds spent per operation. */
  time: Map<string, number>;
  /** Operations that answered 2xx to someone (the others may have a request the generator got wrong). */
  succeeded: Set<string>;
}

/** Every file of a zip (XLSX) inflated and joined: strings live in sharedStrings.xml, sheet names in workbook.xml. */
export function unzipText(buf: Buffer): string {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])); // end of central directory
  if (end < 0) return buf.toString('latin1');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const parts: string[] = [];
  for (let n = 0; n < count; n++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const local = buf.readUInt32LE(at + 42);
    const data = buf.subarray(local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28));
    const raw = data.subarray(0, size);
    parts.push((method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return parts.join('\n');
}

/** The answer as text a marker can be found in. */
export async function readable(res: { rawPayload: Buffer; headers: Record<string, unknown> }): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  const head = Object.values(res.headers).join('\n');
  if (type.includes('spreadsheetml')) return `${head}\n${unzipText(res.rawPayload)}`;
  // iCalendar and vCard fold long lines (RFC 5545 3.1): a marker may be cut by CRLF + space.
  return `${head}\n${res.rawPayload.toString('utf8').replace(/\r?\n[ \t]/g, '')}`;
}

/** What must not reach this caller: the markers, and the ids, of the objects it may not see. */
export function hiddenMarkers(world: World, c: Caller): Map<string, Obj> {
  const out = new Map<string, Obj>();
  for (const o of world.objects) {
    if (visible(world, c, o)) continue;
    if (o.marker) out.set(o.marker.toLowerCase(), o);
    if (/^[0-9a-f-]{36}$/.test(o.id)) out.set(o.id, o);
  }
  return out;
}

export async function probe(app: App, world: World, inst: Instance, c: Caller, hidden: Map<string, Obj>, stats: Stats): Promise<Finding[]> {
  const headers = { ...inst.headers, ...(c.cookie ? { cookie: c.cookie } : {}) };
  const t0 = performance.now();
  const url = inst.url.replace(CALLER_TOKEN, c.feedToken ?? randomBytes(32).toString('base64url'));
  const res = await app.inject({ method: inst.op.method as 'GET', url, headers, ...(inst.payload !== undefined ? { payload: inst.payload } : {}) });
  stats.requests++;
  stats.time.set(inst.op.key, (stats.time.get(inst.op.key) ?? 0) + performance.now() - t0);
  const found: Finding[] = [];
  const base = { op: inst.op.key, caller: c.name, family: inst.family + (Object.keys(inst.variant).length ? ` ${JSON.stringify(inst.variant)}` : ''), status: res.statusCode, url: inst.url };
  const ok = res.statusCode >= 200 && res.statusCode < 300;
  if (ok) stats.succeeded.add(inst.op.key);
  const why = forbiddenBecause(world, inst, c);
  if (why && ok) found.push({ ...base, kind: 'leak', what: `answered ${res.statusCode} although the caller ${why}` });
  // A record one may not see does not exist: a 409 about its state (or a 5xx) says otherwise.
  const hiddenInPath = inst.pathRefs.find((o) => !visible(world, c, o));
  if (c.role !== 'anonymous' && hiddenInPath && (res.statusCode === 409 || res.statusCode >= 500)) {
    found.push({ ...base, kind: 'leak', what: `answered ${res.statusCode}, not 404, on ${hiddenInPath.label} the caller may not see: ${res.body.slice(0, 120)}` });
  }
  if (why && [400, 415, 422].includes(res.statusCode)) stats.weak.set(inst.op.key, `${res.statusCode} ${res.body.slice(0, 160)}`);
  const text = (await readable(res)).toLowerCase();
  const sent = `${inst.url} ${inst.payload instanceof Buffer ? '' : JSON.stringify(inst.payload ?? '')}`.toLowerCase();
  for (const [marker, o] of hidden) {
    // An id the request itself carried may come back (an echo is no leak); a marker never may.
    if (!text.includes(marker) || (marker === o.id && sent.includes(marker))) continue;
    const isId = marker === o.id;
    found.push({ ...base, kind: isId ? 'id' : 'leak', what: `answer contains the ${isId ? 'id' : 'marker'} of ${o.label} (${o.id})` });
  }
  for (const o of world.objects) if (o.marker && !stats.seen.has(o.marker) && text.includes(o.marker.toLowerCase())) stats.seen.add(o.marker);
  return found;
}

/** Runs jobs a few at a time: PGlite serves one query at a time, but requests overlap their JavaScript. */
export async function inBatches<T>(jobs: (() => Promise<T>)[], size: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += size) out.push(...(await Promise.all(jobs.slice(i, i + size).map((j) => j()))));
  return out;
}
