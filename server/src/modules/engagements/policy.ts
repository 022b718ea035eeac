import type { Scope } from '../../core/scope.js';
import { actsForUnit, allow, canWrite, isManagerOrAdmin, managesUnit } from '../../core/rights.js';
import type { Engagement, EngagementState } from './schema.js';

// Visibility (who may see an engagement at all) is core/tenancy's job; this is
// what a user who sees it may do. The workflow's state rules live here too, so
// `can` and the service never disagree.

type E = Pick<Engagement, 'ownerUnitId' | 'state' | 'createdBy' | 'approverUnitId'>;

/** Which states each action may start from (docs/API.md, transitions). */
export const TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'returned' },
  reject: { from: ['submitted'], to: 'rejected' },
  complete: { from: ['approved'], to: 'done' },
  cancel: { from: ['draft', 'submitted', 'approved', 'returned'], to: 'cancelled' },
  reopen: { from: ['rejected', 'cancelled'], to: 'draft' },
} as const satisfies Record<string, { from: readonly EngagementState[]; to: EngagementState }>;
export type TransitionAction = keyof typeof TRANSITIONS;

export const DELETABLE_STATES: readonly EngagementState[] = ['draft', 'returned', 'rejected', 'cancelled'];
/** A rejected or cancelled engagement is closed: reopen it to change it. */
const EDITABLE_STATES: readonly EngagementState[] = ['draft', 'submitted', 'approved', 'returned', 'done'];

export const canStart = (action: TransitionAction, state: EngagementState) => (TRANSITIONS[action].from as readonly EngagementState[]).includes(state);

/** Who works on the record: its unit's officers, managers above it, admins. */
const edit = (scope: Scope, e: Pick<E, 'ownerUnitId'>) => actsForUnit(scope, e.ownerUnitId);
/** Managers of the approver unit or of any unit above it, and admins. */
const decide = (scope: Scope, e: Pick<E, 'approverUnitId'>) => managesUnit(scope, e.approverUnitId);
/** The author, or a manager over the owner unit; never a viewer. */
const reopen = (scope: Scope, e: E) => canWrite(scope) && (e.createdBy === scope.userId || managesUnit(scope, e.ownerUnitId));

/** Rights only; the state is checked separately (a wrong state is 409, no right is 403). */
function mayAct(scope: Scope, action: TransitionAction, e: E): boolean {
  switch (action) {
    case 'approve':
    case 'return':
    case 'reject':
      return decide(scope, e);
    case 'reopen':
      return reopen(scope, e);
    default:
      return edit(scope, e);
  }
}

/** The action is open now: its state allows it and the user has the right. */
const may = (action: TransitionAction) => (scope: Scope, e: E) => canStart(action, e.state) && mayAct(scope, action, e);

const itemRules = {
  update: (scope: Scope, e: E) => edit(scope, e) && EDITABLE_STATES.includes(e.state),
  delete: (scope: Scope, e: E) => edit(scope, e) && DELETABLE_STATES.includes(e.state),
};
/** What a row of lists tells the UI (`can` of an engagement item). */
const onItem = allow<E, typeof itemRules>(itemRules);

const engagementRules = {
  ...itemRules,
  submit: may('submit'),
  approve: may('approve'),
  return: may('return'),
  reject: may('reject'),
  cancel: may('cancel'),
  complete: may('complete'),
  reopen: may('reopen'),
  addFollowUp: (scope: Scope, e: E) => edit(scope, e) && e.state !== 'rejected',
  attach: (scope: Scope, e: E) => edit(scope, e),
};
/** Rights on one engagement; `can` is the detail view's abilities in the API. */
const onEngagement = allow<E, typeof engagementRules>(engagementRules);

export const engagementPolicy = {
  update: onItem.update,
  delete: onItem.delete,
  addFollowUp: onEngagement.addFollowUp,
  attach: onEngagement.attach,
  edit,
  mayAct,
  create: canWrite,
  /** Whether the user may decide on anything at all (the approvals page). */
  approveAny: isManagerOrAdmin,
  /** The unit a new or moved engagement may be owned by. */
  ownBy: actsForUnit,
  /** A unit's engagement settings: its managers (and those above), admins. */
  configure: managesUnit,
  /** Follow-ups: the engagement's editors, and the person the follow-up is assigned to (to tick it off). */
  updateFollowUp: (scope: Scope, e: E, ownerUserId: string | null) => edit(scope, e) || (ownerUserId === scope.userId && canWrite(scope)),
  deleteFollowUp: (scope: Scope, e: E) => edit(scope, e),
};

export const itemAbilities = onItem.can;
export const engagementAbilities = onEngagement.can;
