// The progress report form: values, client rules (the server's request schema, api/rules.ts, and
// "done means 100%"), and what is sent.
import { fieldRule } from '../../api/rules';
import type { Rules } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { textRule, wholeNumber } from './formModel';
import type { Indicator, ProgressStatus, Report, ReportInput } from './types';

export interface ReportFormValues extends Record<string, unknown> {
  period: string;
  status: ProgressStatus | '';
  percent: string;
  narrative: string;
  /** By indicator id. */
  values: Record<string, string>;
}

export function emptyReportValues(period: string): ReportFormValues {
  return { period, status: '', percent: '0', narrative: '', values: {} };
}

export function valuesFromReport(r: Report): ReportFormValues {
  return {
    period: r.period,
    status: r.status,
    percent: String(r.percent),
    narrative: r.narrative,
    values: Object.fromEntries(r.values.map((x) => [x.indicatorId, x.value])),
  };
}

const REPORT = 'POST /tasks/{id}/reports';
const PERCENT = 'tasks.validation.percent';
const percent = fieldRule(REPORT, 'percent', { required: PERCENT, range: PERCENT, invalid: PERCENT });
export const percentRule = (value: unknown, v: ReportFormValues): string | null => {
  const n = wholeNumber(value);
  return percent(n) ?? (v.status === 'done' && n !== 100 ? 'tasks.validation.doneNeeds100' : null);
};

/** One indicator value as the server reads it (a number, 4 decimals at most). */
export const valueRule = fieldRule(REPORT, 'values.value', { format: 'tasks.validation.number' }, { trim: true });
/** Indicator values: empty ones are not sent. */
export const valuesRule = (value: unknown): string | null =>
  Object.values((value ?? {}) as Record<string, string>).some((x) => x.trim() !== '' && valueRule(x)) ? 'tasks.validation.number' : null;

export const reportRules: Rules<ReportFormValues> = {
  period: required,
  status: required,
  percent: percentRule,
  narrative: textRule('narrative', REPORT),
  values: valuesRule,
};

export function toReportInput(v: ReportFormValues, indicators: Indicator[], submit: boolean): ReportInput {
  return {
    period: v.period,
    status: v.status as ProgressStatus,
    percent: Number(v.percent),
    narrative: v.narrative.trim(),
    values: indicators.filter((i) => (v.values[i.id] ?? '').trim() !== '').map((i) => ({ indicatorId: i.id, value: v.values[i.id]!.trim() })),
    submit,
  };
}

/** Which indicator a server error `values.N.value` is about: the N-th value sent. */
export function valueErrorIndicator(path: string, sent: ReportInput): string | null {
  const m = path.match(/^values\.(\d+)\./);
  return m ? (sent.values?.[Number(m[1])]?.indicatorId ?? null) : null;
}
