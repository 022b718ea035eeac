import type { Database } from '../../db/types.js';
import { AppError, forbidden, notFound, fieldError } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import * as repo from './repo.js';
import { unitPolicy } from './policy.js';
import { inTransaction } from '../../db/tx.js';

/** The stored columns only: counts are derived and do not belong in the audit diff. */
const stored = ({ childCount: _c, userCount: _u, ...unit }: repo.UnitWithCounts) => unit;

export async function createUnit(db: Database, actor: Actor, input: repo.UnitInsert & { parentId: string }) {
  return inTransaction(db, async (tx) => {
    const parent = await repo.findUnit(tx, input.parentId);
    if (!parent) throw fieldError('parentId', 'field.no_such_unit');
    if (!unitPolicy.createChild(actor.scope, parent)) throw forbidden();
    const { parentId: _, ...values } = input;
    const unit = await repo.insertUnit(tx, parent, values);
    await audit(tx, actor, { action: 'create', entity: 'unit', entityId: unit.id, diff: diffOf(null, unit) });
    return unit;
  });
}

export async function updateUnit(db: Database, actor: Actor, id: string, values: Partial<repo.UnitInsert>) {
  return inTransaction(db, async (tx) => {
    const before = await repo.findUnit(tx, id);
    if (!before) throw notFound();
    if (!unitPolicy.update(actor.scope, before)) throw forbidden();
    const after = await repo.updateUnit(tx, id, values);
    await audit(tx, actor, { action: 'update', entity: 'unit', entityId: id, diff: diffOf(stored(before), after) });
    return after;
  });
}

export async function moveUnit(db: Database, actor: Actor, id: string, parentId: string) {
  return inTransaction(db, async (tx) => {
    const unit = await repo.findUnit(tx, id);
    if (!unit) throw notFound();
    const parent = await repo.findUnit(tx, parentId);
    if (!parent) throw fieldError('parentId', 'field.no_such_unit');
    if (!unitPolicy.move(actor.scope, unit) || !unitPolicy.moveInto(actor.scope, parent)) throw forbidden();
    if (parent.path.startsWith(unit.path)) throw new AppError('invalid_move', { parentId: { key: 'errors.invalid_move' } });
    if (unit.parentId === parent.id) return unit;
    await repo.moveSubtree(tx, unit, parent);
    await audit(tx, actor, { action: 'update', entity: 'unit', entityId: id, diff: diffOf({ parentId: unit.parentId }, { parentId: parent.id }) });
    return (await repo.findUnit(tx, id))!;
  });
}

export async function deleteUnit(db: Database, actor: Actor, id: string) {
  return inTransaction(db, async (tx) => {
    const unit = await repo.findUnit(tx, id);
    if (!unit) throw notFound();
    if (!unitPolicy.delete(actor.scope, unit)) throw forbidden();
    if (unit.childCount > 0) throw new AppError('unit_has_children');
    if (unit.userCount > 0) throw new AppError('unit_has_users');
    await repo.deleteUnit(tx, id);
    await audit(tx, actor, { action: 'delete', entity: 'unit', entityId: id, diff: diffOf(stored(unit), null) });
  });
}
