import type { Scope } from '../../core/scope.js';
import { actsForUnit, allow, canWrite, managesUnit } from '../../core/rights.js';
import type { ProposalState } from './schema.js';
import type { Proposal, ProposalGroup } from './types.js';

// Visibility (who sees a proposal at all) is core/tenancy's job (repo.ts scopedProposals); this is what a
// user who sees it may do. The state rules live here too, so `can` and the workflow never disagree.
// "Works for a unit" is core/rights' actsForUnit: its officers, the managers of it or above, admins.

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
  create: canWrite,
  submitterSide: (scope: Scope, p: Pick<P, 'ownerUnitId'>) => actsForUnit(scope, p.ownerUnitId),
  targetSide: (scope: Scope, p: Pick<P, 'targetUnitId'>) => actsForUnit(scope, p.targetUnitId),
  /** The target or the handling unit (who answers). */
  answererSide: (scope: Scope, p: Pick<P, 'targetUnitId' | 'handlingUnitId'>) =>
    actsForUnit(scope, p.targetUnitId) || (!!p.handlingUnitId && actsForUnit(scope, p.handlingUnitId)),
  update: (scope: Scope, p: P) => p.state === 'submitted' && actsForUnit(scope, p.ownerUnitId),
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
        return canWrite(scope);
    }
  },
  makeTask: (scope: Scope, p: P) => proposalPolicy.answererSide(scope, p),
  attach: (scope: Scope, p: P) => proposalPolicy.submitterSide(scope, p) || proposalPolicy.answererSide(scope, p),
  /** A target unit's SLA and reopen window: its managers (and those above), admins. */
  configure: managesUnit,
};

/** Whether a reopen is still possible: once only, until `reopenUntil` (inclusive). */
export const reopenOpen = (p: P, reopenUntil: string | null, today: string) => p.reopenCount === 0 && !!reopenUntil && today <= reopenUntil;

/** A proposal with what its abilities depend on besides the reader: its reopen window and today. */
interface Subject {
  proposal: P;
  reopenUntil: string | null;
  today: string;
}
const may = (a: MoveAction) => (scope: Scope, x: Subject) => canStart(a, x.proposal.state) && proposalPolicy.mayAct(scope, a, x.proposal);
const abilities = {
  update: (scope: Scope, x: Subject) => proposalPolicy.update(scope, x.proposal),
  accept: may('accept'),
  answer: may('answer'),
  close: may('close'),
  reject: may('reject'),
  reopen: (scope: Scope, x: Subject) => may('reopen')(scope, x) && reopenOpen(x.proposal, x.reopenUntil, x.today),
  comment: (scope: Scope, x: Subject) => proposalPolicy.mayAct(scope, 'comment', x.proposal),
  group: (scope: Scope, x: Subject) => proposalPolicy.targetSide(scope, x.proposal) && GROUPABLE.includes(x.proposal.state),
  makeTask: (scope: Scope, x: Subject) => !x.proposal.taskId && (x.proposal.state === 'accepted' || x.proposal.state === 'answered') && proposalPolicy.makeTask(scope, x.proposal),
  attach: (scope: Scope, x: Subject) => proposalPolicy.attach(scope, x.proposal),
};
/** A proposal's `can` in the API. */
export const proposalAbilities = allow<Subject, typeof abilities>(abilities).can;

/** A group with the number of its (visible) proposals still to answer. */
type GroupSubject = Pick<ProposalGroup, 'targetUnitId'> & { open: number };
const groupRules = {
  /** Add, remove and answer its proposals: the target unit's side. */
  update: (scope: Scope, g: Pick<ProposalGroup, 'targetUnitId'>) => actsForUnit(scope, g.targetUnitId),
  answer: (scope: Scope, g: GroupSubject) => actsForUnit(scope, g.targetUnitId) && g.open > 0,
};
/** Rights on a group of proposals; `can` is its abilities in the API. */
export const groupPolicy = allow<GroupSubject, typeof groupRules>(groupRules);
