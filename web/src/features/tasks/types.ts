// Shapes of the tasks and progress reports contract (docs/API.md, issue 5).
import type { UnitRef } from '../../ui/types';

export type ProgressStatus = 'not_started' | 'on_track' | 'at_risk' | 'late' | 'done';
export const PROGRESS_STATUSES: ProgressStatus[] = ['not_started', 'on_track', 'at_risk', 'late', 'done'];
export type Cadence = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly' | 'once';
export const CADENCES: Cadence[] = ['monthly', 'quarterly', 'half_yearly', 'yearly', 'once'];
export type Recurrence = 'none' | 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
export const RECURRENCES: Recurrence[] = ['none', 'monthly', 'quarterly', 'half_yearly', 'yearly'];
export type ReportState = 'draft' | 'submitted' | 'accepted' | 'returned';
export type ReportAction = 'submit' | 'accept' | 'return' | 'correct';
export type Visibility = 'shared' | 'unit' | 'confidential';

export interface Progress {
  percent: number;
  status: ProgressStatus;
  tasks: number;
  done: number;
  late: number;
}

export interface TaskCan {
  update: boolean;
  delete: boolean;
  report: boolean;
  review: boolean;
  cascade: boolean;
  attach: boolean;
}

export interface PlanRef {
  id: string;
  code: string;
  title: string;
  ownerUnit: UnitRef;
}

export interface TaskItem {
  id: string;
  directiveId: string | null;
  directive: { id: string; code: string; title: string } | null;
  groupId: string | null;
  group: { id: string; number: string; title: string } | null;
  parentTaskId: string | null;
  parent: { id: string; title: string; directiveId: string | null; directiveCode: string | null } | null;
  position: number;
  number: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  title: string;
  leadUnitId: string;
  leadUnit: UnitRef;
  supportingUnitIds: string[];
  supportingUnits: UnitRef[];
  startOn: string | null;
  dueOn: string | null;
  recurrence: Recurrence;
  cadence: Cadence;
  weight: number;
  fieldIds: string[];
  status: ProgressStatus;
  effectiveStatus: ProgressStatus;
  percent: number;
  overdue: boolean;
  doneAt: string | null;
  lastReportAt: string | null;
  nextReport: { period: string; periodStart: string; periodEnd: string; dueOn: string; filed: boolean } | null;
  proposalId: string | null;
  childCount: number;
  ownerUnitId: string;
  ownerUnit: UnitRef;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
  can: TaskCan;
}

export interface Indicator {
  id: string;
  name: string;
  unitOfMeasure: string;
  baseline: string | null;
  target: string | null;
  latest: string | null;
}

export interface TaskLink {
  entity: 'partner' | 'engagement';
  recordId: string;
  label: string;
}

export interface Task extends TaskItem {
  description: string;
  indicators: Indicator[];
  links: TaskLink[];
  plans: PlanRef[];
}

export interface TaskInput {
  directiveId?: string;
  groupId?: string | null;
  parentTaskId?: string | null;
  number?: string;
  titleVi?: string;
  titleEn?: string;
  titleFr?: string;
  description?: string;
  leadUnitId?: string;
  supportingUnitIds?: string[];
  startOn?: string | null;
  dueOn?: string | null;
  recurrence?: Recurrence;
  cadence?: Cadence;
  weight?: number;
  fieldIds?: string[];
  indicators?: { id?: string; name: string; unitOfMeasure?: string; baseline?: string | null; target?: string | null }[];
  links?: { entity: 'partner' | 'engagement'; recordId: string }[];
}

export interface TaskGroup {
  id: string;
  directiveId: string;
  position: number;
  number: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  title: string;
  description: string;
  progress: Progress;
}

export interface Report {
  id: string;
  taskId: string;
  unitId: string;
  unit: UnitRef;
  kind: 'report' | 'input';
  period: string;
  periodStart: string;
  periodEnd: string;
  status: ProgressStatus;
  percent: number;
  narrative: string;
  values: { indicatorId: string; value: string }[];
  state: ReportState;
  version: number;
  previousId: string | null;
  reviewComment: string;
  reviewedBy: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  submittedBy: string | null;
  submitterName: string | null;
  submittedAt: string | null;
  createdAt: string;
  updatedAt: string;
  can: { update: boolean; delete: boolean; submit: boolean; accept: boolean; return: boolean; correct: boolean; attach: boolean };
}

export interface ReportInput {
  period?: string;
  status: ProgressStatus;
  percent: number;
  narrative?: string;
  values?: { indicatorId: string; value: string }[];
  submit?: boolean;
}

export interface BoardColumn {
  status: ProgressStatus;
  total: number;
  items: TaskItem[];
}
