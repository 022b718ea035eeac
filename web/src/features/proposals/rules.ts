// Client rules of the proposal forms; they answer i18n keys. Lengths, formats and ranges come from
// the server's request schemas (api/rules.ts); what the server checks in its service (the target is
// not the own unit, a due date not past, which text a step needs) is written here.
import { fieldRule, maxLengthOf } from '../../api/rules';
import type { MakeTaskBody, ProposalAction } from './types';

export const TITLE_MAX = maxLengthOf('POST /proposals', 'title');
export const BODY_MAX = maxLengthOf('POST /proposals', 'body');
export const TEXT_MAX = maxLengthOf('POST /proposals/{id}/transitions', 'comment');
/** The similar-proposal search waits for this many characters of title. */
export const SIMILAR_MIN_CHARS = 4;

export type ProposalFormValues = {
  title: string;
  body: string;
  fieldId: string;
  urgency: string;
  targetUnitId: string;
};

export const emptyProposal = (): ProposalFormValues => ({ title: '', body: '', fieldId: '', urgency: 'normal', targetUnitId: '' });

const tooLong = { title: 'proposals.rules.titleTooLong', body: 'proposals.rules.bodyTooLong', text: 'proposals.rules.textTooLong' };
const badDate = 'proposals.rules.badDate';

export const titleRule = fieldRule('POST /proposals', 'title', { tooLong: tooLong.title }, { trim: true });
const proposalText = fieldRule('POST /proposals', 'body', { tooLong: tooLong.body }, { trim: true });
export const bodyRule = (v: string) => proposalText(v.trim() || undefined);

const target = fieldRule('POST /proposals', 'targetUnitId');
/** The target is required and is not the user's own unit (the server answers 422 `fields.targetUnitId`). */
export const targetRule = (ownUnitId: string | null | undefined) => (v: string) =>
  target(v || undefined) ?? (ownUnitId && v === ownUnitId ? 'proposals.rules.targetIsOwn' : null);

/** The body sent to `POST /proposals`: trimmed, empty optional fields left out. */
export function proposalBody(v: ProposalFormValues) {
  return {
    title: v.title.trim(),
    ...(v.body.trim() ? { body: v.body.trim() } : {}),
    ...(v.fieldId ? { fieldId: v.fieldId } : {}),
    urgency: (v.urgency || 'normal') as 'normal' | 'urgent' | 'very_urgent',
    targetUnitId: v.targetUnitId,
  };
}

/** The body of `PATCH /proposals/:id`: what the submitter may still change (the text may be emptied). */
export function proposalPatch(v: ProposalFormValues) {
  const { targetUnitId: _target, ...rest } = proposalBody(v);
  return { ...rest, body: v.body.trim(), fieldId: v.fieldId || null };
}

/** Which text a workflow step asks for, and whether it must be given. */
export function textNeed(action: ProposalAction): { field: 'answer' | 'reason' | 'comment'; required: boolean } | null {
  switch (action) {
    case 'answer':
      return { field: 'answer', required: true };
    case 'reject':
      return { field: 'reason', required: true };
    case 'reopen':
    case 'comment':
      return { field: 'comment', required: true };
    case 'close':
      return { field: 'comment', required: false };
    case 'accept':
      return { field: 'comment', required: false };
  }
}

export interface TransitionValues {
  text: string;
  handlingUnitId?: string;
  handlerUserId?: string;
  dueOn?: string;
}

const STEP = 'POST /proposals/{id}/transitions';
// An answer may be as long as a proposal's text; comments and reasons are shorter (server limits).
const stepText = {
  answer: fieldRule(STEP, 'answer', { tooLong: tooLong.body }, { trim: true }),
  reason: fieldRule(STEP, 'reason', { tooLong: tooLong.text }, { trim: true }),
  comment: fieldRule(STEP, 'comment', { tooLong: tooLong.text }, { trim: true }),
};
const stepDue = fieldRule(STEP, 'dueOn', { format: badDate });
const notPast = (day: string, today: string | undefined) => (today && day < today ? 'proposals.rules.dueInPast' : null);

