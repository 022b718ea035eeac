import type { Scope } from '../../core/scope.js';

// Reference lists are shared by every unit: all signed-in users read them,
// only administrators change them.

export const referencePolicy = {
  read: (_scope: Scope) => true,
  manage: (scope: Scope) => scope.role === 'admin',
};

export const countryAbilities = (scope: Scope) => ({ update: referencePolicy.manage(scope) });

/** A field of cooperation that partners use cannot be deleted (it would silently vanish from them). */
export const listItemAbilities = (scope: Scope, usage: number, deletableInUse: boolean) => ({
  update: referencePolicy.manage(scope),
  delete: referencePolicy.manage(scope) && (deletableInUse || usage === 0),
});
