import type { Scope } from '../../core/scope.js';
import type { Engagement, EngagementState } from './schema.js';

// Visibility (who may see an engagement at all) is core/tenancy's job; this is
// what a user who sees it may do. The workflow's state rules live here too, so
// `can` and the service never disagree.

type E = Pick<Engagement, 'ownerUnitId' | 'state' | 'createdBy' | 'approverUnitId'>;

const inSubtree = (scope: Scope, unitId: string) => scope.subtreeUnitIds.includes(unitId);

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

export const engagementPolicy = {
  create: (scope: Scope) => scope.role !== 'viewer',
  /** Whether the user may decide on anything at all (the approvals page). */
  approveAny: (scope: Scope) => scope.role === 'admin' || scope.role === 'manager',
  /** The unit a new or moved engagement may be owned by. */
  ownBy: (scope: Scope, unitId: string) =>
    scope.role === 'admin' || (scope.role === 'manager' ? inSubtree(scope, unitId) : scope.role === 'officer' && unitId === scope.unitId),
  /** Who works on the record: its unit's officers, managers above it, admins. */
  edit: (scope: Scope, e: Pick<E, 'ownerUnitId'>) =>
    scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, e.ownerUnitId)) || (scope.role === 'officer' && e.ownerUnitId === scope.unitId),
  update: (scope: Scope, e: E) => engagementPolicy.edit(scope, e) && EDITABLE_STATES.includes(e.state),
  delete: (scope: Scope, e: E) => engagementPolicy.edit(scope, e) && DELETABLE_STATES.includes(e.state),
  /** Managers of the approver unit or of any unit above it, and admins. */
  decide: (scope: Scope, e: Pick<E, 'approverUnitId'>) =>
    scope.role === 'admin' || (scope.role === 'manager' && !!e.approverUnitId && inSubtree(scope, e.approverUnitId)),
  /** The author, or a manager over the owner unit. */
  reopen: (scope: Scope, e: E) =>
    scope.role !== 'viewer' && (e.createdBy === scope.userId || scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, e.ownerUnitId))),
  /** Rights only; the state is checked separately (a wrong state is 409, no right is 403). */
  mayAct: (scope: Scope, action: TransitionAction, e: E) => {
    switch (action) {
      case 'approve':
      case 'return':
      case 'reject':
        return engagementPolicy.decide(scope, e);
      case 'reopen':
        return engagementPolicy.reopen(scope, e);
      default:
        return engagementPolicy.edit(scope, e);
    }
  },
  addFollowUp: (scope: Scope, e: E) => engagementPolicy.edit(scope, e) && e.state !== 'rejected',
  attach: (scope: Scope, e: E) => engagementPolicy.edit(scope, e),
  /** Follow-ups: the engagement's editors, and the person the follow-up is assigned to (to tick it off). */
  updateFollowUp: (scope: Scope, e: E, ownerUserId: string | null) => engagementPolicy.edit(scope, e) || (ownerUserId === scope.userId && scope.role !== 'viewer'),
  deleteFollowUp: (scope: Scope, e: E) => engagementPolicy.edit(scope, e),
};

const may = (scope: Scope, action: TransitionAction, e: E) => canStart(action, e.state) && engagementPolicy.mayAct(scope, action, e);

export const itemAbilities = (scope: Scope, e: E) => ({ update: engagementPolicy.update(scope, e), delete: engagementPolicy.delete(scope, e) });

export const engagementAbilities = (scope: Scope, e: E) => ({
  ...itemAbilities(scope, e),
  submit: may(scope, 'submit', e),
  approve: may(scope, 'approve', e),
  return: may(scope, 'return', e),
  reject: may(scope, 'reject', e),
  cancel: may(scope, 'cancel', e),
  complete: may(scope, 'complete', e),
  reopen: may(scope, 'reopen', e),
  addFollowUp: engagementPolicy.addFollowUp(scope, e),
  attach: engagementPolicy.attach(scope, e),
});
