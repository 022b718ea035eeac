// Client rules of the proposal forms, mirroring the server's (docs/API.md); they answer i18n keys.
import { isDay } from './due';
import { enumList } from '../../api/contract';
import type { MakeTaskBody, ProposalAction } from './types';

export const TITLE_MAX = 1000;
export const BODY_MAX = 50_000;
export const TEXT_MAX = 20_000;
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

export const titleRule = (v: string) => (!v.trim() ? 'validation.required' : v.trim().length > TITLE_MAX ? 'proposals.rules.titleTooLong' : null);
export const bodyRule = (v: string) => (v.length > BODY_MAX ? 'proposals.rules.bodyTooLong' : null);

/** The target is required and is not the user's own unit (the server answers 422 `fields.targetUnitId`). */
export const targetRule = (ownUnitId: string | null | undefined) => (v: string) =>
  !v ? 'validation.required' : ownUnitId && v === ownUnitId ? 'proposals.rules.targetIsOwn' : null;

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

/** Client errors of one step, by field (i18n keys); empty when it may be sent. */
export function transitionErrors(action: ProposalAction, v: TransitionValues, today?: string): Record<string, string> {
  const out: Record<string, string> = {};
  const need = textNeed(action);
  if (need?.required && !v.text.trim()) out.text = 'validation.required';
  // An answer may be as long as a proposal's text; comments and reasons are shorter (server limits).
  else if (v.text.length > (need?.field === 'answer' ? BODY_MAX : TEXT_MAX)) out.text = need?.field === 'answer' ? 'proposals.rules.bodyTooLong' : 'proposals.rules.textTooLong';
  if (action === 'accept') {
    if (!v.handlingUnitId) out.handlingUnitId = 'validation.required';
    if (!v.dueOn) out.dueOn = 'validation.required';
    else if (!isDay(v.dueOn)) out.dueOn = 'proposals.rules.badDate';
    else if (today && v.dueOn < today) out.dueOn = 'proposals.rules.dueInPast';
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
export const CADENCES = enumList<Cadence>()(['once', 'monthly', 'quarterly', 'half_yearly', 'yearly']);

export interface TaskValues {
  answer: string;
  titleVi: string;
  leadUnitId: string;
  dueOn: string;
  cadence: string;
  directiveId: string;
}

/** Making a task from an accepted proposal answers it: the answer is then required. */
export function taskErrors(v: TaskValues, state: string, today: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (state === 'accepted' && !v.answer.trim()) out.answer = 'validation.required';
  else if (v.answer.length > BODY_MAX) out.answer = 'proposals.rules.bodyTooLong';
  if (!v.leadUnitId) out.leadUnitId = 'validation.required';
  if (v.titleVi.length > TITLE_MAX) out.titleVi = 'proposals.rules.titleTooLong';
  if (v.dueOn && !isDay(v.dueOn)) out.dueOn = 'proposals.rules.badDate';
  else if (v.dueOn && v.dueOn < today) out.dueOn = 'proposals.rules.dueInPast';
  if (v.cadence && !(CADENCES as readonly string[]).includes(v.cadence)) out.cadence = 'proposals.rules.badCadence';
  return out;
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

/** SLA 1..365 days, reopen window 0..90 days, whole numbers (server: `PUT /units/:id/proposal-settings`). */
export function settingsErrors(v: { slaDays: number | string; reopenDays: number | string }): Record<string, string> {
  const out: Record<string, string> = {};
  const whole = (x: number | string) => (typeof x === 'number' ? x : x.trim() === '' ? NaN : Number(x));
  const sla = whole(v.slaDays);
  const reopen = whole(v.reopenDays);
  if (!Number.isInteger(sla) || sla < 1 || sla > 365) out.slaDays = 'proposals.rules.slaRange';
  if (!Number.isInteger(reopen) || reopen < 0 || reopen > 90) out.reopenDays = 'proposals.rules.reopenRange';
  return out;
}
