import type { Scope } from '../../core/scope.js';
import type { ProposalState } from './schema.js';
import type { Proposal } from './types.js';

// Visibility (who sees a proposal at all) is core/tenancy's job (repo.ts scopedProposals); this is what a
// user who sees it may do. The state rules live here too, so `can` and the workflow never disagree.

const inSubtree = (scope: Scope, unitId: string) => scope.subtreeUnitIds.includes(unitId);

/** Officers of the unit, managers of it or of a unit above, admins. */
export const worksFor = (scope: Scope, unitId: string | null | undefined) =>
  !!unitId && (scope.role === 'admin' || (scope.role === 'manager' && inSubtree(scope, unitId)) || (scope.role === 'officer' && scope.unitId === unitId));

type P = Pick<Proposal, 'ownerUnitId' | 'targetUnitId' | 'handlingUnitId' | 'state' | 'taskId' | 'reopenCount'>;

/** Which states each action may start from (docs/API.md, proposals, transitions). `comment` keeps the state. */
export const TRANSITIONS = {
  accept: { from: ['submitted'], to: 'accepted' },
  answer: { from: ['accepted'], to: 'answered' },
  close: { from: ['answered'], to: 'closed' },
  reject: { from: ['submitted', 'accepted'], to: 'rejected' },
  reopen: { from: ['answered', 'closed'], to: 'accepted' },
} as const satisfies Record<string, { from: readonly ProposalState[]; to: ProposalState }>;
export type MoveAction = keyof typeof TRANSITIONS;
export type ProposalAction = MoveAction | 'comment';
export const ACTIONS = ['accept', 'answer', 'close', 'reject', 'reopen', 'comment'] as const;

export const canStart = (action: MoveAction, state: ProposalState) => (TRANSITIONS[action].from as readonly ProposalState[]).includes(state);

/** States a group may hold proposals in. */
export const GROUPABLE: readonly ProposalState[] = ['submitted', 'accepted', 'answered'];

export const proposalPolicy = {
  create: (scope: Scope) => scope.role !== 'viewer',
  submitterSide: (scope: Scope, p: Pick<P, 'ownerUnitId'>) => worksFor(scope, p.ownerUnitId),
  targetSide: (scope: Scope, p: Pick<P, 'targetUnitId'>) => worksFor(scope, p.targetUnitId),
  /** The target or the handling unit (who answers). */
  answererSide: (scope: Scope, p: Pick<P, 'targetUnitId' | 'handlingUnitId'>) => worksFor(scope, p.targetUnitId) || worksFor(scope, p.handlingUnitId),
  update: (scope: Scope, p: P) => p.state === 'submitted' && worksFor(scope, p.ownerUnitId),
  /** Rights only; the state is checked separately (a wrong state is 409, no right is 403). */
  mayAct: (scope: Scope, action: ProposalAction, p: P): boolean => {
    switch (action) {
      case 'accept':
      case 'reject':
        return proposalPolicy.targetSide(scope, p);
      case 'answer':
        return proposalPolicy.answererSide(scope, p);
      case 'close':
        return proposalPolicy.submitterSide(scope, p) || proposalPolicy.targetSide(scope, p);
      case 'reopen':
        return proposalPolicy.submitterSide(scope, p);
      case 'comment':
        return scope.role !== 'viewer';
    }
  },
  makeTask: (scope: Scope, p: P) => proposalPolicy.answererSide(scope, p),
  attach: (scope: Scope, p: P) => proposalPolicy.submitterSide(scope, p) || proposalPolicy.answererSide(scope, p),
};

/** Whether a reopen is still possible: once only, until `reopenUntil` (inclusive). */
export const reopenOpen = (p: P, reopenUntil: string | null, today: string) => p.reopenCount === 0 && !!reopenUntil && today <= reopenUntil;

export function proposalAbilities(scope: Scope, p: P, reopenUntil: string | null, today: string) {
  const may = (a: MoveAction) => canStart(a, p.state) && proposalPolicy.mayAct(scope, a, p);
  return {
    update: proposalPolicy.update(scope, p),
    accept: may('accept'),
    answer: may('answer'),
    close: may('close'),
    reject: may('reject'),
    reopen: may('reopen') && reopenOpen(p, reopenUntil, today),
    comment: proposalPolicy.mayAct(scope, 'comment', p),
    group: proposalPolicy.targetSide(scope, p) && GROUPABLE.includes(p.state),
    makeTask: !p.taskId && (p.state === 'accepted' || p.state === 'answered') && proposalPolicy.makeTask(scope, p),
    attach: proposalPolicy.attach(scope, p),
  };
}
export type ProposalAbilities = ReturnType<typeof proposalAbilities>;
