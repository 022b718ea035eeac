import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { partners, partnerNotes, partnerEvents, partnerContacts, partnerRelationships, type Partner } from './schema.js';

/**
 * Moves everything of the merged partner that the partners module holds to the survivor:
 * fields, contacts (unless the survivor has one with the same email), relationships (a
 * relationship between the two, or one the survivor already has, goes), notes, timeline,
 * the users named on it.
 */
export async function moveToSurvivor(tx: Database, mergedId: string, survivorId: string): Promise<void> {
  await tx.execute(sql`insert into partner_fields (partner_id, field_id)
    select ${survivorId}, field_id from partner_fields where partner_id = ${mergedId} on conflict do nothing`);
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
}

/** The merged partner goes (its contacts that did not move with it). */
export async function deleteMerged(tx: Database, mergedId: string): Promise<void> {
  await tx.delete(partnerContacts).where(eq(partnerContacts.partnerId, mergedId));
  await tx.delete(partners).where(eq(partners.id, mergedId));
}

/** The survivor's new values; by id, the caller has checked it may. */
export async function updateSurvivor(tx: Database, survivorId: string, values: Partial<Partner>): Promise<Partner> {
  const [after] = await tx.update(partners).set({ ...values, updatedAt: new Date() }).where(eq(partners.id, survivorId)).returning();
  return after!;
}
