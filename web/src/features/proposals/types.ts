// Shapes of the proposals contract (docs/API.md, "Proposals from localities").
import type { UnitRef } from '../../ui/types';

export type ProposalState = 'submitted' | 'accepted' | 'answered' | 'closed' | 'rejected';
export const PROPOSAL_STATES: ProposalState[] = ['submitted', 'accepted', 'answered', 'closed', 'rejected'];
export type Urgency = 'normal' | 'urgent' | 'very_urgent';
export const URGENCIES: Urgency[] = ['normal', 'urgent', 'very_urgent'];
/** Workflow steps of `POST /proposals/:id/transitions`. */
export type ProposalAction = 'accept' | 'answer' | 'reject' | 'close' | 'reopen' | 'comment';

export interface FieldRef {
  id: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
}

export interface ProposalCan {
  update: boolean;
  accept: boolean;
  answer: boolean;
  close: boolean;
  reject: boolean;
  reopen: boolean;
  comment: boolean;
  group: boolean;
  makeTask: boolean;
  attach: boolean;
}

/** A list row: the proposal without body and answer. */
export interface ProposalItem {
  id: string;
  code: string;
  title: string;
  fieldId: string | null;
  field: FieldRef | null;
  urgency: Urgency;
  state: ProposalState;
  ownerUnitId: string;
  ownerUnit: UnitRef;
  targetUnitId: string;
  targetUnit: UnitRef;
  handlingUnitId: string | null;
  handlingUnit: UnitRef | null;
  handlerUserId: string | null;
  handlerName: string | null;
  dueOn: string | null;
  overdue: boolean;
  groupId: string | null;
  group: { id: string; title: string } | null;
  taskId: string | null;
  reopenCount: number;
  reopenUntil: string | null;
  submittedBy: string | null;
  submitterName: string | null;
  submittedAt: string;
  acceptedAt: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  rejectedAt: string | null;
  visibility: string;
  can: ProposalCan;
}

export interface Proposal extends ProposalItem {
  body: string;
  answer: string;
  rejectReason: string;
}

export interface SimilarProposal {
  id: string;
  code: string;
  title: string;
  state: ProposalState;
  ownerUnit: UnitRef;
  similarity: number;
  groupId: string | null;
  answer: string;
}

export interface HistoryEntry {
  id: string;
  action: string;
  fromState: ProposalState | null;
  toState: ProposalState | null;
  actorId: string | null;
  actorName: string | null;
  comment: string | null;
  at: string;
}

export interface ProposalGroup {
  id: string;
  title: string;
  targetUnitId: string;
  count: number;
  states: Record<ProposalState, number>;
  answer: string;
  answeredAt: string | null;
  can: { update: boolean; answer: boolean };
}

export interface ProposalGroupDetail extends ProposalGroup {
  proposals: ProposalItem[];
}

export interface ProposalStats {
  total: number;
  byState: Record<ProposalState, number>;
  byLocality: { unit: UnitRef; total: number; answered: number; overdue: number }[];
  byTopic: { field: FieldRef | null; total: number }[];
  byUrgency: Record<Urgency, number>;
  answered: { count: number; averageDays: number | null; medianDays: number | null; onTime: number };
  overdue: number;
}

export interface ProposalSettings {
  unitId: string;
  slaDays: number;
  reopenDays: number;
  inherited: boolean;
}

export interface ProposalInput {
  title: string;
  body?: string;
  fieldId?: string | null;
  urgency?: Urgency;
  targetUnitId: string;
}

export interface TransitionBody {
  action: ProposalAction;
  comment?: string;
  handlingUnitId?: string;
  handlerUserId?: string;
  dueOn?: string;
  answer?: string;
  reason?: string;
}

export interface MakeTaskBody {
  answer?: string;
  directiveId?: string;
  titleVi?: string;
  leadUnitId: string;
  dueOn?: string;
  cadence?: string;
}
