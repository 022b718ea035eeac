// The directive form's values, client rules (lengths and formats from the server's request schema) and what is sent.
import type { Rules } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { dayRule, oneTitle, textRule } from '../tasks/formModel';
import type { Visibility } from '../tasks/types';
import type { Directive, DirectiveInput, DirectiveKind, DirectiveStatus } from './types';

export interface DirectiveFormValues extends Record<string, unknown> {
  code: string;
  kind: DirectiveKind | '';
  issuingBody: string;
  issuedOn: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  summaryVi: string;
  summaryEn: string;
  summaryFr: string;
  fullText: string;
  status: DirectiveStatus;
  supersededById: string;
  /** Shown beside the picker: the chosen directive's code and title. */
  supersededByLabel: string;
  ownerUnitId: string;
  visibility: Visibility;
}

export function emptyDirectiveValues(ownerUnitId: string, today: string): DirectiveFormValues {
  return {
    code: '',
    kind: '',
    issuingBody: '',
    issuedOn: today,
    titleVi: '',
    titleEn: '',
    titleFr: '',
    summaryVi: '',
    summaryEn: '',
    summaryFr: '',
    fullText: '',
    status: 'in_force',
    supersededById: '',
    supersededByLabel: '',
    ownerUnitId,
    visibility: 'unit',
  };
}

export function valuesFromDirective(d: Directive): DirectiveFormValues {
  return {
    code: d.code,
    kind: d.kind,
    issuingBody: d.issuingBody,
    issuedOn: d.issuedOn,
    titleVi: d.titleVi,
    titleEn: d.titleEn,
    titleFr: d.titleFr,
    summaryVi: d.summaryVi,
    summaryEn: d.summaryEn,
    summaryFr: d.summaryFr,
    fullText: d.fullText,
    status: d.status,
    supersededById: d.supersededById ?? '',
    supersededByLabel: d.supersededBy ? `${d.supersededBy.code} — ${d.supersededBy.title}` : '',
    ownerUnitId: d.ownerUnitId,
    visibility: d.visibility,
  };
}

export function toDirectiveInput(v: DirectiveFormValues): DirectiveInput {
  return {
    code: v.code.trim(),
    kind: v.kind as DirectiveKind,
    issuingBody: v.issuingBody.trim(),
    issuedOn: v.issuedOn,
    titleVi: v.titleVi.trim(),
    titleEn: v.titleEn.trim(),
    titleFr: v.titleFr.trim(),
    summaryVi: v.summaryVi.trim(),
    summaryEn: v.summaryEn.trim(),
    summaryFr: v.summaryFr.trim(),
    fullText: v.fullText,
    status: v.status,
    // "Superseded by" only means something for a superseded directive.
    supersededById: v.status === 'superseded' ? v.supersededById || null : null,
    ownerUnitId: v.ownerUnitId,
    visibility: v.visibility,
  };
}

/** `superseded` needs the directive that replaces it, and not itself. */
export const supersededRule =
  (selfId?: string) =>
  (value: unknown, v: DirectiveFormValues): string | null => {
    if (v.status !== 'superseded') return null;
    if (!value) return 'directives.validation.supersededBy';
    return value === selfId ? 'directives.validation.supersededBySelf' : null;
  };

const text = (field: string) => textRule(field, 'POST /directives');

export function directiveRules(selfId?: string): Rules<DirectiveFormValues> {
  return {
    code: text('code'),
    kind: required,
    issuingBody: text('issuingBody'),
    issuedOn: dayRule('issuedOn', 'POST /directives'),
    titleVi: [oneTitle, text('titleVi')],
    titleEn: [oneTitle, text('titleEn')],
    titleFr: [oneTitle, text('titleFr')],
    summaryVi: text('summaryVi'),
    summaryEn: text('summaryEn'),
    summaryFr: text('summaryFr'),
    fullText: text('fullText'),
    status: required,
    supersededById: supersededRule(selfId),
    ownerUnitId: required,
    visibility: required,
  };
}
