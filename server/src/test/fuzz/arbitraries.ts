import fc from 'fast-check';
import type { JsonSchema } from '../openapi-schema.js';

/**
 * Requests generated from the app's own OpenAPI document (/api/v1/openapi.json): for every
 * operation, a path with real or hostile ids, a query and a JSON body derived from its JSON
 * schema — valid-ish values, boundary values and hostile ones (NUL, lone surrogates, year 0 and
 * 99999, huge numbers, NaN-like strings, empty objects, arrays for objects, long strings,
 * unknown keys). A new route is fuzzed as soon as it is in the document.
 */

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  path: string; // OpenAPI form: /api/v1/partners/{id}
  summary: string;
  parameters: Parameter[];
  body?: JsonSchema;
  bodyRequired: boolean;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { summary?: string; parameters?: Parameter[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> } }>>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, in its order. */
export function operationsOf(doc: OpenApiDoc): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const json = op.requestBody?.content?.['application/json'];
      ops.push({
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        parameters: op.parameters ?? [],
        body: json?.schema,
        bodyRequired: !!op.requestBody?.required,
      });
    }
  }
  return ops;
}

/** Ids of real records, by the path segment that names their collection ("partners", "notes"…). */
export type Ids = Record<string, string[]>;

export interface Context {
  ids: Ids;
  /** Every real id, for uuid fields of bodies and queries (owner units, partner lists…). */
  allIds: string[];
}

// ---- hostile values ----------------------------------------------------------------------

const longString = (n: number) => 'é'.repeat(n);
export const hostileStrings = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\udbff\u0000',
  '',
  ' ',
  '\t\n',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '-9223372036854775809',
  '0000-01-01',
  '99999-12-31',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '2024-02-30',
  '9999-12-31T23:59:59-12:00',
  '0',
  'null',
  'true',
  '__proto__',
  'constructor',
  '%00',
  '%',
  '../../etc/passwd',
  "'; drop table partners; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '🇻🇳👍🏽',
  'Đ\u0301\u200b\u202e',
  '北京',
  longString(5000),
];

export const hostileValues: unknown[] = [
  ...hostileStrings,
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  {},
  [],
  [{}],
  [null],
  { a: { b: { c: {} } } },
  ['\u0000'],
];

const hostile = fc.constantFrom(...hostileValues);
const hostileString = fc.constantFrom(...hostileStrings);

// ---- values from a schema ----------------------------------------------------------------

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateValues = fc.oneof(
  { weight: 4, arbitrary: day },
  { weight: 1, arbitrary: fc.constantFrom('1000-01-01', '9999-12-31', '2024-02-29') },
);
const instant = fc
  .tuple(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: -12, max: 14 }))
  .map(([d, h]) => `${d.toISOString().slice(0, 19)}${h < 0 ? '-' : '+'}${pad(Math.abs(h))}:00`);
const instantValues = fc.oneof(
  { weight: 4, arbitrary: instant },
  { weight: 1, arbitrary: fc.constantFrom('1000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-07-01T08:00:00.123456789Z') },
);

function stringOf(s: JsonSchema, ctx: Context): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.format === 'uuid') return fc.oneof({ weight: 3, arbitrary: ctx.allIds.length ? fc.constantFrom(...ctx.allIds) : fc.uuid() }, { weight: 1, arbitrary: fc.uuid() });
  if (s.format === 'date') return dateValues;
  if (s.format === 'date-time') return instantValues;
  if (s.format === 'email') return fc.nat({ max: 1e9 }).map((n) => `fuzz${n.toString(36)}@test.amity`);
  // Two letters exactly: country codes, mostly ones that exist.
  if (s.minLength === 2 && s.maxLength === 2 && !s.pattern) return fc.constantFrom('VN', 'FR', 'CN', 'LA', 'vn', 'XX');
  if (s.format === 'uri') return fc.constantFrom('https://example.org/a', 'http://localhost/x');
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? 60, 60);
  const variants: Array<fc.WeightedArbitrary<unknown>> = [];
  if (s.pattern) {
    try {
      variants.push({ weight: 10, arbitrary: fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= (s.maxLength ?? 200)) });
    } catch {
      // A pattern fast-check cannot read: free text instead.
    }
  }
  if (!variants.length) variants.push({ weight: 10, arbitrary: fc.string({ minLength: Math.min(min, max), maxLength: max, unit: 'grapheme' }) });
  // Boundary: exactly the longest allowed (one more is a mutation's job).
  if (s.maxLength !== undefined && s.maxLength <= 600_000) variants.push({ weight: 1, arbitrary: fc.constant('x'.repeat(Math.max(s.maxLength, min))) });
  return fc.oneof(...variants);
}

