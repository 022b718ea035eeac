import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, type FieldErrors } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { findCountry, findFieldIds } from '../countries/repo.js';
import { unitsByIds } from '../units/repo.js';
import { partnerPolicy } from './policy.js';
import * as repo from './repo.js';
import { refreshSearchText } from './repo-search.js';
import { refreshCandidates } from './repo-duplicates.js';
import type { Partner } from './schema.js';

export interface PartnerInput extends Partial<Omit<repo.PartnerValues, 'createdBy'>> {
  fieldIds?: string[];
  contacts?: repo.ContactValues[];
}

const NAME_FIELDS = ['name', 'nameVi', 'nameEn', 'nameFr', 'transliteration'] as const;

/** References that must exist and be allowed: country, fields, owner unit. */
async function checkReferences(db: Database, actor: Actor, input: PartnerInput, current?: Partner) {
  const fields: FieldErrors = {};
  if (input.countryCode && !(await findCountry(db, input.countryCode))) fields.countryCode = { key: 'field.no_such_country' };
  if (input.fieldIds?.length) {
    const found = await findFieldIds(db, input.fieldIds);
    if (found.length !== new Set(input.fieldIds).size) fields.fieldIds = { key: 'field.no_such_field' };
  }
  if (input.ownerUnitId && input.ownerUnitId !== current?.ownerUnitId) {
    if (!(await unitsByIds(db, [input.ownerUnitId])).has(input.ownerUnitId)) fields.ownerUnitId = { key: 'field.no_such_unit' };
    else if (!partnerPolicy.ownBy(actor.scope, input.ownerUnitId)) fields.ownerUnitId = { key: 'field.unit_out_of_scope' };
  }
  const merged = { ...current, ...input };
  if (NAME_FIELDS.every((k) => !merged[k]?.trim())) fields.name = { key: 'field.one_name_required' };
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
}

const columns = ({ fieldIds: _f, contacts: _c, ...rest }: PartnerInput) => rest;

export async function createPartner(db: Database, actor: Actor, input: PartnerInput): Promise<Partner> {
  if (!partnerPolicy.create(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    await checkReferences(tx, actor, input);
    const partner = await repo.insertPartner(tx, {
      type: input.type ?? 'foreign_organisation',
      ...columns(input),
      ownerUnitId: input.ownerUnitId ?? actor.scope.unitId,
      createdBy: actor.scope.userId,
    });
    if (input.contacts) await repo.replaceContacts(tx, partner.id, input.contacts);
    if (input.fieldIds) await repo.replaceFields(tx, partner.id, input.fieldIds);
    await refreshSearchText(tx, partner.id);
    await refreshCandidates(tx, partner.id);
    await repo.addEvent(tx, partner, { kind: 'created', actorId: actor.scope.userId });
    await audit(tx, actor, { action: 'create', entity: 'partner', entityId: partner.id, diff: diffOf(null, { ...partner, fieldIds: input.fieldIds, contacts: input.contacts }) });
    return partner;
  });
}

export async function updatePartner(db: Database, actor: Actor, id: string, input: PartnerInput): Promise<Partner> {
  return inTransaction(db, async (tx) => {
    const before = await repo.scopedPartners.get(tx, actor.scope, id);
    if (!partnerPolicy.update(actor.scope, before)) throw forbidden();
    await checkReferences(tx, actor, input, before);
    const details = await repo.partnerDetails(tx, [id]);
    const after = await repo.scopedPartners.update(tx, actor.scope, id, { ...columns(input), updatedAt: new Date() });
    if (input.contacts) await repo.replaceContacts(tx, id, input.contacts);
    if (input.fieldIds) await repo.replaceFields(tx, id, input.fieldIds);
    await refreshSearchText(tx, id);
    await refreshCandidates(tx, id);
    const strip = (c: { name: string; role: string; email: string; phone: string }) => ({ name: c.name, role: c.role, email: c.email, phone: c.phone });
    const diff = diffOf(
      { ...before, contacts: input.contacts ? (details.contacts.get(id) ?? []).map(strip) : undefined, fieldIds: input.fieldIds ? details.fields.get(id) ?? [] : undefined },
      { ...after, contacts: input.contacts?.map((c) => strip({ role: '', email: '', phone: '', ...c })), fieldIds: input.fieldIds },
    );
    await repo.addEvent(tx, after, { kind: 'updated', actorId: actor.scope.userId, data: { fields: Object.keys(diff.after ?? {}) } });
    await audit(tx, actor, { action: 'update', entity: 'partner', entityId: id, diff });
    return after;
  });
}

export async function deletePartner(db: Database, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await repo.scopedPartners.get(tx, actor.scope, id);
    if (!partnerPolicy.delete(actor.scope, before)) throw forbidden();
    await repo.scopedPartners.remove(tx, actor.scope, id);
    await audit(tx, actor, { action: 'delete', entity: 'partner', entityId: id, diff: diffOf(before, null) });
  });
}
