import { eq } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { forbidden, notFound, fieldError } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { auditFrom } from '../../core/audit.js';
import { appendAudit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { units } from '../../core/tenancy-schema.js';
import { partnerNotes, partnerRelationships, type PartnerRelationship } from './schema.js';
import { partnerPolicy } from './policy.js';
import { scopedPartners, addEvent } from './repo.js';
import { findNote, findRelationship, insertRelationship } from './related.js';

export async function addNote(db: Database, actor: Actor, partnerId: string, body: string) {
  return db.transaction(async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    if (!partnerPolicy.note(actor.scope)) throw forbidden();
    const [note] = await tx.insert(partnerNotes).values({ partnerId, body, authorId: actor.scope.userId }).returning();
    await addEvent(tx, partner, { kind: 'note_added', actorId: actor.scope.userId, refEntity: 'partner_note', refId: note!.id, data: { excerpt: body.slice(0, 200) } });
    await appendAudit(tx, auditFrom(actor, { action: 'create', entity: 'partner_note', entityId: note!.id, diff: diffOf(null, note!) }));
    return note!;
  });
}

export async function editNote(db: Database, actor: Actor, partnerId: string, noteId: string, body: string | null) {
  return db.transaction(async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    const note = await findNote(tx, partnerId, noteId);
    if (!note) throw notFound();
    if (!partnerPolicy.editNote(actor.scope, partner, note.authorId)) throw forbidden();
    if (body === null) {
      await tx.delete(partnerNotes).where(eq(partnerNotes.id, noteId));
      await appendAudit(tx, auditFrom(actor, { action: 'delete', entity: 'partner_note', entityId: noteId, diff: diffOf(note, null) }));
      return null;
    }
    const [after] = await tx.update(partnerNotes).set({ body, updatedAt: new Date() }).where(eq(partnerNotes.id, noteId)).returning();
    await appendAudit(tx, auditFrom(actor, { action: 'update', entity: 'partner_note', entityId: noteId, diff: diffOf(note, after!) }));
    return after!;
  });
}

export interface RelationshipInput {
  kind: PartnerRelationship['kind'];
  toPartnerId?: string;
  toUnitId?: string;
  startDate?: string | null;
  endDate?: string | null;
  note?: string;
}

export async function addRelationship(db: Database, actor: Actor, partnerId: string, input: RelationshipInput) {
  return db.transaction(async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    if (!partnerPolicy.update(actor.scope, partner)) throw forbidden();
    let other = null;
    if (input.toPartnerId) {
      if (input.toPartnerId === partnerId) throw fieldError('toPartnerId', 'field.same_partner');
      other = await scopedPartners.get(tx, actor.scope, input.toPartnerId).catch(() => {
        throw fieldError('toPartnerId', 'field.no_such_partner');
      });
    } else {
      const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, input.toUnitId!));
      if (!unit) throw fieldError('toUnitId', 'field.no_such_unit');
    }
    const rel = await insertRelationship(tx, {
      kind: input.kind,
      fromPartnerId: partnerId,
      toPartnerId: input.toPartnerId ?? null,
      toUnitId: input.toUnitId ?? null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      note: input.note ?? '',
      createdBy: actor.scope.userId,
    });
    const data = { kind: rel.kind, toPartnerId: rel.toPartnerId, toUnitId: rel.toUnitId, fromPartnerId: partnerId };
    await addEvent(tx, partner, { kind: 'relationship_added', actorId: actor.scope.userId, refEntity: 'partner_relationship', refId: rel.id, data });
    if (other) await addEvent(tx, other, { kind: 'relationship_added', actorId: actor.scope.userId, refEntity: 'partner_relationship', refId: rel.id, data });
    await appendAudit(tx, auditFrom(actor, { action: 'create', entity: 'partner_relationship', entityId: rel.id, diff: diffOf(null, rel) }));
    return rel;
  });
}

export async function removeRelationship(db: Database, actor: Actor, partnerId: string, relId: string) {
  await db.transaction(async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    if (!partnerPolicy.update(actor.scope, partner)) throw forbidden();
    const rel = await findRelationship(tx, partnerId, relId);
    if (!rel) throw notFound();
    // The other end must be one the user sees: a relationship to a hidden partner does not exist for them.
    const otherId = rel.fromPartnerId === partnerId ? rel.toPartnerId : rel.fromPartnerId;
    if (otherId && otherId !== partnerId) await scopedPartners.get(tx, actor.scope, otherId);
    await tx.delete(partnerRelationships).where(eq(partnerRelationships.id, relId));
    await addEvent(tx, partner, { kind: 'relationship_removed', actorId: actor.scope.userId, refEntity: 'partner_relationship', refId: relId, data: { kind: rel.kind } });
    await appendAudit(tx, auditFrom(actor, { action: 'delete', entity: 'partner_relationship', entityId: relId, diff: diffOf(rel, null) }));
  });
}