function numberOf(s: JsonSchema, integer: boolean): fc.Arbitrary<unknown> {
  const lo = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : -1_000_000);
  const hi = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : 1_000_000);
  const min = Math.max(lo, -Number.MAX_SAFE_INTEGER);
  const max = Math.min(hi, Number.MAX_SAFE_INTEGER);
  const inRange = integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return fc.oneof({ weight: 6, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(Math.ceil(min), Math.floor(max)) });
}

/** Valid-ish values of a schema: what a form would send, boundaries included. */
export function valueOf(s: JsonSchema | undefined, ctx: Context, depth = 0): fc.Arbitrary<unknown> {
  s ??= {};
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => valueOf(a, ctx, depth)));
  if (s.allOf?.length) return valueOf(Object.assign({}, ...s.allOf) as JsonSchema, ctx, depth);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringOf(s, ctx);
    case 'integer':
      return numberOf(s, true);
    case 'number':
      return numberOf(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const max = Math.min(s.maxItems ?? 3, 3);
      return fc.array(valueOf(s.items, ctx, depth + 1), { minLength: Math.min(s.minItems ?? 0, max), maxLength: max });
    }
    case 'object': {
      if (depth > 4) return fc.constant({});
      const props = s.properties ?? {};
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valueOf(v, ctx, depth + 1)]));
      const required = (s.required ?? []).filter((k) => k in shape);
      const optional = Object.keys(shape).filter((k) => !required.includes(k));
      const full = fc.record(shape, { requiredKeys: required });
      // The required keys and at most one more: a mutation then hits the one field that matters.
      const lean = fc
        .tuple(fc.record(Object.fromEntries(required.map((k) => [k, shape[k]!]))), optional.length ? fc.option(fc.constantFrom(...optional), { nil: undefined }) : fc.constant(undefined))
        .chain(([base, k]) => (k ? shape[k]!.map((v) => ({ ...base, [k]: v })) : fc.constant(base)));
      const known = fc.oneof({ weight: 2, arbitrary: lean }, { weight: 1, arbitrary: full });
      // Records (additionalProperties: a schema): a few free keys of their own.
      if (typeof s.additionalProperties !== 'object') return known;
      const key = s.propertyNames?.pattern ? fc.stringMatching(new RegExp(s.propertyNames.pattern)) : fc.string({ maxLength: 10 });
      const extra = fc.dictionary(key, valueOf(s.additionalProperties, ctx, depth + 1), { maxKeys: 4 });
      return fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...a }));
    }
    default:
      // No type (z.unknown, records of anything): a little of everything.
      return depth > 4 ? fc.constant(null) : fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }));
  }
}

// ---- mutations: one hostile change in an otherwise valid value -----------------------------

type Mutator = (old: unknown, pick: unknown) => unknown;
const isDateLike = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d/.test(v);
const mutators: Mutator[] = [
  (old) => (typeof old === 'string' ? `${old}\u0000` : '\u0000'),
  (old) => (typeof old === 'string' ? `${old.slice(0, 1)}\u0000${old.slice(1)}` : 'a\u0000b'),
  (old) => (typeof old === 'string' ? `\ud800${old}` : 'x\udc00'),
  (old) => (typeof old === 'string' ? `${old}\udbff` : '\ud800'),
  (old) => (isDateLike(old) ? `0000${old.slice(4)}` : '0000-01-01'),
  (old) => (isDateLike(old) ? `0000${old.slice(4)}` : old),
  (old) => (isDateLike(old) ? `99999${old.slice(4)}` : '0999-12-31'),
  (old) => (typeof old === 'string' ? old.repeat(Math.ceil(20_000 / Math.max(1, old.length))) : 'x'.repeat(20_000)),
  (old) => (typeof old === 'number' ? [1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -1, 0.5][Math.abs(Math.round(old)) % 6] : 'NaN'),
  (old) => (Array.isArray(old) ? {} : typeof old === 'object' && old !== null ? [] : [old]),
  (old) => (typeof old === 'object' && old !== null && !Array.isArray(old) ? {} : null),
  (old) => (typeof old === 'object' && old !== null && !Array.isArray(old) ? { ...old, ...{ ['zzz\u0000']: 1 } } : old),
  (old) => (typeof old === 'object' && old !== null && !Array.isArray(old) ? { ...old, ...{ ['__proto__']: { admin: true } } } : old),
  (_old, pick) => pick,
];

/** Paths of every node of a JSON value, the root included. */
function pathsOf(v: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...path, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...path, k], out);
  return out;
}

function replaceAt(v: unknown, path: Array<string | number>, f: (old: unknown) => unknown): unknown {
  if (!path.length) return f(v);
  const [head, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? replaceAt(x, rest, f) : x));
  const o = v as Record<string, unknown>;
  return { ...o, ...{ [head as string]: replaceAt(o[head as string], rest, f) } };
}

