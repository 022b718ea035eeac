import { useTranslation } from 'react-i18next';
import type { ProposalAction, ProposalState, Urgency } from './types';

// Literal keys (not built at run time) so the locale test can see every one is used.
export const STATE_LABELS: Record<ProposalState, string> = {
  submitted: 'proposals.states.submitted',
  accepted: 'proposals.states.accepted',
  answered: 'proposals.states.answered',
  closed: 'proposals.states.closed',
  rejected: 'proposals.states.rejected',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  normal: 'proposals.urgencies.normal',
  urgent: 'proposals.urgencies.urgent',
  very_urgent: 'proposals.urgencies.very_urgent',
};

export const ACTION_LABELS: Record<ProposalAction, string> = {
  accept: 'proposals.actions.accept',
  answer: 'proposals.actions.answer',
  reject: 'proposals.actions.reject',
  close: 'proposals.actions.close',
  reopen: 'proposals.actions.reopen',
  comment: 'proposals.actions.comment',
};

/** History events that are not a state change. */
export const EVENT_LABELS: Record<string, string> = {
  submit: 'proposals.events.submit',
  create: 'proposals.events.submit',
  update: 'proposals.events.update',
  comment: 'proposals.events.comment',
  group: 'proposals.events.group',
  ungroup: 'proposals.events.ungroup',
  task: 'proposals.events.task',
  make_task: 'proposals.events.task',
};

export const CADENCE_LABELS: Record<string, string> = {
  once: 'proposals.cadences.once',
  monthly: 'proposals.cadences.monthly',
  quarterly: 'proposals.cadences.quarterly',
  half_yearly: 'proposals.cadences.half_yearly',
  yearly: 'proposals.cadences.yearly',
};

export const STATE_COLORS: Record<ProposalState, string> = {
  submitted: 'yellow',
  accepted: 'blue',
  answered: 'teal',
  closed: 'gray',
  rejected: 'red',
};

export const URGENCY_COLORS: Record<Urgency, string> = { normal: 'gray', urgent: 'orange', very_urgent: 'red' };

/** Translated labels; a value the UI does not know yet (a newer server) shows as itself. */
export function useProposalLabels() {
  const { t } = useTranslation();
  const of = (map: Record<string, string>) => (v: string | null | undefined) => {
    const key = map[String(v)];
    return key ? t(key) : String(v ?? '');
  };
  return { state: of(STATE_LABELS), urgency: of(URGENCY_LABELS), action: of(ACTION_LABELS), event: of(EVENT_LABELS), cadence: of(CADENCE_LABELS) };
}

export function useProposalOptions() {
  const { t } = useTranslation();
  const opts = (map: Record<string, string>) => Object.entries(map).map(([value, key]) => ({ value, label: t(key) }));
  return { states: opts(STATE_LABELS), urgencies: opts(URGENCY_LABELS), cadences: opts(CADENCE_LABELS) };
}
