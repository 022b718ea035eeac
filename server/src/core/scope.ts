import type { Role } from './tenancy-schema.js';

/**
 * What a signed-in user can reach, computed once per request from the unit tree.
 * Every repo query takes it; see core/tenancy.ts. Built only by `scopeOf`.
 */
export interface Scope {
  userId: string;
  unitId: string;
  role: Role;
  /** Own unit, its ancestors and its descendants: 'unit'-visibility records of these are visible. */
  relatedUnitIds: string[];
  /** Own unit and its descendants: where a manager's rights reach. */
  subtreeUnitIds: string[];
}

/**
 * The one way to build a Scope: a user, their unit's materialized path ('/root/…/unit/') or its
 * ancestor ids, and the ids of their unit's subtree (the unit itself included).
 */
export function scopeOf(user: { id: string; unitId: string; role: Role }, ancestry: string | string[], subtree: string[]): Scope {
  const ancestors = (typeof ancestry === 'string' ? ancestry.split('/') : ancestry).filter((id) => id && id !== user.unitId);
  return { userId: user.id, unitId: user.unitId, role: user.role, subtreeUnitIds: subtree, relatedUnitIds: [...ancestors, ...subtree] };
}
