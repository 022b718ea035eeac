import type { Role } from '../modules/users/schema.js';

/**
 * What a signed-in user can reach, computed once per request from the unit tree.
 * Every repo query takes it; see core/tenancy.ts.
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

/** For CLI and setup work done by the system itself. */
export const systemScope = (unitId: string, relatedUnitIds: string[]): Scope => ({
  userId: '00000000-0000-0000-0000-000000000000',
  unitId,
  role: 'admin',
  relatedUnitIds,
  subtreeUnitIds: relatedUnitIds,
});
