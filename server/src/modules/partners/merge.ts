import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { forbidden, fieldError } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { auditFrom } from '../../core/audit.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { appendAudit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { partners, partnerNotes, partnerEvents, partnerContacts, partnerRelationships, type Partner } from './schema.js';
import { partnerPolicy } from './policy.js';
import { scopedPartners, addEvent } from './repo.js';
import { refreshSearchText } from './search.js';
import { refreshCandidates } from './duplicates.js';

export const PICKABLE = ['type', 'name', 'nameVi', 'nameEn', 'nameFr', 'transliteration', 'countryCode', 'city', 'priority', 'status', 'description', 'website', 'visibility', 'ownerUnitId'] as const;
export type Pickable = (typeof PICKABLE)[number];
export type Pick_ = Partial<Record<Pickable, 'survivor' | 'merged'>>;

/** Later modules that point at partners register here, so a merge moves their links too. */
export type PartnerReferenceMover = (tx: Database, fromId: string, toId: string) => Promise<void>;
const movers: PartnerReferenceMover[] = [];
export const registerPartnerReference = (mover: PartnerReferenceMover) => movers.push(mover);

const NAMES = ['name', 'nameVi', 'nameEn', 'nameFr', 'transliteration'] as const;
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/** Field by field: the pick, else the survivor's value, else (when empty) the merged one's. */
export function mergedValues(s: Partner, m: Partner, pick: Pick_) {
  const out: Partial<Record<Pickable, unknown>> = {};
  for (const f of PICKABLE) {
    const choice = pick[f] ?? (s[f] === '' || s[f] === null ? 'merged' : 'survivor');
    out[f] = choice === 'merged' ? m[f] : s[f];
  }
  const kept = new Set(NAMES.map((n) => String(out[n] ?? '')).filter(Boolean));
  const aliases = union(s.aliases, [...m.aliases, ...NAMES.map((n) => m[n]), ...NAMES.map((n) => s[n])]).filter((a) => a && !kept.has(a));
  return { ...out, aliases, tags: union(s.tags, m.tags), languages: union(s.languages, m.languages) } as Partial<Partner>;
}

/**
 * Merges one partner into another: the survivor takes the picked values, the
 * other's names become aliases, and every reference moves to the survivor.
 * Fully audited (both records before, the survivor after).
 */
export async function mergePartners(db: Database, actor: Actor, survivorId: string, mergedId: string, pick: Pick_ = {}) {
  if (survivorId === mergedId) throw fieldError('mergedId', 'field.same_partner');
  return db.transaction(async (tx) => {
    const survivor = await scopedPartners.get(tx, actor.scope, survivorId);
    const merged = await scopedPartners.get(tx, actor.scope, mergedId);
    if (!partnerPolicy.merge(actor.scope, survivor) || !partnerPolicy.merge(actor.scope, merged)) throw forbidden();
    const values = mergedValues(survivor, merged, pick);

    await tx.execute(sql`insert into partner_fields (partner_id, field_id)
      select ${survivorId}, field_id from partner_fields where partner_id = ${mergedId} on conflict do nothing`);
    // Contacts move unless the survivor already has one with the same email.
    await tx.execute(sql`update partner_contacts set partner_id = ${survivorId}, sort = sort + 1000
      where partner_id = ${mergedId} and (email = '' or lower(email) not in
        (select lower(email) from partner_contacts where partner_id = ${survivorId} and email <> ''))`);
    await tx.update(partnerRelationships).set({ fromPartnerId: survivorId }).where(eq(partnerRelationships.fromPartnerId, mergedId));
    await tx.update(partnerRelationships).set({ toPartnerId: survivorId }).where(eq(partnerRelationships.toPartnerId, mergedId));
    await tx.delete(partnerRelationships).where(and(eq(partnerRelationships.fromPartnerId, survivorId), eq(partnerRelationships.toPartnerId, survivorId)));
    await tx.execute(sql`delete from partner_relationships r using partner_relationships r2
      where r.id > r2.id and r.kind = r2.kind and r.from_partner_id = r2.from_partner_id
        and r.to_partner_id is not distinct from r2.to_partner_id and r.to_unit_id is not distinct from r2.to_unit_id
        and r.from_partner_id = ${survivorId}`);
    await tx.update(partnerNotes).set({ partnerId: survivorId }).where(eq(partnerNotes.partnerId, mergedId));
    await tx.update(partnerEvents).set({ partnerId: survivorId }).where(eq(partnerEvents.partnerId, mergedId));
    await tx.execute(sql`insert into record_access (entity, record_id, user_id)
      select entity, ${survivorId}, user_id from record_access where entity = 'partner' and record_id = ${mergedId} on conflict do nothing`);
    await tx.delete(recordAccess).where(and(eq(recordAccess.entity, 'partner'), eq(recordAccess.recordId, mergedId)));
    for (const move of movers) await move(tx, mergedId, survivorId);

    await tx.delete(partnerContacts).where(eq(partnerContacts.partnerId, mergedId));
    await tx.delete(partners).where(eq(partners.id, mergedId));
    const [after] = await tx.update(partners).set({ ...values, updatedAt: new Date() }).where(eq(partners.id, survivorId)).returning();
    await refreshSearchText(tx, survivorId);
    await refreshCandidates(tx, survivorId);
    await addEvent(tx, after!, { kind: 'merged', actorId: actor.scope.userId, data: { mergedId, mergedNames: NAMES.map((n) => merged[n]).filter(Boolean) } });
    await appendAudit(tx, auditFrom(actor, { action: 'merge', entity: 'partner', entityId: survivorId, diff: { before: { survivor, merged }, after: after! } }));
    await appendAudit(tx, auditFrom(actor, { action: 'delete', entity: 'partner', entityId: mergedId, diff: { ...diffOf(merged, null), mergedInto: survivorId } }));
    return after!;
  });
}
