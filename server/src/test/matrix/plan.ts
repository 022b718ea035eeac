import { randomUUID } from 'node:crypto';
import { isDestructive, kindOfName, PATH_SEGMENT_KINDS, PERSONAL_OPS, POLYMORPHIC_ENTITIES, PUBLIC_OPS, READ_LIKE_OPS, TEXTY, VARIANT_FIELDS } from './kinds.js';
import { mayManage, visible, type Caller, type Family, type Obj } from './rules.js';
import { objectValue, valueFor, type Schema, type ValueCtx } from './values.js';
import { multipart, ORIGIN, type World } from './world.js';

// Every operation of the OpenAPI document becomes requests: one per family of objects it can name (and per value
// of its variant fields), each with the rule that says which callers must not get a 2xx.

export interface Op {
  key: string; // "GET /api/v1/partners/{id}"
  method: string;
  path: string;
  params: { name: string; in: string; required?: boolean; schema: Schema }[];
  body?: Schema;
  multipart: boolean;
  /**
   * read: GET and read-like POSTs, sent by everyone. create: POSTs to a collection (no id in the path), sent by
   * everyone too (a new record changes nothing the matrix relies on, and its answer — clashes, duplicates — is
   * scanned). write and destructive (deletes, state changes): only by callers the rules refuse, destructive last.
   */
  phase: 'read' | 'create' | 'write' | 'destructive';
}

export interface Instance {
  op: Op;
  family: Family | 'plain';
  variant: Record<string, string>;
  url: string;
  payload?: string | Buffer | object;
  headers: Record<string, string>;
  /** Objects named by the request: a caller who may not see one of them must get no 2xx. */
  refs: Obj[];
  /** Those named in the path: the records whose state a 409 would be about. */
  pathRefs: Obj[];
  /** Whether a text field carries the family's probe word (a search that may find the family's objects). */
  usedText: boolean;
  /** How many optional filters name objects of the family (a list filtered by a record the caller may not see). */
  filtered: number;
}

const isCreate = (key: string) => /^POST [^{]+$/.test(key) && !PERSONAL_OPS.includes(key) && !PUBLIC_OPS.includes(key);

export function operations(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Op[] {
  const ops: Op[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [m, o] of Object.entries(byMethod)) {
      const method = m.toUpperCase();
      const key = `${method} ${path}`;
      const content = (o.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content;
      // The document of a multipart route says so only in its summary (fastify-swagger drops `consumes` without a body schema).
      const isMultipart = !!content?.['multipart/form-data'] || (!content && method === 'POST' && /multipart/i.test(String(o.summary ?? '')));
      const readLike = method === 'GET' || READ_LIKE_OPS.includes(key);
      ops.push({
        key, method, path, multipart: isMultipart, body: content?.['application/json']?.schema,
        params: (o.parameters as Op['params'] | undefined) ?? [],
        phase: readLike ? 'read' : isDestructive(method, path) ? 'destructive' : isCreate(key) ? 'create' : 'write',
      });
    }
  }
  return ops;
}

function variantsOf(op: Op): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  const names = new Set(op.params.map((p) => p.name));
  if (names.has('entity') && names.has('entityId')) out = Object.keys(POLYMORPHIC_ENTITIES).map((entity) => ({ entity }));
  const fields: [string, Schema][] = [...op.params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema] as [string, Schema]), ...Object.entries(op.body?.properties ?? {})];
  for (const [name, s] of fields) {
    if (!VARIANT_FIELDS.includes(name) || !s.enum) continue;
    out = out.flatMap((v) => s.enum!.map((value) => ({ ...v, [name]: String(value) })));
  }
  return out;
}

/** Path parameters that are not ids of objects. `{token}` becomes each caller's own feed secret when sent. */
export const CALLER_TOKEN = '__caller_feed_token__';
const PATH_LITERALS: Record<string, () => string> = { code: () => 'FR', token: () => CALLER_TOKEN };

const isFilter = (name: string, path: string) => !!kindOfName(name, path) || /(^unitId$|UnitId$|^assignedBy$)/.test(name);

