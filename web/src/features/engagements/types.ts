// Engagement types as the API sends them (docs/API.md, "Engagements (issue 4)").

export const ENGAGEMENT_KINDS = [
  'incoming_delegation',
  'outgoing_delegation',
  'meeting',
  'exchange_programme',
  'conference',
  'seminar',
  'forum',
  'training',
  'cultural_event',
  'aid_handover',
  'online_meeting',
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const ENGAGEMENT_STATES = ['draft', 'submitted', 'approved', 'returned', 'rejected', 'done', 'cancelled'] as const;
export type EngagementState = (typeof ENGAGEMENT_STATES)[number];

export const ENGAGEMENT_LEVELS = ['state_leader', 'ministerial', 'central_agency', 'provincial', 'district', 'organisation'] as const;
export type EngagementLevel = (typeof ENGAGEMENT_LEVELS)[number];

export const PARTICIPANT_ROLES = ['head_of_delegation', 'member', 'speaker', 'interpreter', 'organiser', 'guest'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export type Visibility = 'shared' | 'unit' | 'confidential';

export interface EngagementItem {
  id: string;
  kind: EngagementKind;
  title: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  state: EngagementState;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  timeZone: string;
  countryCode: string | null;
  city: string;
  organiserUnitId: string;
  partnerIds: string[];
  ownerUnitId: string;
  visibility: Visibility;
  can: { update: boolean; delete: boolean };
}

export interface ApprovalItem extends EngagementItem {
  decisionDueAt: string | null;
  submittedAt: string | null;
  overdue: boolean;
}

export interface Clash {
  type: 'partner' | 'participant' | 'holiday';
  engagementId?: string;
  title?: string;
  unitName?: string;
  otherUnit: boolean;
  partnerId?: string;
  partnerName?: string;
  participantName?: string;
  countryCode?: string;
  holidayName?: string;
  date?: string;
  startsAt?: string;
  endsAt?: string;
  allDay?: boolean;
  timeZone?: string;
}

export interface FollowUp {
  id: string;
  engagementId: string;
  engagementTitle: string;
  text: string;
  ownerUserId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  done: boolean;
  doneAt: string | null;
  overdue: boolean;
  createdAt: string;
  can: { update: boolean; delete: boolean };
}

export interface AppNotification {
  id: string;
  kind: string;
  entity: string;
  entityId: string;
  data: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

// ---- the full engagement and what the form sends (docs/API.md, "Engagement") ----

export const ENGAGEMENT_ACTIONS = ['submit', 'approve', 'return', 'reject', 'cancel', 'complete', 'reopen'] as const;
export type EngagementAction = (typeof ENGAGEMENT_ACTIONS)[number];

export interface EngagementCan {
  update: boolean;
  delete: boolean;
  submit: boolean;
  approve: boolean;
  return: boolean;
  reject: boolean;
  cancel: boolean;
  complete: boolean;
  reopen: boolean;
  addFollowUp: boolean;
  attach: boolean;
}

export interface NamedRef {
  id: string;
  nameVi: string;
  nameEn: string;
  nameFr: string;
}

export interface EngagementParticipant {
  id: string;
  userId: string | null;
  contactId: string | null;
  partnerId: string | null;
  name: string;
  role: ParticipantRole;
}

export interface EngagementSession {
  id: string;
  startsAt: string;
  endsAt: string | null;
  title: string;
  speakers: string;
  room: string;
}

export interface EngagementDocument {
  id: string;
  title: string;
  signedOn: string | null;
  agreementId: string | null;
}

export interface Engagement {
  id: string;
  kind: EngagementKind;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  title: string;
  state: EngagementState;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  timeZone: string;
  countryCode: string | null;
  country: { code: string; nameVi: string; nameEn: string; nameFr: string } | null;
  city: string;
  venue: string;
  onlineUrl: string;
  organiserUnitId: string;
  organiserUnit: NamedRef | null;
  coUnitIds: string[];
  coUnits: NamedRef[];
  partnerIds: string[];
  partners: { id: string; displayName: string; countryCode: string | null }[];
  participants: EngagementParticipant[];
  sessions: EngagementSession[];
  level: EngagementLevel | null;
  fieldIds: string[];
  purpose: string;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  outcome: string;
  documents: EngagementDocument[];
  needsApproval: boolean;
  approverUnitId: string | null;
  decisionDueAt: string | null;
  submittedAt: string | null;
  ownerUnitId: string;
  visibility: Visibility;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  can: EngagementCan;
}

/** A participant as sent: a user, a partner's contact point, or a guest known by name. */
export interface ParticipantInput {
  userId?: string;
  contactId?: string;
  name?: string;
  role: ParticipantRole;
}

export interface SessionInput {
  startsAt: string;
  endsAt: string | null;
  title: string;
  speakers: string;
  room: string;
}

/** Body of create, PATCH (partial) and check-clashes. All-day: `startsAt`/`endsAt` are `YYYY-MM-DD` (inclusive). */
export interface EngagementInput {
  id?: string;
  kind?: EngagementKind;
  titleVi?: string;
  titleEn?: string;
  titleFr?: string;
  startsAt?: string;
  endsAt?: string;
  allDay?: boolean;
  timeZone?: string;
  countryCode?: string | null;
  city?: string;
  venue?: string;
  onlineUrl?: string;
  organiserUnitId?: string;
  coUnitIds?: string[];
  partnerIds?: string[];
  participants?: ParticipantInput[];
  sessions?: SessionInput[];
  level?: EngagementLevel | null;
  fieldIds?: string[];
  purpose?: string;
  budgetAmount?: string | null;
  budgetCurrency?: string | null;
  ownerUnitId?: string;
  visibility?: Visibility;
  /** PATCH only: the outcome, corrected after the event. */
  outcome?: string;
}

/** Answer of create, PATCH and transitions. */
export interface EngagementSaved {
  engagement: Engagement;
  clashes: Clash[];
}

export interface HistoryEntry {
  id: string | number;
  fromState: EngagementState;
  toState: EngagementState;
  actorId: string | null;
  actorName: string | null;
  comment: string;
  at: string;
}

/** Query of `GET /engagements` (every filter optional). */
export interface EngagementListParams {
  page: number;
  limit: number;
  q?: string;
  from?: string;
  to?: string;
  unitId?: string;
  kind?: string;
  state?: string;
  partnerId?: string;
  countryCode?: string;
  sort?: string;
}
