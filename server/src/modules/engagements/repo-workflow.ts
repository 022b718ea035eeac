import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { recordAccess, users } from '../../core/tenancy-schema.js';
import { managedWhere } from '../../core/tenancy.js';
import { engagements, engagementTransitions, type EngagementState } from './schema.js';
import { scopedEngagements } from './repo.js';

export async function insertTransition(db: Database, t: { engagementId: string; fromState: EngagementState; toState: EngagementState; actorId: string | null; comment?: string }) {
  await db.insert(engagementTransitions).values({ ...t, comment: t.comment ?? '' });
}

/** Oldest first; transitions of one transaction share `at`, the id keeps their order. */
export async function listTransitions(db: Database, engagementId: string) {
  return db
    .select({ t: engagementTransitions, actorName: users.displayName })
    .from(engagementTransitions)
    .leftJoin(users, eq(users.id, engagementTransitions.actorId))
    .where(eq(engagementTransitions.engagementId, engagementId))
    .orderBy(asc(engagementTransitions.at), asc(engagementTransitions.id));
}

/** Who is told of a submission: the approver unit's active managers, else the active admins. */
export async function approverIds(db: Database, approverUnitId: string): Promise<string[]> {
  const managers = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.unitId, approverUnitId), eq(users.role, 'manager'), eq(users.active, true)));
  if (managers.length) return managers.map((m) => m.id);
  const admins = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true)));
  return admins.map((a) => a.id);
}

/** Names users who may see a confidential engagement beyond its owner unit (its approvers). */
export async function grantAccess(db: Database, engagementId: string, userIds: string[]) {
  if (userIds.length === 0) return;
  await db
    .insert(recordAccess)
    .values([...new Set(userIds)].map((userId) => ({ entity: 'engagement', recordId: engagementId, userId })))
    .onConflictDoNothing();
}

/** A deleted engagement leaves no named access behind. */
export async function revokeAccess(db: Database, engagementId: string) {
  await db.delete(recordAccess).where(and(eq(recordAccess.entity, 'engagement'), eq(recordAccess.recordId, engagementId)));
}

export async function displayNames(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Submitted engagements the user may decide, soonest due first. */
export async function listApprovals(db: Database, scope: Scope, limit: number, offset: number) {
  const where = scopedEngagements.where(scope, and(eq(engagements.state, 'submitted'), managedWhere(scope, engagements.approverUnitId)));
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(engagements)
      .where(where)
      .orderBy(sql`${engagements.decisionDueAt} asc nulls last`, asc(engagements.startsAt), asc(engagements.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(engagements).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
