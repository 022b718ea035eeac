import { randomUUID } from 'node:crypto';
import type { JsonSchema } from '../openapi-schema.js';
import { kindOfName, namedValue, POLYMORPHIC_ENTITIES, SOFT_REFS, TEXTY } from './kinds.js';
import type { Family, Obj } from './rules.js';

// A minimal valid value for a JSON schema (as fastify-type-provider-zod writes it): required fields, plus the
// fields that name objects of the world (filled with the instance's family) and the text fields a search reads.

export type Schema = JsonSchema;

export interface ValueCtx {
  path: string;
  family: Family;
  probe: string;
  day: string;
  year: number;
  unitId: string;
  /** A user of another unit (B's officer), put among an engagement's participants: their own clashes are probed. */
  colleagueId: string;
  /** Chosen values of the variant fields (`action`, `format`, `entity`). */
  variant: Record<string, string>;
  /** The world's object of that kind in the instance's family, if any. */
  pick: (kind: string) => Obj | undefined;
  /** Objects the request names: the caller must see them all, else no 2xx. */
  refs: Obj[];
  /** Kinds asked for that the family has no object of: the instance is skipped. */
  missing: string[];
  /** Ids the tables could not map (filled with random uuids). */
  unmapped: string[];
  /** Whether a text field (a search, a title) carries the family's probe word. */
  usedText?: boolean;
}

const isUnitField = (name: string) => /(^unitId$|UnitId$|^parentId$|UnitIds$)/.test(name);

function unwrap(s: Schema): Schema {
  const options = s.anyOf ?? s.oneOf;
  if (!options) return s;
  const real = options.filter((o) => o.type !== 'null' && !(o.enum && o.enum.length === 1 && o.enum[0] === ''));
  return unwrap(real[0] ?? options[0]!);
}

function refValue(kind: string, name: string, ctx: ValueCtx): string {
  const o = ctx.pick(kind);
  if (!o) {
    ctx.missing.push(kind);
    return randomUUID();
  }
  if (!SOFT_REFS.includes(name)) ctx.refs.push(o);
  return o.id;
}

function patterned(pattern: string, candidates: string[]): string | undefined {
  const re = new RegExp(pattern);
  return candidates.find((c) => re.test(c));
}

function stringValue(s: Schema, name: string, ctx: ValueCtx): string {
  if (s.format === 'uuid') {
    if (isUnitField(name)) return ctx.unitId;
    return randomUUID();
  }
  if (s.format === 'date') return ctx.day;
  if (s.format === 'date-time') return new Date().toISOString();
  if (s.format === 'email') return `${ctx.probe.toLowerCase()}@test.amity`;
  if (s.format === 'uri') return 'https://example.org/matrix';
  if (TEXTY.test(name)) ctx.usedText = true;
  const text = TEXTY.test(name) ? `${ctx.probe} matrix` : 'matrix';
  const padded = text.padEnd(s.minLength ?? 0, 'x').slice(0, s.maxLength ?? 1000);
  if (!s.pattern) return padded;
  const slug = ctx.probe.toLowerCase().replace(/[^a-z0-9]/g, '');
  return patterned(s.pattern, [padded, `k${slug}`, slug, 'en', 'x', '+84 24 1234 5678', ctx.day, `${ctx.year}-Q1`, 'FR']) ?? padded;
}

export function valueFor(schema: Schema, name: string, ctx: ValueCtx, depth = 0): unknown {
  const s = unwrap(schema);
  const kind = name === 'entityId' ? POLYMORPHIC_ENTITIES[ctx.variant.entity ?? ''] : kindOfName(name, ctx.path);
  if (kind) {
    const id = refValue(kind, name, ctx);
    return s.type === 'array' ? [id] : id;
  }
  if (name in ctx.variant) return ctx.variant[name];
  const named = namedValue(name, ctx);
  if (named !== undefined && (!s.enum || s.enum.includes(named))) return named;
  if (s.enum) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'integer':
    case 'number':
      return Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return (s.minItems ?? 0) > 0 && s.items ? [valueFor(s.items, name, ctx, depth + 1)] : [];
    case 'object':
      return objectValue(s, ctx, depth + 1);
    default:
      if (s.properties) return objectValue(s, ctx, depth + 1);
      return stringValue(s, name, ctx);
  }
}

/** Required fields; at the top level also the fields naming objects and the texts; never an empty object if avoidable. */
export function objectValue(s: Schema, ctx: ValueCtx, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(s.required ?? []);
  const props = Object.entries(s.properties ?? {});
  for (const [name, prop] of props) {
    const wanted = required.has(name) || (depth === 0 && (name in ctx.variant || !!kindOfName(name, ctx.path) || TEXTY.test(name) || name === 'participants'));
    if (wanted) out[name] = valueFor(prop, name, ctx, depth);
  }
  // A PATCH with nothing required still needs one field to reach its handler (an empty update is refused first).
  if (depth === 0 && Object.keys(out).length === 0) {
    const first = props.find(([, p]) => unwrap(p).type !== 'object');
    if (first) out[first[0]] = valueFor(first[1], first[0], ctx, depth);
  }
  return out;
}
