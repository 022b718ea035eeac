import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import type { OwnedRecord } from '../../http/module.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { auditLog } from '../../core/audit-schema.js';

// The queries of audit/visibility.ts: who may read about a record.

/** What the log recorded of these records, oldest first. */
export const historyOf = (db: Database, entity: string, ids: string[]) =>
  db
    .select({ id: auditLog.entityId, diff: auditLog.diff })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), inArray(auditLog.entityId, ids)))
    .orderBy(auditLog.id);

/** The live rows of these ids. */
export const rowsOf = async (db: Database, table: PgTable & { id: PgColumn }, ids: string[]) =>
  (await db.select().from(table).where(inArray(table.id, ids))) as Record<string, unknown>[];

/** Of these ids of an owned kind: those the scope sees, and those that exist at all. */
export async function seenAndExisting(db: Database, scope: Scope, owned: OwnedRecord, ids: string[]) {
  const t = owned.table;
  const [seen, existing] = await Promise.all([
    db.select({ id: t.id }).from(t).where(owned.scoped.where(scope, inArray(t.id, ids))),
    db.select({ id: t.id }).from(t).where(inArray(t.id, ids)),
  ]);
  return { seen: seen as { id: string }[], existing: existing as { id: string }[] };
}

/** Of these records, those the user is named on (record_access). */
export const namedAccess = (db: Database, entity: string, ids: string[], userId: string) =>
  db.select({ id: recordAccess.recordId }).from(recordAccess).where(and(eq(recordAccess.entity, entity), inArray(recordAccess.recordId, ids), eq(recordAccess.userId, userId)));

/** A live owned record's visibility, or undefined. */
export async function visibilityOf(db: Database, table: OwnedRecord['table'], id: string): Promise<string | undefined> {
  const [row] = (await db.select({ v: table.visibility }).from(table).where(eq(table.id, id))) as { v: string }[];
  return row?.v;
}
