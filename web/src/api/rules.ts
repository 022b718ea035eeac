// Client rules derived from the server's own request schemas (requests.gen.json, written by
// `npm run contract` from each route's zod schema): a form checks a value as it will be sent against
// the JSON Schema the server checks that field with, and words a failure with one of its own
// translated keys. A failure the form has no words for is left to the server, whose 422 lands on the field.
import { fromJSONSchema, type core, type ZodType } from 'zod';
import type { ApiPath, Body, Method } from './contract';
import requests from './requests.gen.json';

/** An operation with a JSON body, as `POST /partners` (the path as api() takes it). */
export type BodyOp = {
  [P in ApiPath]: { [M in Method]: [Body<P, M>] extends [never] ? never : `${Uppercase<M>} ${P}` }[Method];
}[ApiPath];

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

/** i18n keys of a form, by kind of failure. `required` defaults to `validation.required`, an e-mail format to `validation.email`. */
export interface Words {
  required?: string;
  tooLong?: string;
  tooShort?: string;
  range?: string;
  format?: string;
  invalid?: string;
}

export type FieldRule = (value: unknown) => string | null;

const schemas = requests as unknown as Record<string, JsonSchema>;
const bodyOf = (op: BodyOp): JsonSchema => {
  const [method, path] = op.split(' ');
  const schema = schemas[`${method} /api/v1${path}`];
  if (!schema) throw new Error(`No request schema for ${op}: run npm run contract`);
  return schema;
};

/** The object schema inside lists and nullable unions (`contacts` → one contact). */
function objectOf(s: JsonSchema): JsonSchema {
  if (s.items) return objectOf(s.items);
  const branch = s.anyOf?.find((b) => b.properties || b.items);
  return branch ? objectOf(branch) : s;
}

/** The schema of one field of a body, through lists: `contacts.email`. Also whether the object requires it. */
function fieldOf(op: BodyOp, path: string): { schema: JsonSchema; required: boolean } {
  let parent = bodyOf(op);
  const segments = path.split('.');
  for (const [i, seg] of segments.entries()) {
    const obj = objectOf(parent);
    const schema = obj.properties?.[seg];
    if (!schema) throw new Error(`${op} has no field ${path}`);
    if (i === segments.length - 1) return { schema, required: obj.required?.includes(seg) ?? false };
    parent = schema;
  }
  throw new Error(`${op}: empty field path`);
}

/** The longest text the server takes in a field (for inputs' maxLength). */
export function maxLengthOf(op: BodyOp, path: string): number {
  const { schema } = fieldOf(op, path);
  const lengths = [schema, ...(schema.anyOf ?? [])].map((s) => s.maxLength).filter((n): n is number => n !== undefined);
  if (!lengths.length) throw new Error(`${op} ${path} has no maxLength`);
  return Math.max(...lengths);
}

/** The bounds the server puts on a number field. */
export function rangeOf(op: BodyOp, path: string): { min: number; max: number } {
  const { schema } = fieldOf(op, path);
  const s = [schema, ...(schema.anyOf ?? [])].find((b) => b.minimum !== undefined || b.maximum !== undefined);
  return { min: s?.minimum ?? -Infinity, max: s?.maximum ?? Infinity };
}

type Issue = core.$ZodIssue;

/** The issue that says what is wrong: of a union, the branch of the value's own type. */
function telling(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors.length) return issue;
  const branch = issue.errors.find((b) => b.some((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value')) ?? issue.errors[0]!;
  return telling(branch.find((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value') ?? branch[0]!);
}

function wordsFor(issue: Issue, value: unknown, words: Words): string | null {
  const required = words.required ?? 'validation.required';
  // Nothing given where the server wants something: whatever the check, the field is required.
  if (value === '' || value === undefined || value === null) return required;
  const i = telling(issue);
  switch (i.code) {
    case 'too_big':
      return (i.origin === 'string' ? words.tooLong : words.range) ?? null;
    case 'too_small':
      return (i.origin === 'string' ? words.tooShort : words.range) ?? null;
    case 'invalid_format':
      return words.format ?? (i.format === 'email' ? 'validation.email' : null);
    case 'not_multiple_of':
      return words.range ?? null;
    default:
      return words.invalid ?? null;
  }
}

/**
 * The rule of one body field, `fieldRule('POST /partners', 'contacts.email', words)`: the value as it
 * will be sent (`undefined` when left out) → the form's key for what is wrong, or null. `trim`: the
 * form sends the text trimmed, so it is checked trimmed.
 */
export function fieldRule(op: BodyOp, path: string, words: Words = {}, opts: { trim?: boolean } = {}): FieldRule {
  const { schema: json, required } = fieldOf(op, path);
  let schema: ZodType | undefined;
  return (raw) => {
    const value = opts.trim && typeof raw === 'string' ? raw.trim() : raw;
    if (value === undefined) return required ? (words.required ?? 'validation.required') : null;
    schema ??= fromJSONSchema(json as core.JSONSchema.JSONSchema);
    const result = schema.safeParse(value);
    return result.success ? null : wordsFor(result.error.issues[0]!, value, words);
  };
}
