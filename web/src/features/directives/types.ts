// Shapes of the directives contract (docs/API.md, issue 5).
import type { UnitRef } from '../../ui/types';
import type { PlanRef, Progress, ProgressStatus, TaskGroup, TaskItem, Visibility } from '../tasks/types';

export type DirectiveKind = 'directive' | 'resolution' | 'conclusion' | 'plan' | 'decision' | 'programme';
export type DirectiveStatus = 'in_force' | 'superseded' | 'expired';

export interface DirectiveItem {
  id: string;
  code: string;
  kind: DirectiveKind;
  issuingBody: string;
  issuedOn: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  title: string;
  status: DirectiveStatus;
  supersededById: string | null;
  supersededBy: { id: string; code: string; title: string } | null;
  implementsTaskId: string | null;
  implementsTask: { id: string; title: string; directiveId: string; directiveCode: string } | null;
  ownerUnitId: string;
  ownerUnit: UnitRef;
  visibility: Visibility;
  progress: Progress;
  createdAt: string;
  updatedAt: string;
  can: { update: boolean; delete: boolean; addTask: boolean; attach: boolean };
}

export interface Directive extends DirectiveItem {
  summaryVi: string;
  summaryEn: string;
  summaryFr: string;
  summary: string;
  fullText: string;
}

export interface DirectiveInput {
  code?: string;
  kind?: DirectiveKind;
  issuingBody?: string;
  issuedOn?: string;
  titleVi?: string;
  titleEn?: string;
  titleFr?: string;
  summaryVi?: string;
  summaryEn?: string;
  summaryFr?: string;
  fullText?: string;
  status?: DirectiveStatus;
  supersededById?: string | null;
  ownerUnitId?: string;
  visibility?: Visibility;
}

export interface TaskNode extends TaskItem {
  children: TaskNode[];
  plans: PlanRef[];
}

export interface DirectiveTree {
  directive: Directive;
  groups: (TaskGroup & { tasks: TaskNode[] })[];
  ungrouped: TaskNode[];
}

export interface MatrixCell {
  unitId: string;
  groupId: string | null;
  status: ProgressStatus;
  percent: number;
  tasks: number;
  late: number;
}

export interface Matrix {
  groups: { id: string; number: string; title: string }[];
  units: UnitRef[];
  cells: MatrixCell[];
}
