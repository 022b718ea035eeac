export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The contract leaves `diff` open; accept the usual shapes:
 * `{before, after}`, `{field: [old, new]}`, `{field: {from, to}}` / `{old, new}` / `{before, after}`,
 * or a plain object of values (a creation). Anything else is shown raw.
 */
export function diffRows(diff: unknown): DiffRow[] | null {
  if (!isObject(diff)) return null;
  if (('before' in diff || 'after' in diff) && Object.keys(diff).every((k) => k === 'before' || k === 'after')) {
    const before = isObject(diff.before) ? diff.before : {};
    const after = isObject(diff.after) ? diff.after : {};
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.map((field) => ({ field, before: before[field], after: after[field] }));
  }
  return Object.entries(diff).map(([field, v]) => {
    if (Array.isArray(v) && v.length === 2) return { field, before: v[0], after: v[1] };
    if (isObject(v)) {
      for (const [a, b] of [
        ['from', 'to'],
        ['old', 'new'],
        ['before', 'after'],
      ] as const) {
        if (a in v || b in v) return { field, before: v[a], after: v[b] };
      }
    }
    return { field, before: undefined, after: v };
  });
}

export function showValue(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return '∅';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
