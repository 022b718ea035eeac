import type { Scope } from '../../core/scope.js';
import { actsForUnit, allow, canWrite, managesUnit, worksIn } from '../../core/rights.js';
import type { ReportState } from './schema.js';

// Visibility is core/tenancy's job (repo-directives.ts, repo-tasks.ts); these say what a user who sees a
// directive, a task or a progress report may do (docs/API.md, "Visibility and rights", "Progress reports").
// "Works for a unit" is core/rights' actsForUnit: its officers, the managers of it or above, admins.

type Owned = { ownerUnitId: string };

const directiveRules = {
  /** Who works for the owner unit: the directive, its groups and its tasks. */
  update: (scope: Scope, d: Owned) => actsForUnit(scope, d.ownerUnitId),
  /** Managers of the owner unit or above, admins. */
  delete: (scope: Scope, d: Owned) => managesUnit(scope, d.ownerUnitId),
  addTask: (scope: Scope, d: Owned) => actsForUnit(scope, d.ownerUnitId),
  attach: (scope: Scope, d: Owned) => actsForUnit(scope, d.ownerUnitId),
};

/** Rights on one directive; `can` is its abilities in the API. */
export const directivePolicy = {
  ...allow<Owned, typeof directiveRules>(directiveRules),
  /** Whether the user may create directives at all (for their own unit): anyone but viewers. */
  create: (scope: Scope) => actsForUnit(scope, scope.unitId),
  /** The unit a new directive may be owned by. */
  ownBy: actsForUnit,
};

interface TaskSubject {
  ownerUnitId: string;
  leadUnitId: string;
  supportingUnitIds: string[];
}

/** The kind of report the user files for this task, or null: the lead unit's `report`, a supporting unit's `input`. */
const reportKind = (scope: Scope, t: TaskSubject): 'report' | 'input' | null =>
  !canWrite(scope) ? null : worksIn(scope, t.leadUnitId) ? 'report' : t.supportingUnitIds.some((u) => worksIn(scope, u)) ? 'input' : null;

const taskRules = {
  /** Create, edit, delete a directive's groups and tasks (or a standalone task): who works for the owner unit. */
  update: (scope: Scope, t: Owned) => actsForUnit(scope, t.ownerUnitId),
  delete: (scope: Scope, t: Owned) => actsForUnit(scope, t.ownerUnitId),
  report: (scope: Scope, t: TaskSubject) => reportKind(scope, t) !== null,
  /** Review its reports: who works for the assigning unit (reportPolicy says which reports). */
  review: (scope: Scope, t: Owned) => actsForUnit(scope, t.ownerUnitId),
  /** Plan it in one's own unit (the cascade): who works for the lead unit. */
  cascade: (scope: Scope, t: Pick<TaskSubject, 'leadUnitId'>) => actsForUnit(scope, t.leadUnitId),
  attach: (scope: Scope, t: Owned) => actsForUnit(scope, t.ownerUnitId),
};

/** Rights on one task; `can` is its abilities in the API. */
export const taskPolicy = { ...allow<TaskSubject, typeof taskRules>(taskRules), reportKind };

// Progress reports. Two questions, asked in this order: may this user ever do it to this report
// (else 403), and does the state allow it (else 409).

export type ReportAction = 'submit' | 'accept' | 'return' | 'correct';

interface R {
  unitId: string;
  state: ReportState;
  /** Who sent it: never its own reviewer. */
  submittedBy?: string | null;
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
export const isAuthor = (scope: Scope, r: Pick<R, 'unitId'>) => canWrite(scope) && worksIn(scope, r.unitId);

/** Accept or return: who works for the assigning unit; not the report's own unit unless it is also the owner; never who sent it. */
const mayReview = (scope: Scope, r: R, t: Owned) =>
  taskPolicy.review(scope, t) && (!worksIn(scope, r.unitId) || r.unitId === t.ownerUnitId) && (!r.submittedBy || r.submittedBy !== scope.userId);

/** Who may take the action at all (403 otherwise). */
const mayAct = (scope: Scope, action: ReportAction, r: R, t: Owned): boolean => (action === 'accept' || action === 'return' ? mayReview(scope, r, t) : isAuthor(scope, r));
const canStart = (action: ReportAction, state: ReportState) => REPORT_TRANSITIONS[action].from.includes(state);
const editable = (state: ReportState) => state === 'draft' || state === 'returned';
/** Evidence files: its unit, until it is accepted (accepted reports are locked). */
const mayAttach = (scope: Scope, r: R) => isAuthor(scope, r) && r.state !== 'accepted';

/** A report with its task; `latest` = no newer version exists (only the latest may be corrected). */
interface ReportSubject {
  report: R;
  task: TaskSubject;
  latest: boolean;
}
const may = (a: ReportAction) => (scope: Scope, x: ReportSubject) => mayAct(scope, a, x.report, x.task) && canStart(a, x.report.state);
const reportRules = {
  update: (scope: Scope, x: ReportSubject) => isAuthor(scope, x.report) && editable(x.report.state),
  delete: (scope: Scope, x: ReportSubject) => isAuthor(scope, x.report) && x.report.state === 'draft',
  submit: may('submit'),
  accept: may('accept'),
  return: may('return'),
  correct: (scope: Scope, x: ReportSubject) => may('correct')(scope, x) && x.latest,
  attach: (scope: Scope, x: ReportSubject) => mayAttach(scope, x.report),
};

export const reportPolicy = { mayAct, canStart, editable, attach: mayAttach, can: allow<ReportSubject, typeof reportRules>(reportRules).can };