function build(op: Op, world: World, family: Family | 'plain', variant: Record<string, string>, unmapped: Set<string>, filters = false): Instance | null {
  const probe = family === 'plain' ? world.probe.public : world.probe[family];
  const ctx: ValueCtx = {
    path: op.path, family: family === 'plain' ? 'public' : family, probe, day: world.day, year: world.year, unitId: world.units.A.id, variant,
    colleagueId: world.callers[0]!.userId!,
    pick: (kind) => world.objects.find((o) => o.kind === kind && (o.family === family || o.family === 'public')),
    refs: [], missing: [], unmapped: [],
  };
  const segments = op.path.split('/');
  const url = segments
    .map((seg, i) => seg.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (PATH_LITERALS[name]) return PATH_LITERALS[name]();
      const kind = name === 'id' ? PATH_SEGMENT_KINDS[segments[i - 1]!] : kindOfName(name, op.path);
      const o = kind ? ctx.pick(kind) : undefined;
      if (!kind) ctx.unmapped.push(`${op.key} {${name}}`);
      else if (!o) ctx.missing.push(kind);
      else ctx.refs.push(o);
      return o?.id ?? randomUUID();
    }))
    .join('/');
  const pathRefs = [...ctx.refs];
  const query = new URLSearchParams();
  let filtered = 0;
  for (const p of op.params.filter((x) => x.in === 'query')) {
    if (p.name === 'limit') query.set('limit', String(p.schema.maximum ?? 100));
    else if (p.required || p.name in variant || (filters ? isFilter(p.name, op.path) : TEXTY.test(p.name) || (p.name === 'entityId' && variant.entity))) {
      const before = ctx.refs.length;
      query.set(p.name, String(valueFor(p.schema, p.name, ctx)));
      // An optional filter naming a hidden record may answer an empty 200: only what it returns is judged.
      if (!p.required) filtered += ctx.refs.splice(before).length;
    }
  }
  const headers: Record<string, string> = { 'accept-language': 'en' };
  if (op.method !== 'GET') headers.origin = ORIGIN;
  let payload: Instance['payload'];
  if (op.multipart) {
    const m = multipart(`${probe}.csv`, `name,country\n${probe} matrix,FR\n`);
    payload = m.payload;
    headers['content-type'] = m.contentType;
    headers['x-amity-upload'] = '1';
  } else if (op.body) payload = objectValue(op.body, ctx);
  for (const u of ctx.unmapped) unmapped.add(u);
  if (ctx.missing.length && (family !== 'plain' || ctx.unmapped.length === 0)) return null;
  const qs = query.toString();
  return { op, family, variant, url: qs ? `${url}?${qs}` : url, payload, headers, refs: ctx.refs, pathRefs, usedText: !!ctx.usedText || op.multipart, filtered };
}

/**
 * The requests for one operation: a plain one when it names no object (an id nobody maps gets a random uuid and is
 * reported), and one per family whose objects it names or whose probe word it searches for.
 */
export function instancesOf(op: Op, world: World, unmapped: Set<string>): Instance[] {
  const out: Instance[] = [];
  for (const variant of variantsOf(op)) {
    const plain = build(op, world, 'plain', variant, unmapped);
    if (plain && plain.refs.length === 0) out.push(plain);
    for (const family of ['shared', 'unit', 'confidential', 'private', 'public'] as const) {
      const i = build(op, world, family, variant, new Set());
      if (!i) continue;
      if (i.refs.length > 0 ? i.refs.some((r) => r.family === family) : i.usedText && family !== 'public') out.push(i);
      // Lists once more with every filter that names a record (or a unit): filtered by what the caller may not see.
      const f = op.method === 'GET' && family !== 'public' ? build(op, world, family, variant, new Set(), true) : null;
      if (f && f.filtered > 0) out.push(f);
    }
  }
  return out;
}

/** Why this caller must get no 2xx for this request, or null when the rules allow it. */
export function forbiddenBecause(world: World, inst: Instance, c: Caller): string | null {
  const { op } = inst;
  if (PUBLIC_OPS.includes(op.key)) return null;
  if (c.role === 'anonymous') return 'anonymous';
  const hidden = inst.refs.find((o) => !visible(world, c, o));
  if (hidden) return `may not see ${hidden.label}`;
  if (op.phase !== 'read' && c.role === 'viewer' && !PERSONAL_OPS.includes(op.key)) return 'viewers never write';
  const unmanaged = op.phase !== 'read' ? inst.refs.find((o) => !mayManage(world, c, o)) : undefined;
  if (unmanaged) return `may not change ${unmanaged.label}`;
  return null;
}
