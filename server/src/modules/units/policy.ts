import type { Scope } from '../../core/scope.js';
import type { Unit } from '../../core/tenancy-schema.js';
import { allow, isAdmin, isManagerOrAdmin, managesUnit, worksIn } from '../../core/rights.js';

// A manager's rights cover their unit and its sub-units; admins cover all.

/** Managers may not move or delete their own unit, only units below it; the root never moves. */
const move = (scope: Scope, unit: Pick<Unit, 'id' | 'parentId'>) =>
  unit.parentId !== null && managesUnit(scope, unit.id) && (isAdmin(scope) || !worksIn(scope, unit.id));

/** What a user may do with a unit; `can` is what the API sends with each unit. */
type Subject = Pick<Unit, 'id' | 'parentId'>;
const unitRules = {
  update: (scope: Scope, unit: Subject) => managesUnit(scope, unit.id),
  move,
  delete: move,
  createChild: (scope: Scope, unit: Subject) => managesUnit(scope, unit.id),
};
const rules = allow<Subject, typeof unitRules>(unitRules);

export const unitPolicy = {
  ...rules,
  moveInto: (scope: Scope, parent: Pick<Unit, 'id'>) => managesUnit(scope, parent.id),
  manageAny: (scope: Scope) => isManagerOrAdmin(scope),
};

export const unitAbilities = (scope: Scope, unit: Subject) => rules.can(scope, unit);
