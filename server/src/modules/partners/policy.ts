import type { Scope } from '../../core/scope.js';
import type { Partner } from './schema.js';

// Visibility (who may see a partner at all) is core/tenancy's job; this is
// what a user who sees it may do.

const inSubtree = (scope: Scope, unitId: string) => scope.subtreeUnitIds.includes(unitId);

export const partnerPolicy = {
  create: (scope: Scope) => scope.role !== 'viewer',
  /** The unit a new or moved partner may be owned by. */
  ownBy: (scope: Scope, unitId: string) =>
    scope.role === 'admin' || (scope.role === 'manager' ? inSubtree(scope, unitId) : scope.role === 'officer' && unitId === scope.unitId),
  update: (scope: Scope, p: Pick<Partner, 'ownerUnitId'>) =>
    scope.role === 'admin' ||
    (scope.role === 'manager' && inSubtree(scope, p.ownerUnitId)) ||
    (scope.role === 'officer' && p.ownerUnitId === scope.unitId),
  delete: (scope: Scope, p: Pick<Partner, 'ownerUnitId'>) =>
    scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, p.ownerUnitId)),
  merge: (scope: Scope, p: Pick<Partner, 'ownerUnitId'>) => partnerPolicy.delete(scope, p),
  /** Anyone who sees a partner and is not a viewer may write notes about it. */
  note: (scope: Scope) => scope.role !== 'viewer',
  editNote: (scope: Scope, p: Pick<Partner, 'ownerUnitId'>, authorId: string | null) =>
    authorId === scope.userId || partnerPolicy.delete(scope, p),
};

export const partnerAbilities = (scope: Scope, p: Pick<Partner, 'ownerUnitId'>) => ({
  update: partnerPolicy.update(scope, p),
  delete: partnerPolicy.delete(scope, p),
  merge: partnerPolicy.merge(scope, p),
});
