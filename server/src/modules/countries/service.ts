import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, fieldError, forbidden, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import * as repo from './repo.js';
import { referencePolicy } from './policy.js';

const entityOf = { group: 'relationship_group', field: 'cooperation_field' } as const;

/** Blank means "no override": the package's name shows again. */
const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim());

export async function updateCountry(db: Database, actor: Actor, code: string, input: repo.CountryPatch) {
  if (!referencePolicy.manage(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    const before = await repo.findCountry(tx, code);
    if (!before) throw notFound();
    const values: repo.CountryPatch = {};
    for (const k of ['overrideVi', 'overrideEn', 'overrideFr'] as const) {
      const v = blankToNull(input[k]);
      if (v !== undefined) values[k] = v;
    }
    if (input.relationshipGroupId !== undefined) {
      if (input.relationshipGroupId !== null && !(await repo.findItem(tx, 'group', input.relationshipGroupId))) {
        throw fieldError('relationshipGroupId', 'field.no_such_group');
      }
      values.relationshipGroupId = input.relationshipGroupId;
    }
    if (Object.keys(values).length === 0) return before;
    const after = await repo.updateCountry(tx, code, values);
    const diff = diffOf(before, after);
    // Saving the same values changes nothing and is not worth a row in the log.
    if (Object.keys(diff.after ?? {}).length > 0) {
      await audit(tx, actor, { action: 'update', entity: 'country', entityId: code, diff });
    }
    return after;
  });
}

export async function createItem(db: Database, actor: Actor, kind: repo.ListKind, input: repo.ListItemInsert) {
  if (!referencePolicy.manage(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    if (await repo.keyTaken(tx, kind, input.key)) throw fieldError('key', 'field.key_taken');
    const item = await repo.insertItem(tx, kind, input);
    await audit(tx, actor, { action: 'create', entity: entityOf[kind], entityId: item.id, diff: diffOf(null, item) });
    return item;
  });
}

export async function updateItem(db: Database, actor: Actor, kind: repo.ListKind, id: string, input: Partial<repo.ListItemInsert>) {
  if (!referencePolicy.manage(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    const found = await repo.findItem(tx, kind, id);
    if (!found) throw notFound();
    if (input.key !== undefined && (await repo.keyTaken(tx, kind, input.key, id))) throw fieldError('key', 'field.key_taken');
    const { usage: _, ...before } = found;
    const after = await repo.updateItem(tx, kind, id, input);
    await audit(tx, actor, { action: 'update', entity: entityOf[kind], entityId: id, diff: diffOf(before, after) });
    return after;
  });
}

/** A group may go (its countries become ungrouped); a field partners use may not. */
export async function deleteItem(db: Database, actor: Actor, kind: repo.ListKind, id: string) {
  if (!referencePolicy.manage(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    const found = await repo.findItem(tx, kind, id);
    if (!found) throw notFound();
    if (kind === 'field' && found.usage > 0) throw new AppError('in_use');
    const { usage: _, ...before } = found;
    // The log keeps which countries lost the group, so the change can be undone by hand.
    const members = kind === 'group' ? await repo.countryCodesInGroup(tx, id) : [];
    await repo.deleteItem(tx, kind, id);
    const diff = diffOf(kind === 'group' ? { ...before, countries: members } : before, null);
    await audit(tx, actor, { action: 'delete', entity: entityOf[kind], entityId: id, diff });
  });
}
