/**
 * The audit writer: every write in Amity appends one hash-chained row here, in the same
 * transaction as the change. Modules call `audit(db, actor, {...})`; the audit module reads.
 */
import { desc, sql } from 'drizzle-orm';
import type { Database } from '../db/types.js';
import { auditLog } from './audit-schema.js';
import { auditHash, GENESIS, type HashedFields } from './audit-hash.js';
import type { Actor } from './actor.js';

export type AuditEntry = Omit<HashedFields, 'at'>;

/**
 * Appends one row to the chain. Must run inside a transaction: the advisory
 * lock serialises writers (across processes too) until commit.
 */
export async function appendAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(724105)`);
  const [last] = await db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const prevHash = last?.hash ?? GENESIS;
  const at = new Date();
  const row = { ...entry, at, diff: entry.diff ?? null };
  await db.insert(auditLog).values({ ...row, prevHash, hash: auditHash(prevHash, row) });
}

/** What a service records: who acted comes from the actor (or the fallback when the system acts). */
export type AuditEvent = Pick<AuditEntry, 'action' | 'entity' | 'entityId' | 'diff'>;

export const auditFrom = (actor: Actor | null, e: AuditEvent, fallback: { unitId?: string | null; ip?: string | null } = {}): AuditEntry => ({
  userId: actor?.scope.userId ?? null,
  userEmail: actor?.email ?? null,
  unitId: actor?.scope.unitId ?? fallback.unitId ?? null,
  ip: actor?.ip ?? fallback.ip ?? null,
  ...e,
});

/** Records one event by `actor` (null: the system). Call it inside the write's transaction. */
export const audit = (db: Database, actor: Actor | null, e: AuditEvent, fallback?: { unitId?: string | null; ip?: string | null }) =>
  appendAudit(db, auditFrom(actor, e, fallback));
