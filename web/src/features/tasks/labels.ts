import { useTranslation } from 'react-i18next';
import type { Cadence, ProgressStatus, Recurrence, ReportAction, ReportState } from './types';

// Literal keys (not built at run time) so the locale test can see every one is used.
export const STATUS_LABELS: Record<ProgressStatus, string> = {
  not_started: 'tasks.statuses.not_started',
  on_track: 'tasks.statuses.on_track',
  at_risk: 'tasks.statuses.at_risk',
  late: 'tasks.statuses.late',
  done: 'tasks.statuses.done',
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  monthly: 'tasks.cadences.monthly',
  quarterly: 'tasks.cadences.quarterly',
  half_yearly: 'tasks.cadences.half_yearly',
  yearly: 'tasks.cadences.yearly',
  once: 'tasks.cadences.once',
};

export const RECURRENCE_LABELS: Record<Recurrence, string> = {
  none: 'tasks.recurrences.none',
  monthly: 'tasks.recurrences.monthly',
  quarterly: 'tasks.recurrences.quarterly',
  half_yearly: 'tasks.recurrences.half_yearly',
  yearly: 'tasks.recurrences.yearly',
};

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  draft: 'tasks.reportStates.draft',
  submitted: 'tasks.reportStates.submitted',
  accepted: 'tasks.reportStates.accepted',
  returned: 'tasks.reportStates.returned',
};

export const REPORT_ACTION_LABELS: Record<ReportAction, string> = {
  submit: 'tasks.reportActions.submit',
  accept: 'tasks.reportActions.accept',
  return: 'tasks.reportActions.return',
  correct: 'tasks.reportActions.correct',
};

/** One colour per status everywhere (badges, bars, matrix cells, board columns). */
export const STATUS_COLORS: Record<ProgressStatus, string> = {
  not_started: 'gray',
  on_track: 'blue',
  at_risk: 'orange',
  late: 'red',
  done: 'green',
};

export const REPORT_STATE_COLORS: Record<ReportState, string> = {
  draft: 'gray',
  submitted: 'yellow',
  accepted: 'green',
  returned: 'orange',
};

export const statusColor = (s: string | null | undefined): string => STATUS_COLORS[s as ProgressStatus] ?? 'gray';

/** Translated labels; a value the UI does not know yet (a newer server) shows as itself. */
export function useTaskLabels() {
  const { t } = useTranslation();
  const of = (map: Record<string, string>) => (v: string | null | undefined) => {
    const key = map[String(v)];
    return key ? t(key) : String(v ?? '');
  };
  return {
    status: of(STATUS_LABELS),
    cadence: of(CADENCE_LABELS),
    recurrence: of(RECURRENCE_LABELS),
    reportState: of(REPORT_STATE_LABELS),
    reportAction: of(REPORT_ACTION_LABELS),
  };
}

export function useTaskOptions() {
  const { t } = useTranslation();
  const opts = (map: Record<string, string>) => Object.entries(map).map(([value, key]) => ({ value, label: t(key) }));
  return { statuses: opts(STATUS_LABELS), cadences: opts(CADENCE_LABELS), recurrences: opts(RECURRENCE_LABELS) };
}
