import { and, asc, count, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { notFound } from '../../core/errors.js';
import { users } from '../../core/tenancy-schema.js';
import { engagements, engagementFollowUps, engagementDocuments } from './schema.js';
import { scopedEngagements } from './repo.js';

const columns = { f: engagementFollowUps, e: engagements, ownerName: users.displayName };

/** Follow-ups, each with its engagement (only visible ones) and its owner's name. */
function query(db: Database, scope: Scope, where: SQL | undefined) {
  return db
    .select(columns)
    .from(engagementFollowUps)
    .innerJoin(engagements, eq(engagements.id, engagementFollowUps.engagementId))
    .leftJoin(users, eq(users.id, engagementFollowUps.ownerUserId))
    .where(scopedEngagements.where(scope, where));
}
export type FollowUpRow = Awaited<ReturnType<typeof query>>[number];

/** Open ones first, then by due date (none last). */
const order = [asc(engagementFollowUps.done), sql`${engagementFollowUps.dueDate} asc nulls last`, asc(engagementFollowUps.createdAt), asc(engagementFollowUps.id)];

export const followUpsOf = (db: Database, scope: Scope, engagementId: string) => query(db, scope, eq(engagementFollowUps.engagementId, engagementId)).orderBy(...order);

export async function getFollowUp(db: Database, scope: Scope, id: string): Promise<FollowUpRow> {
  const [row] = await query(db, scope, eq(engagementFollowUps.id, id));
  if (!row) throw notFound();
  return row;
}

/** The user's own follow-ups on engagements they may see; `overdueBefore`: open and due before that date. */
export async function myFollowUps(db: Database, scope: Scope, overdueBefore: string | undefined, limit: number, offset: number) {
  const where = and(
    eq(engagementFollowUps.ownerUserId, scope.userId),
    overdueBefore ? and(eq(engagementFollowUps.done, false), lt(engagementFollowUps.dueDate, overdueBefore)) : undefined,
  );
  const [items, [total]] = await Promise.all([
    query(db, scope, where).orderBy(...order).limit(limit).offset(offset),
    db
      .select({ n: count() })
      .from(engagementFollowUps)
      .innerJoin(engagements, eq(engagements.id, engagementFollowUps.engagementId))
      .where(scopedEngagements.where(scope, where)),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function insertFollowUp(db: Database, values: typeof engagementFollowUps.$inferInsert) {
  const [row] = await db.insert(engagementFollowUps).values(values).returning();
  return row!;
}

export async function updateFollowUp(db: Database, id: string, values: Partial<typeof engagementFollowUps.$inferInsert>) {
  const [row] = await db.update(engagementFollowUps).set(values).where(eq(engagementFollowUps.id, id)).returning();
  return row!;
}

export async function deleteFollowUp(db: Database, id: string) {
  await db.delete(engagementFollowUps).where(eq(engagementFollowUps.id, id));
}

export async function insertDocument(db: Database, values: typeof engagementDocuments.$inferInsert) {
  const [row] = await db.insert(engagementDocuments).values(values).returning();
  return row!;
}

export async function findDocument(db: Database, engagementId: string, id: string) {
  const [row] = await db.select().from(engagementDocuments).where(and(eq(engagementDocuments.id, id), eq(engagementDocuments.engagementId, engagementId)));
  return row;
}

export async function deleteDocument(db: Database, id: string) {
  await db.delete(engagementDocuments).where(eq(engagementDocuments.id, id));
}
