import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { forbidden, notFound, fieldError } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { unitsByIds } from '../units/repo.js';
import type { PartnerRelationship } from './schema.js';
import { partnerPolicy } from './policy.js';
import { scopedPartners, addEvent } from './repo.js';
import { deleteNote, deleteRelationship, findNote, findRelationship, insertNote, insertRelationship, updateNote } from './repo-related.js';

export async function addNote(db: Database, actor: Actor, partnerId: string, body: string) {
  return inTransaction(db, async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    if (!partnerPolicy.note(actor.scope)) throw forbidden();
    const note = await insertNote(tx, { partnerId, body, authorId: actor.scope.userId });
    await addEvent(tx, partner, { kind: 'note_added', actorId: actor.scope.userId, refEntity: 'partner_note', refId: note.id, data: { excerpt: body.slice(0, 200) } });
    await audit(tx, actor, { action: 'create', entity: 'partner_note', entityId: note.id, diff: diffOf(null, note) });
    return note;
  });
}

export async function editNote(db: Database, actor: Actor, partnerId: string, noteId: string, body: string | null) {
  return inTransaction(db, async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    const note = await findNote(tx, partnerId, noteId);
    if (!note) throw notFound();
    if (!partnerPolicy.editNote(actor.scope, partner, note.authorId)) throw forbidden();
    if (body === null) {
      await deleteNote(tx, noteId);
      await audit(tx, actor, { action: 'delete', entity: 'partner_note', entityId: noteId, diff: diffOf(note, null) });
      return null;
    }
    const after = await updateNote(tx, noteId, body);
    await audit(tx, actor, { action: 'update', entity: 'partner_note', entityId: noteId, diff: diffOf(note, after) });
    return after;
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
  return inTransaction(db, async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    if (!partnerPolicy.update(actor.scope, partner)) throw forbidden();
    let other = null;
    if (input.toPartnerId) {
      if (input.toPartnerId === partnerId) throw fieldError('toPartnerId', 'field.same_partner');
      other = await scopedPartners.get(tx, actor.scope, input.toPartnerId).catch(() => {
        throw fieldError('toPartnerId', 'field.no_such_partner');
      });
    } else {
      if (!(await unitsByIds(tx, [input.toUnitId!])).has(input.toUnitId!)) throw fieldError('toUnitId', 'field.no_such_unit');
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
    await audit(tx, actor, { action: 'create', entity: 'partner_relationship', entityId: rel.id, diff: diffOf(null, rel) });
    return rel;
  });
}

export async function removeRelationship(db: Database, actor: Actor, partnerId: string, relId: string) {
  await inTransaction(db, async (tx) => {
    const partner = await scopedPartners.get(tx, actor.scope, partnerId);
    if (!partnerPolicy.update(actor.scope, partner)) throw forbidden();
    const rel = await findRelationship(tx, partnerId, relId);
    if (!rel) throw notFound();
    // The other end must be one the user sees: a relationship to a hidden partner does not exist for them.
    const otherId = rel.fromPartnerId === partnerId ? rel.toPartnerId : rel.fromPartnerId;
    if (otherId && otherId !== partnerId) await scopedPartners.get(tx, actor.scope, otherId);
    await deleteRelationship(tx, relId);
    await addEvent(tx, partner, { kind: 'relationship_removed', actorId: actor.scope.userId, refEntity: 'partner_relationship', refId: relId, data: { kind: rel.kind } });
    await audit(tx, actor, { action: 'delete', entity: 'partner_relationship', entityId: relId, diff: diffOf(rel, null) });
  });
}
