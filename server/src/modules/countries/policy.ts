import type { Scope } from '../../core/scope.js';
import { allow, isAdmin } from '../../core/rights.js';
import type { Country } from './schema.js';

// Reference lists are shared by every unit: all signed-in users read them,
// only administrators change them.

export const referencePolicy = {
  read: (_scope: Scope) => true,
  manage: isAdmin,
};

const countryRules = { update: (scope: Scope, _c: Country) => referencePolicy.manage(scope) };
export const countryAbilities = allow<Country, typeof countryRules>(countryRules).can;

/** An item of a list, as far as its rights go: how many records use it, and whether it may go while used. */
interface ListItemUse {
  usage: number;
  deletableInUse: boolean;
}
/** A field of cooperation that partners use cannot be deleted (it would silently vanish from them). */
const itemRules = {
  update: (scope: Scope, _i: ListItemUse) => referencePolicy.manage(scope),
  delete: (scope: Scope, i: ListItemUse) => referencePolicy.manage(scope) && (i.deletableInUse || i.usage === 0),
};
export const listItemAbilities = allow<ListItemUse, typeof itemRules>(itemRules).can;
