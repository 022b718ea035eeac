import { and, desc, asc, eq, gte, lte, gt, inArray, count, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { managedWhere } from '../../core/tenancy.js';
import { auditLog, type AuditRow } from '../../core/audit-schema.js';
import { auditHash, GENESIS } from '../../core/audit-hash.js';
import { readableEntries } from './visibility.js';

export interface AuditFilter {
  userId?: string;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

/** Admins see the whole log; managers see what happened in their subtree. */
function scopeWhere(scope: Scope): SQL | undefined {
  return managedWhere(scope, auditLog.unitId);
}

export async function listAudit(db: Database, scope: Scope, f: AuditFilter, limit: number, offset: number) {
  const where = and(
    scopeWhere(scope),
    f.userId ? eq(auditLog.userId, f.userId) : undefined,
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, f.to) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  // An entry shows what its record would show the reader: about a record they cannot read (now, or as
  // last recorded for a deleted one), only that it happened: no diff (audit/visibility.ts).
  const readable = await readableEntries(db, scope, rows);
  const items = rows.map((r, i) => (readable[i] ? { ...r, redacted: false } : { ...r, diff: null, redacted: true }));
  return { items, total: total?.n ?? 0 };
}

/** Walks the chain in order; returns the first row whose link is broken. */
export async function verifyChain(db: Database): Promise<{ checked: number; brokenAt?: AuditRow; reason?: string }> {
  let prev = GENESIS;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, lastId)).orderBy(asc(auditLog.id)).limit(1000);
    if (rows.length === 0) return { checked };
    for (const row of rows) {
      if (row.prevHash !== prev) return { checked, brokenAt: row, reason: 'prev_hash' };
      if (auditHash(prev, row) !== row.hash) return { checked, brokenAt: row, reason: 'hash' };
      prev = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
