import { createHash } from 'node:crypto';

export const GENESIS = '0'.repeat(64);

/** JSON with keys sorted at every level, so jsonb's reordering cannot change a hash. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface HashedFields {
  at: Date;
  userId: string | null;
  userEmail: string | null;
  unitId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  diff: unknown;
  ip: string | null;
}

export const auditHash = (prevHash: string, row: HashedFields): string =>
  createHash('sha256')
    .update(prevHash)
    .update(
      canonical({
        at: row.at,
        userId: row.userId,
        userEmail: row.userEmail,
        unitId: row.unitId,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        diff: row.diff ?? null,
        ip: row.ip,
      }),
    )
    .digest('hex');

const SECRET = /password|token|hash/i;

/** Before/after of the fields that changed; secrets are never written to the log. */
export function diffOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of keys) {
    if (k === 'updatedAt' || k === 'createdAt') continue;
    const bv = before?.[k];
    const av = after?.[k];
    if (canonical(bv) === canonical(av)) continue;
    if (before) b[k] = SECRET.test(k) ? '[redacted]' : (bv ?? null);
    if (after) a[k] = SECRET.test(k) ? '[redacted]' : (av ?? null);
  }
  return { ...(before ? { before: b } : {}), ...(after ? { after: a } : {}) };
}
