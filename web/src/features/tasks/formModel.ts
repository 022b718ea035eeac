// The task form's values, client rules and what is sent. Lengths, formats and ranges come from the
// server's request schemas (api/rules.ts); a title in one language and the due date after the start are the form's.
import { fieldRule, type BodyOp } from '../../api/rules';
import type { Rules } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import type { Cadence, Recurrence, Task, TaskInput } from './types';

export interface IndicatorRow {
  key: string;
  id?: string;
  name: string;
  unitOfMeasure: string;
  baseline: string;
  target: string;
}

export interface LinkRow {
  entity: 'partner' | 'engagement';
  recordId: string;
  label: string;
}

export interface TaskFormValues extends Record<string, unknown> {
  groupId: string;
  number: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  description: string;
  leadUnitId: string;
  supportingUnitIds: string[];
  startOn: string;
  dueOn: string;
  recurrence: Recurrence;
  cadence: Cadence;
  weight: string;
  fieldIds: string[];
  indicators: IndicatorRow[];
  links: LinkRow[];
}

export const TITLE_FIELDS = ['titleVi', 'titleEn', 'titleFr'] as const;

let rowSeq = 0;
export const newRowKey = () => `row-${++rowSeq}`;

export function emptyTaskValues(leadUnitId = '', groupId = ''): TaskFormValues {
  return {
    groupId,
    number: '',
    titleVi: '',
    titleEn: '',
    titleFr: '',
    description: '',
    leadUnitId,
    supportingUnitIds: [],
    startOn: '',
    dueOn: '',
    recurrence: 'none',
    cadence: 'quarterly',
    weight: '1',
    fieldIds: [],
    indicators: [],
    links: [],
  };
}

export function valuesFromTask(t: Task): TaskFormValues {
  return {
    groupId: t.groupId ?? '',
    number: t.number,
    titleVi: t.titleVi,
    titleEn: t.titleEn,
    titleFr: t.titleFr,
    description: t.description,
    leadUnitId: t.leadUnitId,
    supportingUnitIds: t.supportingUnitIds,
    startOn: t.startOn ?? '',
    dueOn: t.dueOn ?? '',
    recurrence: t.recurrence,
    cadence: t.cadence,
    weight: String(t.weight),
    fieldIds: t.fieldIds,
    indicators: t.indicators.map((i) => ({ key: newRowKey(), id: i.id, name: i.name, unitOfMeasure: i.unitOfMeasure, baseline: i.baseline ?? '', target: i.target ?? '' })),
    links: t.links.map((l) => ({ ...l })),
  };
}

const trimOrNull = (s: string) => (s.trim() ? s.trim() : null);

/** The body of POST/PATCH /tasks (a PATCH gets every field: the form shows them all). */
export function toTaskInput(v: TaskFormValues): TaskInput {
  return {
    groupId: v.groupId || null,
    number: v.number.trim(),
    titleVi: v.titleVi.trim(),
    titleEn: v.titleEn.trim(),
    titleFr: v.titleFr.trim(),
    description: v.description.trim(),
    leadUnitId: v.leadUnitId,
    supportingUnitIds: v.supportingUnitIds.filter((id) => id !== v.leadUnitId),
    startOn: v.startOn || null,
    dueOn: v.dueOn || null,
    recurrence: v.recurrence,
    cadence: v.cadence,
    weight: Number(v.weight),
    fieldIds: v.fieldIds,
    indicators: v.indicators.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      name: i.name.trim(),
      unitOfMeasure: i.unitOfMeasure.trim(),
      baseline: trimOrNull(i.baseline),
      target: trimOrNull(i.target),
    })),
    links: v.links.map((l) => ({ entity: l.entity, recordId: l.recordId })),
  };
}

export const oneTitle = (_: unknown, v: { titleVi: string; titleEn: string; titleFr: string }): string | null =>
  TITLE_FIELDS.some((k) => v[k].trim() !== '') ? null : 'tasks.validation.oneTitle';

