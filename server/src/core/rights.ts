/**
 * The vocabulary policies are written in (modules/<m>/policy.ts). Visibility of records is
 * core/tenancy's job; these say what a user who sees something may do with it. A policy never
 * compares roles or unit ids by hand: it combines these.
 */
import type { Scope } from './scope.js';
import type { Role } from './tenancy-schema.js';

export const isAdmin = (scope: Scope) => scope.role === 'admin';
/** Anyone but a viewer: viewers read, they never write. */
export const canWrite = (scope: Scope) => scope.role !== 'viewer';
/** An administrator or a manager (of some subtree). */
export const isManagerOrAdmin = (scope: Scope) => scope.role === 'admin' || scope.role === 'manager';
export const hasRole = (scope: Scope, ...roles: Role[]) => roles.includes(scope.role);

/** The unit is the user's own or one below it. */
export const inSubtree = (scope: Scope, unitId: string | null | undefined) => !!unitId && scope.subtreeUnitIds.includes(unitId);
/** The user may see the unit's 'unit'-visibility records: own unit, ancestors, descendants. */
export const maySeeUnit = (scope: Scope, unitId: string | null | undefined) => !!unitId && scope.relatedUnitIds.includes(unitId);
/** The user works in this very unit. */
export const worksIn = (scope: Scope, unitId: string | null | undefined) => !!unitId && scope.unitId === unitId;

/** An administrator, or a manager whose subtree holds the unit. */
export const managesUnit = (scope: Scope, unitId: string | null | undefined) =>
  scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, unitId));

/**
 * "Works for the owner unit": an administrator; a manager of the unit's subtree; an officer of
 * the unit itself. The usual right to edit a unit's record or to make a unit own one.
 */
export const actsForUnit = (scope: Scope, unitId: string | null | undefined) =>
  managesUnit(scope, unitId) || (scope.role === 'officer' && worksIn(scope, unitId));

/** Rights reaching every unit (admin) or a subtree (manager, officer: own unit), as unit ids or 'all'. */
export const managedUnits = (scope: Scope): 'all' | string[] => (scope.role === 'admin' ? 'all' : scope.role === 'manager' ? scope.subtreeUnitIds : []);

/**
 * `allow(rules)` names each ability once and answers both the check and the `can` object the API
 * sends (the UI hides or disables actions from it), so the two never disagree.
 *   const rules = { update: (s: Scope, p: Owned) => actsForUnit(s, p.ownerUnitId), … };
 *   const partnerPolicy = allow<Owned, typeof rules>(rules);
 *   partnerPolicy.update(scope, p)      → boolean
 *   partnerPolicy.can(scope, p)         → { update: boolean, … }
 */
export function allow<T, R extends Record<string, (scope: Scope, subject: T) => boolean>>(rules: R) {
  const can = (scope: Scope, subject: T) => Object.fromEntries(Object.entries(rules).map(([k, rule]) => [k, rule(scope, subject)])) as { [K in keyof R]: boolean };
  return Object.assign({ can }, rules);
}
