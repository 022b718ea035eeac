import type { Scope } from '../../core/scope.js';
import type { Unit } from '../../core/tenancy-schema.js';

// A manager's rights cover their unit and its sub-units; admins cover all.

const inSubtree = (scope: Scope, unitId: string) => scope.subtreeUnitIds.includes(unitId);
const manages = (scope: Scope, unitId: string) =>
  scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, unitId));

export const unitPolicy = {
  createChild: (scope: Scope, parent: Pick<Unit, 'id'>) => manages(scope, parent.id),
  update: (scope: Scope, unit: Pick<Unit, 'id'>) => manages(scope, unit.id),
  /** Managers may not move or delete their own unit, only units below it; the root never moves. */
  move: (scope: Scope, unit: Pick<Unit, 'id' | 'parentId'>) =>
    unit.parentId !== null && manages(scope, unit.id) && (scope.role === 'admin' || unit.id !== scope.unitId),
  moveInto: (scope: Scope, parent: Pick<Unit, 'id'>) => manages(scope, parent.id),
  delete: (scope: Scope, unit: Pick<Unit, 'id' | 'parentId'>) => unitPolicy.move(scope, unit),
  manageAny: (scope: Scope) => scope.role === 'admin' || scope.role === 'manager',
};

export const unitAbilities = (scope: Scope, unit: Pick<Unit, 'id' | 'parentId'>) => ({
  update: unitPolicy.update(scope, unit),
  move: unitPolicy.move(scope, unit),
  delete: unitPolicy.delete(scope, unit),
  createChild: unitPolicy.createChild(scope, unit),
});
