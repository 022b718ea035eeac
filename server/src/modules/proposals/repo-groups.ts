import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { proposalGroups, proposals } from './schema.js';
import type { ProposalGroup } from './types.js';
import { scopedProposals } from './repo.js';

/**
 * A group is not an owned record: it is seen by whoever works above its target unit (its subtree) and by
 * whoever sees one of its proposals (through the proposals' scope).
 */
const groupVisible = (scope: Scope) =>
  or(
    scope.subtreeUnitIds.length ? inArray(proposalGroups.targetUnitId, scope.subtreeUnitIds) : sql`false`,
    sql`exists (select 1 from ${proposals} where ${proposals.groupId} = ${proposalGroups.id} and ${scopedProposals.where(scope)})`,
  )!;

export async function listGroups(db: Database, scope: Scope, f: { targetUnitId?: string }, limit: number, offset: number) {
  const where = and(groupVisible(scope), f.targetUnitId ? eq(proposalGroups.targetUnitId, f.targetUnitId) : undefined);
  const [items, [total]] = await Promise.all([
    db.select().from(proposalGroups).where(where).orderBy(desc(proposalGroups.createdAt), proposalGroups.id).limit(limit).offset(offset),
    db.select({ n: count() }).from(proposalGroups).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function getGroup(db: Database, scope: Scope, id: string): Promise<ProposalGroup | undefined> {
  const [row] = await db.select().from(proposalGroups).where(and(eq(proposalGroups.id, id), groupVisible(scope)));
  return row;
}

export async function insertGroup(db: Database, v: typeof proposalGroups.$inferInsert): Promise<ProposalGroup> {
  const [row] = await db.insert(proposalGroups).values(v).returning();
  return row!;
}

export async function updateGroup(db: Database, id: string, v: Partial<typeof proposalGroups.$inferInsert>): Promise<ProposalGroup> {
  const [row] = await db.update(proposalGroups).set(v).where(eq(proposalGroups.id, id)).returning();
  return row!;
}

/** Counts by state of the visible proposals of each group. */
export async function groupStates(db: Database, scope: Scope, groupIds: string[]) {
  const out = new Map<string, Record<'submitted' | 'accepted' | 'answered' | 'closed' | 'rejected', number>>();
  for (const id of groupIds) out.set(id, { submitted: 0, accepted: 0, answered: 0, closed: 0, rejected: 0 });
  if (groupIds.length === 0) return out;
  const rows = await db
    .select({ groupId: proposals.groupId, state: proposals.state, n: count() })
    .from(proposals)
    .where(scopedProposals.where(scope, inArray(proposals.groupId, groupIds)))
    .groupBy(proposals.groupId, proposals.state);
  for (const r of rows) out.get(r.groupId!)![r.state] = r.n;
  return out;
}
