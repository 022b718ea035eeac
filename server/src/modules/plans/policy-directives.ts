import type { Scope } from '../../core/scope.js';
import { worksFor } from './policy.js';

// Visibility is core/tenancy's job; this is what a user who sees a directive may do (docs/API.md, "Visibility and rights").

type D = { ownerUnitId: string };

export const directivePolicy = {
  /** Whether the user may create directives at all (for their own unit): anyone but viewers. */
  create: (scope: Scope) => directivePolicy.ownBy(scope, scope.unitId),
  /** Officers of the owner unit, managers of it or above, admins: the directive, its groups and tasks. */
  update: (scope: Scope, d: D) => worksFor(scope, d.ownerUnitId),
  /** Managers of the owner unit or above, admins. */
  delete: (scope: Scope, d: D) => scope.role === 'admin' || (scope.role === 'manager' && scope.subtreeUnitIds.includes(d.ownerUnitId)),
  /** The unit a new directive may be owned by. */
  ownBy: (scope: Scope, unitId: string) => worksFor(scope, unitId),
};

export const directiveAbilities = (scope: Scope, d: D) => {
  const update = directivePolicy.update(scope, d);
  return { update, delete: directivePolicy.delete(scope, d), addTask: update, attach: update };
};
