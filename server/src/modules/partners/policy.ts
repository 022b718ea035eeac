import type { Scope } from '../../core/scope.js';
import { actsForUnit, allow, canWrite, managesUnit } from '../../core/rights.js';
import type { Partner } from './schema.js';

// Visibility (who may see a partner at all) is core/tenancy's job; this is
// what a user who sees it may do.

type Owned = Pick<Partner, 'ownerUnitId'>;

const rules = {
  /** Officers edit their own unit's partners; managers their subtree's. */
  update: (scope: Scope, p: Owned) => actsForUnit(scope, p.ownerUnitId),
  delete: (scope: Scope, p: Owned) => managesUnit(scope, p.ownerUnitId),
  merge: (scope: Scope, p: Owned) => managesUnit(scope, p.ownerUnitId),
};
/** Rights on one partner; `can` is the partner's abilities in the API. */
const onPartner = allow<Owned, typeof rules>(rules);

export const partnerPolicy = {
  ...onPartner,
  create: canWrite,
  /** The unit a new or moved partner may be owned by. */
  ownBy: actsForUnit,
  /** Anyone who sees a partner and is not a viewer may write notes about it. */
  note: canWrite,
  editNote: (scope: Scope, p: Owned, authorId: string | null) => authorId === scope.userId || onPartner.delete(scope, p),
};

export const partnerAbilities = onPartner.can;