/** Client errors of one step, by field (i18n keys); empty when it may be sent. */
export function transitionErrors(action: ProposalAction, v: TransitionValues, today?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const need = textNeed(action);
  const text = need && (need.required && !v.text.trim() ? 'validation.required' : stepText[need.field](v.text.trim() || undefined));
  if (text) out.text = text;
  if (action === 'accept') {
    if (!v.handlingUnitId) out.handlingUnitId = 'validation.required';
    const due = v.dueOn ? (stepDue(v.dueOn) ?? notPast(v.dueOn, today)) : 'validation.required';
    if (due) out.dueOn = due;
  }
  return out;
}

/** The transition body: the text under the field the server reads, empty extras left out. */
export function transitionBody(action: ProposalAction, v: TransitionValues) {
  const need = textNeed(action);
  const text = v.text.trim();
  return {
    action,
    ...(need && text ? { [need.field]: text } : {}),
    ...(action === 'accept'
      ? {
          ...(v.handlingUnitId ? { handlingUnitId: v.handlingUnitId } : {}),
          ...(v.handlerUserId ? { handlerUserId: v.handlerUserId } : {}),
          ...(v.dueOn ? { dueOn: v.dueOn } : {}),
        }
      : {}),
  };
}

/** Server field → the modal's input: the text box carries `answer`, `reason` or `comment`. */
export const serverFieldOf = (path: string): string => (path === 'answer' || path === 'reason' || path === 'comment' ? 'text' : path);

type Cadence = NonNullable<MakeTaskBody['cadence']>;

export interface TaskValues {
  answer: string;
  titleVi: string;
  leadUnitId: string;
  dueOn: string;
  cadence: string;
  directiveId: string;
}

const TASK = 'POST /proposals/{id}/task';
const taskRules = {
  answer: fieldRule(TASK, 'answer', { tooLong: tooLong.body }, { trim: true }),
  leadUnitId: fieldRule(TASK, 'leadUnitId'),
  titleVi: fieldRule(TASK, 'titleVi', { tooLong: tooLong.title }, { trim: true }),
  dueOn: fieldRule(TASK, 'dueOn', { format: badDate }),
  cadence: fieldRule(TASK, 'cadence', { invalid: 'proposals.rules.badCadence' }),
};

/** Making a task from an accepted proposal answers it: the answer is then required. */
export function taskErrors(v: TaskValues, state: string, today: string): Record<string, string> {
  const errors = {
    answer: state === 'accepted' && !v.answer.trim() ? 'validation.required' : taskRules.answer(v.answer.trim() || undefined),
    leadUnitId: taskRules.leadUnitId(v.leadUnitId || undefined),
    titleVi: taskRules.titleVi(v.titleVi.trim() || undefined),
    dueOn: v.dueOn ? (taskRules.dueOn(v.dueOn) ?? notPast(v.dueOn, today)) : null,
    cadence: taskRules.cadence(v.cadence || undefined),
  };
  return Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => e[1] !== null));
}

export function taskBody(v: TaskValues): MakeTaskBody {
  return {
    leadUnitId: v.leadUnitId,
    ...(v.answer.trim() ? { answer: v.answer.trim() } : {}),
    ...(v.titleVi.trim() ? { titleVi: v.titleVi.trim() } : {}),
    ...(v.dueOn ? { dueOn: v.dueOn } : {}),
    ...(v.cadence ? { cadence: v.cadence as Cadence } : {}), // checked by taskErrors
    ...(v.directiveId ? { directiveId: v.directiveId } : {}),
  };
}

const SETTINGS = 'PUT /units/{id}/proposal-settings';
const inRange = (field: 'slaDays' | 'reopenDays', key: string) => fieldRule(SETTINGS, field, { required: key, range: key, invalid: key });
const settingsRules = { slaDays: inRange('slaDays', 'proposals.rules.slaRange'), reopenDays: inRange('reopenDays', 'proposals.rules.reopenRange') };

/** Whole days in the server's ranges (SLA 1..365, reopen window 0..90). */
export function settingsErrors(v: { slaDays: number | string; reopenDays: number | string }): Record<string, string> {
  const out: Record<string, string> = {};
  const whole = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? NaN : Number(x));
  for (const field of ['slaDays', 'reopenDays'] as const) {
    const e = settingsRules[field](whole(v[field]));
    if (e) out[field] = e;
  }
  return out;
}