const tooLong = 'tasks.validation.tooLong';
/** A text field of a tasks or directives request, checked trimmed (as sent) against the server's schema. */
export const textRule = (field: string, op: BodyOp = 'POST /tasks') => fieldRule(op, field, { tooLong }, { trim: true });

/** A day field (empty: not sent). */
export const dayRule = (field: string, op: BodyOp = 'POST /tasks') => {
  const rule = fieldRule(op, field, { format: 'tasks.validation.date' });
  return (value: unknown) => rule(value === '' ? undefined : value);
};

/** A whole number as typed ("2.5" and "" are not), for the server's integer fields. */
export const wholeNumber = (value: unknown) => {
  const s = String(value ?? '').trim();
  return /^\d+$/.test(s) ? Number(s) : NaN;
};

export const dueAfterStart = (_: unknown, v: { startOn: string; dueOn: string }): string | null =>
  v.startOn && v.dueOn && v.dueOn < v.startOn ? 'tasks.validation.dueBeforeStart' : null;

const WEIGHT = 'tasks.validation.weight';
const weight = fieldRule('POST /tasks', 'weight', { required: WEIGHT, range: WEIGHT, invalid: WEIGHT });
export const weightRule = (value: unknown): string | null => weight(wholeNumber(value));

/** Numbers of indicators and report values: the server's pattern (14 digits before the point, 4 after). */
const indicatorNumber = fieldRule('POST /tasks', 'indicators.baseline', { format: 'tasks.validation.number' }, { trim: true });
export const numberRule = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? indicatorNumber(value) : null);

export const taskRules: Rules<TaskFormValues> = {
  titleVi: [oneTitle, textRule('titleVi')],
  titleEn: [oneTitle, textRule('titleEn')],
  titleFr: [oneTitle, textRule('titleFr')],
  number: textRule('number'),
  description: textRule('description'),
  leadUnitId: required,
  startOn: dayRule('startOn'),
  dueOn: [dayRule('dueOn'), dueAfterStart],
  weight: weightRule,
};

export type IndicatorField = 'name' | 'unitOfMeasure' | 'baseline' | 'target';
export type RowErrors<F extends string> = Record<string, Partial<Record<F, string>>>;

const indicator = { name: textRule('indicators.name'), unitOfMeasure: textRule('indicators.unitOfMeasure') };

/** Each indicator needs a name; baseline and target are numbers (4 decimals at most). */
export function validateIndicators(rows: IndicatorRow[]): RowErrors<IndicatorField> {
  const out: RowErrors<IndicatorField> = {};
  for (const r of rows) {
    const e: Partial<Record<IndicatorField, string>> = {};
    const name = indicator.name(r.name);
    if (name) e.name = name;
    const unit = indicator.unitOfMeasure(r.unitOfMeasure);
    if (unit) e.unitOfMeasure = unit;
    const b = numberRule(r.baseline);
    if (b) e.baseline = b;
    const t = numberRule(r.target);
    if (t) e.target = t;
    if (Object.keys(e).length) out[r.key] = e;
  }
  return out;
}

/**
 * The server's `fields` split between indicator rows (`indicators.N.name`), link rows (`links.N.recordId`)
 * and the rest (form fields).
 */
export function splitTaskFields(fields: Record<string, string>, indicators: IndicatorRow[], links: LinkRow[]) {
  const rows: RowErrors<IndicatorField> = {};
  const linkErrors: Record<string, string> = {};
  const rest: Record<string, string> = {};
  for (const [path, text] of Object.entries(fields)) {
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^indicators\.(\d+)\.(name|unitOfMeasure|baseline|target)$/)) && indicators[Number(m[1])]) {
      const key = indicators[Number(m[1])]!.key;
      rows[key] = { ...rows[key], [m[2] as IndicatorField]: text };
    } else if ((m = path.match(/^links\.(\d+)(\.\w+)?$/)) && links[Number(m[1])]) {
      linkErrors[links[Number(m[1])]!.recordId] = text;
    } else rest[path] = text;
  }
  return { indicators: rows, links: linkErrors, rest };
}
