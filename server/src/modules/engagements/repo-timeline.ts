import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { partnerEvents } from '../partners/schema.js';
import { registerPartnerReference } from '../partners/merge.js';
import { registerTimelineSource } from '../partners/timeline.js';
import { engagements, engagementPartners, engagementParticipants } from './schema.js';
import { scopedEngagements } from './repo.js';

const ofEngagement = (id: string) => and(eq(partnerEvents.refEntity, 'engagement'), eq(partnerEvents.refId, id));

/**
 * Keeps the engagement's entry on each linked partner's timeline in step with it
 * (partner_events kind 'engagement'; docs/API.md): one row per linked partner, placed at the
 * engagement's start, with its owner unit and visibility (the timeline scopes such rows like
 * their source). Rows of unlinked partners go; a deleted engagement leaves none. Call inside
 * the write's transaction.
 */
export async function syncEngagementTimeline(db: Database, engagementId: string): Promise<void> {
  const [e] = await db.select().from(engagements).where(eq(engagements.id, engagementId));
  if (!e) {
    await db.delete(partnerEvents).where(ofEngagement(engagementId));
    return;
  }
  const linked = (await db.select({ id: engagementPartners.partnerId }).from(engagementPartners).where(eq(engagementPartners.engagementId, engagementId))).map((r) => r.id);
  await db.delete(partnerEvents).where(and(ofEngagement(engagementId), linked.length ? notInArray(partnerEvents.partnerId, linked) : undefined));
  if (linked.length === 0) return;
  const values = {
    at: e.startsAt,
    actorId: e.createdBy,
    data: { title: e.titleVi || e.titleEn || e.titleFr, titleVi: e.titleVi, titleEn: e.titleEn, titleFr: e.titleFr, kind: e.kind, startsAt: e.startsAt.toISOString(), state: e.state },
    ownerUnitId: e.ownerUnitId,
    visibility: e.visibility,
  };
  const existing = await db.update(partnerEvents).set(values).where(and(ofEngagement(engagementId), inArray(partnerEvents.partnerId, linked))).returning({ partnerId: partnerEvents.partnerId });
  const have = new Set(existing.map((r) => r.partnerId));
  const missing = linked.filter((p) => !have.has(p));
  if (missing.length) {
    await db.insert(partnerEvents).values(missing.map((partnerId) => ({ partnerId, kind: 'engagement', refEntity: 'engagement', refId: engagementId, ...values })));
  }
}

/**
 * A partner merge moves the links to the survivor (an engagement linked to both keeps one link);
 * the merge has already moved the timeline rows, so a second row of one engagement goes.
 */
registerPartnerReference(async (tx, fromId, toId) => {
  await tx.execute(sql`insert into engagement_partners (engagement_id, partner_id)
    select engagement_id, ${toId} from engagement_partners where partner_id = ${fromId} on conflict do nothing`);
  await tx.delete(engagementPartners).where(eq(engagementPartners.partnerId, fromId));
  await tx.update(engagementParticipants).set({ partnerId: toId }).where(eq(engagementParticipants.partnerId, fromId));
  await tx.execute(sql`delete from partner_events e using partner_events e2
    where e.partner_id = ${toId} and e2.partner_id = ${toId} and e.ref_entity = 'engagement' and e2.ref_entity = 'engagement'
      and e.ref_id = e2.ref_id and e.id > e2.id`);
});

/** An engagement's entry on a partner's timeline is seen by who sees the engagement (its named users too). */
registerTimelineSource('engagement', (scope, refId) => sql`exists (select 1 from ${engagements} where ${engagements.id}::text = ${refId} and ${scopedEngagements.where(scope)})`);
