import type { Scope } from '../../core/scope.js';
import type { ReportState } from './schema.js';
import { taskPolicy } from './policy.js';

// Who may do what with a progress report (docs/API.md, "Progress reports"). Two questions, asked in
// this order: may this user ever do it to this report (else 403), and does the state allow it (else 409).

export type ReportAction = 'submit' | 'accept' | 'return' | 'correct';

interface R {
  unitId: string;
  state: ReportState;
  /** Who sent it: never its own reviewer. */
  submittedBy?: string | null;
}
interface T {
  ownerUnitId: string;
  leadUnitId: string;
  supportingUnitIds: string[];
}

/** State machine: from which states each action starts, and where it leads. */
export const REPORT_TRANSITIONS: Record<ReportAction, { from: ReportState[]; to: ReportState }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'accepted' },
  return: { from: ['submitted'], to: 'returned' },
  // A new draft version; the accepted one stays as it is.
  correct: { from: ['accepted'], to: 'draft' },
};

/**
 * The report's own side: the officers and managers of its unit (an administrator too, when it is
 * theirs). Not the units above: the assigning side reviews a report, it does not write it.
 */
export const isAuthor = (scope: Scope, r: Pick<R, 'unitId'>) => scope.role !== 'viewer' && scope.unitId === r.unitId;

export const reportPolicy = {
  /** Who may take the action at all (403 otherwise). */
  mayAct(scope: Scope, action: ReportAction, r: R, t: T): boolean {
    return action === 'accept' || action === 'return'
      ? taskPolicy.review(scope, t, r.unitId) && (!r.submittedBy || r.submittedBy !== scope.userId)
      : isAuthor(scope, r);
  },
  canStart: (action: ReportAction, state: ReportState) => REPORT_TRANSITIONS[action].from.includes(state),
  editable: (state: ReportState) => state === 'draft' || state === 'returned',
  /** Evidence files: its unit, until it is accepted (accepted reports are locked). */
  attach: (scope: Scope, r: R) => isAuthor(scope, r) && r.state !== 'accepted',
};

/** The `can` object of a report; `latest` = no newer version exists (only the latest may be corrected). */
export function reportAbilities(scope: Scope, r: R, t: T, latest: boolean) {
  const may = (a: ReportAction) => reportPolicy.mayAct(scope, a, r, t) && reportPolicy.canStart(a, r.state);
  return {
    update: isAuthor(scope, r) && reportPolicy.editable(r.state),
    delete: isAuthor(scope, r) && r.state === 'draft',
    submit: may('submit'),
    accept: may('accept'),
    return: may('return'),
    correct: may('correct') && latest,
    attach: reportPolicy.attach(scope, r),
  };
}
