import type { Scope } from '../../core/scope.js';
import type { Role, User } from '../../core/tenancy-schema.js';
import { isAdmin, isManagerOrAdmin, managesUnit } from '../../core/rights.js';

/** Admins manage everyone; managers manage non-admins of their subtree. */
const manage = (scope: Scope, target: Pick<User, 'unitId' | 'role'>) => isAdmin(scope) || (target.role !== 'admin' && managesUnit(scope, target.unitId));

export const userPolicy = {
  list: (scope: Scope) => isManagerOrAdmin(scope),
  manage,
  assignUnit: (scope: Scope, unitId: string) => managesUnit(scope, unitId),
  assignRole: (scope: Scope, role: Role) => isAdmin(scope) || (isManagerOrAdmin(scope) && role !== 'admin'),
};

export const userAbilities = (scope: Scope, target: Pick<User, 'id' | 'unitId' | 'role'>) => ({
  update: manage(scope, target),
  deactivate: manage(scope, target) && target.id !== scope.userId,
  clearThrottle: manage(scope, target),
});
