import type { Scope } from '../../core/scope.js';

// Visibility is core/tenancy's job (scope.ts); these say what a user who sees a task may do
// (docs/API.md, "Visibility and rights"). Managers' rights reach their unit and the units below it.

const inSubtree = (scope: Scope, unitId: string) => scope.subtreeUnitIds.includes(unitId);

/** Officers of the unit, managers of it or above, admins. */
export const worksFor = (scope: Scope, unitId: string) =>
  scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, unitId)) || (scope.role === 'officer' && scope.unitId === unitId);

interface T {
  ownerUnitId: string;
  leadUnitId: string;
  supportingUnitIds: string[];
}

export const taskPolicy = {
  /** Create, edit, delete a directive's groups and tasks (or a standalone task): who works for the owner unit. */
  update: (scope: Scope, t: Pick<T, 'ownerUnitId'>) => worksFor(scope, t.ownerUnitId),
  cascade: (scope: Scope, t: Pick<T, 'leadUnitId'>) => worksFor(scope, t.leadUnitId),
  /** The kind of report the user files for this task, or null: the lead unit's `report`, a supporting unit's `input`. */
  reportKind: (scope: Scope, t: T): 'report' | 'input' | null =>
    scope.role === 'viewer' ? null : scope.unitId === t.leadUnitId ? 'report' : t.supportingUnitIds.includes(scope.unitId) ? 'input' : null,
  /** Accept or return reports: who works for the assigning unit; not the report's own unit unless it is also the owner. */
  review: (scope: Scope, t: Pick<T, 'ownerUnitId'>, reportUnitId: string) =>
    worksFor(scope, t.ownerUnitId) && (scope.unitId !== reportUnitId || reportUnitId === t.ownerUnitId),
};