/** A valid value with one hostile change somewhere (leaves more often than whole objects). */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom(...mutators), hostile).map(([v, n, m, pick]) => {
    const paths = pathsOf(v);
    const at = (p: Array<string | number>) => p.reduce<any>((x, k) => x?.[k], v);
    const leaves = paths.filter((p) => pathsOf(at(p)).length === 1);
    const strings = leaves.filter((p) => typeof at(p) === 'string');
    // Mostly a string (where NUL and broken Unicode go), sometimes any leaf, sometimes a whole object.
    const pool = n % 5 === 0 || !leaves.length ? paths : n % 5 === 1 || !strings.length ? leaves : strings;
    return replaceAt(v, pool[Math.floor(n / 5) % pool.length]!, (old) => m(old, pick));
  });
}

// ---- requests ------------------------------------------------------------------------------

/** Percent-encoding that survives lone surrogates (encodeURIComponent throws on them): their WTF-8 bytes. */
export function encode(s: string): string {
  let out = '';
  for (const ch of s) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      const c = ch.charCodeAt(0);
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
  }
  return out;
}

const queryText = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

function pathValue(op: Operation, name: string, ctx: Context): fc.Arbitrary<string> {
  const segments = op.path.split('/');
  const collection = segments[segments.findIndex((x) => x.startsWith(`{${name}}`)) - 1] ?? '';
  const real = ctx.ids[collection] ?? ctx.ids[name] ?? [];
  const schema = op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema ?? {};
  const options: Array<{ weight: number; arbitrary: fc.Arbitrary<string> }> = [
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: hostileString.filter((v) => v !== '') },
    { weight: 1, arbitrary: stringOf(schema, ctx).map(queryText).filter((v) => v !== '') },
  ];
  if (real.length) options.push({ weight: 6, arbitrary: fc.constantFrom(...real) });
  else if (ctx.allIds.length) options.push({ weight: 1, arbitrary: fc.constantFrom(...ctx.allIds) });
  return fc.oneof(...options);
}

export type Actor = 'admin' | 'officer' | 'viewer' | 'anonymous';

export interface FuzzRequest {
  actor: Actor;
  method: string;
  url: string;
  /** A JSON text, or undefined for no body at all. */
  payload?: string;
  lang: string;
  userAgent?: string;
}

const rawBodies = ['{', '[]', 'null', '"x"', '1e309', '{"a":1,"a":2}', '{"__proto__":{"admin":true}}', '"\\u0000"', '{"x":"\\ud800"}', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', '{}'];

/** One request to an operation, from any actor. */
export function requestOf(op: Operation, ctx: Context): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const path = fc.tuple(...pathParams.map((p) => pathValue(op, p.name, ctx))).map((values) =>
    pathParams.reduce((url, p, i) => url.replace(`{${p.name}}`, encode(values[i]!)), op.path),
  );
  const validQuery = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valueOf(p.schema, ctx)])), { requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name) });
  const query = fc
    .tuple(fc.oneof(validQuery, mutated(validQuery).filter((q) => q !== null && typeof q === 'object' && !Array.isArray(q)) as fc.Arbitrary<Record<string, unknown>>), fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('&zzz=1', '&%=1', '&q=%E0%A4%A', '&page=1&page=2', '&q=%ED%A0%80', '&=') }))
    .map(([q, raw]) => {
      const parts = Object.entries(q).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => `${k}=${encode(queryText(x))}`) : [`${k}=${encode(queryText(v))}`]));
      const text = parts.join('&') + raw;
      return text ? `?${text.replace(/^&/, '')}` : '';
    });
  const body: fc.Arbitrary<string | undefined> = op.body
    ? fc.oneof(
        { weight: 3, arbitrary: valueOf(op.body, ctx).map((v) => JSON.stringify(v)) },
        { weight: 6, arbitrary: mutated(valueOf(op.body, ctx)).map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: hostile.map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: fc.constantFrom(...rawBodies) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      )
    : fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('{}', '{"zzz":1}', '[]') });
  return fc.record({
    actor: fc.constantFrom<Actor>('admin', 'admin', 'officer', 'viewer', 'anonymous'),
    method: fc.constant(op.method),
    url: fc.tuple(path, query).map(([p, q]) => p + q),
    payload: ['GET', 'DELETE'].includes(op.method) ? fc.constant(undefined) : body,
    lang: fc.constantFrom('vi', 'en', 'fr', 'de', '*', 'vi-VN,vi;q=0.9', ''),
    userAgent: fc.option(fc.constantFrom('Mozilla/5.0', 'x\u0000y', 'é'.repeat(1000)), { nil: undefined }),
  });
}
