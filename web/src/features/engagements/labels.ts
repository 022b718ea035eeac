import { useTranslation } from 'react-i18next';
import type { EngagementAction, EngagementKind, EngagementLevel, EngagementState, ParticipantRole } from './types';

// Literal keys (not built at run time) so the locale test can see every one is used.
export const KIND_LABELS: Record<EngagementKind, string> = {
  incoming_delegation: 'engagements.kinds.incoming_delegation',
  outgoing_delegation: 'engagements.kinds.outgoing_delegation',
  meeting: 'engagements.kinds.meeting',
  exchange_programme: 'engagements.kinds.exchange_programme',
  conference: 'engagements.kinds.conference',
  seminar: 'engagements.kinds.seminar',
  forum: 'engagements.kinds.forum',
  training: 'engagements.kinds.training',
  cultural_event: 'engagements.kinds.cultural_event',
  aid_handover: 'engagements.kinds.aid_handover',
  online_meeting: 'engagements.kinds.online_meeting',
};

export const STATE_LABELS: Record<EngagementState, string> = {
  draft: 'engagements.states.draft',
  submitted: 'engagements.states.submitted',
  approved: 'engagements.states.approved',
  returned: 'engagements.states.returned',
  rejected: 'engagements.states.rejected',
  done: 'engagements.states.done',
  cancelled: 'engagements.states.cancelled',
};

export const LEVEL_LABELS: Record<EngagementLevel, string> = {
  state_leader: 'engagements.levels.state_leader',
  ministerial: 'engagements.levels.ministerial',
  central_agency: 'engagements.levels.central_agency',
  provincial: 'engagements.levels.provincial',
  district: 'engagements.levels.district',
  organisation: 'engagements.levels.organisation',
};

export const ROLE_LABELS: Record<ParticipantRole, string> = {
  head_of_delegation: 'engagements.roles.head_of_delegation',
  member: 'engagements.roles.member',
  speaker: 'engagements.roles.speaker',
  interpreter: 'engagements.roles.interpreter',
  organiser: 'engagements.roles.organiser',
  guest: 'engagements.roles.guest',
};

/** Workflow buttons. */
export const ACTION_LABELS: Record<EngagementAction, string> = {
  submit: 'engagements.actions.submit',
  approve: 'engagements.actions.approve',
  return: 'engagements.actions.return',
  reject: 'engagements.actions.reject',
  cancel: 'engagements.actions.cancel',
  complete: 'engagements.actions.complete',
  reopen: 'engagements.actions.reopen',
};

/** What each visibility means for an engagement (the labels are the partners' ones). */
export const VISIBILITY_HINTS: Record<string, string> = {
  shared: 'engagements.visibilityHints.shared',
  unit: 'engagements.visibilityHints.unit',
  confidential: 'engagements.visibilityHints.confidential',
};

export const STATE_COLORS: Record<EngagementState, string> = {
  draft: 'gray',
  submitted: 'yellow',
  approved: 'green',
  returned: 'orange',
  rejected: 'red',
  done: 'blue',
  cancelled: 'dark',
};

export const KIND_COLORS: Record<EngagementKind, string> = {
  incoming_delegation: 'indigo',
  outgoing_delegation: 'violet',
  meeting: 'blue',
  exchange_programme: 'cyan',
  conference: 'grape',
  seminar: 'pink',
  forum: 'red',
  training: 'teal',
  cultural_event: 'orange',
  aid_handover: 'lime',
  online_meeting: 'gray',
};

/** Translated labels; a value the UI does not know yet (a newer server) shows as itself. */
export function useEngagementLabels() {
  const { t } = useTranslation();
  const of = (map: Record<string, string>) => (v: string | null | undefined) => {
    const key = map[String(v)];
    return key ? t(key) : String(v ?? '');
  };
  return {
    kind: of(KIND_LABELS),
    state: of(STATE_LABELS),
    level: of(LEVEL_LABELS),
    role: of(ROLE_LABELS),
    action: of(ACTION_LABELS),
    visibilityHint: of(VISIBILITY_HINTS),
  };
}

/** Select options for the engagement enumerations. */
export function useEngagementOptions() {
  const { t } = useTranslation();
  const opts = (map: Record<string, string>) => Object.entries(map).map(([value, key]) => ({ value, label: t(key) }));
  return {
    kinds: opts(KIND_LABELS),
    states: opts(STATE_LABELS),
    levels: opts(LEVEL_LABELS),
    roles: opts(ROLE_LABELS),
  };
}
