import type { Scope } from '../../core/scope.js';
import type { Role, User } from '../../core/tenancy-schema.js';

const inSubtree = (scope: Scope, unitId: string) => scope.subtreeUnitIds.includes(unitId);

export const userPolicy = {
  list: (scope: Scope) => scope.role === 'admin' || scope.role === 'manager',
  /** Admins manage everyone; managers manage non-admins of their subtree. */
  manage: (scope: Scope, target: Pick<User, 'unitId' | 'role'>) =>
    scope.role === 'admin' || (scope.role === 'manager' && target.role !== 'admin' && inSubtree(scope, target.unitId)),
  assignUnit: (scope: Scope, unitId: string) => scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, unitId)),
  assignRole: (scope: Scope, role: Role) => scope.role === 'admin' || (scope.role === 'manager' && role !== 'admin'),
};

export const userAbilities = (scope: Scope, target: Pick<User, 'id' | 'unitId' | 'role'>) => ({
  update: userPolicy.manage(scope, target),
  deactivate: userPolicy.manage(scope, target) && target.id !== scope.userId,
  clearThrottle: userPolicy.manage(scope, target),
});
