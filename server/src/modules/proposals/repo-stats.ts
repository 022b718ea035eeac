import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { proposals } from './schema.js';
import { scopedProposals } from './repo.js';

export interface StatsFilter {
  /** Submitted at or after this instant. */
  from?: Date;
  /** Submitted before this instant. */
  to?: Date;
  targetUnitId?: string;
  ownerUnitId?: string;
}

/** The narrow rows statistics are counted from: the visible proposals submitted in the period. */
export async function statsRows(db: Database, scope: Scope, f: StatsFilter) {
  return db
    .select({
      id: proposals.id,
      code: proposals.code,
      title: proposals.title,
      state: proposals.state,
      urgency: proposals.urgency,
      ownerUnitId: proposals.ownerUnitId,
      targetUnitId: proposals.targetUnitId,
      fieldId: proposals.fieldId,
      submittedAt: proposals.submittedAt,
      answeredAt: proposals.answeredAt,
      dueOn: proposals.dueOn,
    })
    .from(proposals)
    .where(
      scopedProposals.where(
        scope,
        and(
          f.from ? sql`${proposals.submittedAt} >= ${f.from.toISOString()}` : undefined,
          f.to ? sql`${proposals.submittedAt} < ${f.to.toISOString()}` : undefined,
          f.targetUnitId ? eq(proposals.targetUnitId, f.targetUnitId) : undefined,
          f.ownerUnitId ? eq(proposals.ownerUnitId, f.ownerUnitId) : undefined,
        ),
      ),
    )
    .orderBy(asc(proposals.submittedAt), asc(proposals.code));
}
export type StatsRow = Awaited<ReturnType<typeof statsRows>>[number];
