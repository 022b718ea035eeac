// The workflow buttons of an engagement: which the server allows (`can`), in which order, what each asks for.
import { fieldRule } from '../../api/rules';
import { ENGAGEMENT_ACTIONS, type EngagementAction, type EngagementCan, type EngagementState, type HistoryEntry } from './types';

export interface ActionSpec {
  action: EngagementAction;
  /** return and reject need a comment; complete needs the outcome. */
  needs: 'comment' | 'outcome' | null;
  /** A comment may still be given (approve, submit…). */
  optionalComment: boolean;
  /** The button's look. */
  color: string;
  variant: 'filled' | 'light' | 'default';
  /** Irreversible or negative: asked to confirm. */
  danger: boolean;
}

const SPECS: Record<EngagementAction, Omit<ActionSpec, 'action'>> = {
  submit: { needs: null, optionalComment: true, color: 'blue', variant: 'filled', danger: false },
  approve: { needs: null, optionalComment: true, color: 'green', variant: 'filled', danger: false },
  return: { needs: 'comment', optionalComment: false, color: 'orange', variant: 'light', danger: false },
  reject: { needs: 'comment', optionalComment: false, color: 'red', variant: 'light', danger: true },
  complete: { needs: 'outcome', optionalComment: false, color: 'blue', variant: 'filled', danger: false },
  reopen: { needs: null, optionalComment: true, color: 'gray', variant: 'default', danger: false },
  cancel: { needs: null, optionalComment: true, color: 'red', variant: 'default', danger: true },
};

export const actionSpec = (action: EngagementAction): ActionSpec => ({ action, ...SPECS[action] });

/** The transitions the user may make now, main action first, cancel last. */
export function allowedActions(can: Partial<EngagementCan> | null | undefined): ActionSpec[] {
  if (!can) return [];
  const order: EngagementAction[] = ['submit', 'approve', 'return', 'reject', 'complete', 'reopen', 'cancel'];
  return order.filter((a) => ENGAGEMENT_ACTIONS.includes(a) && can[a] === true).map(actionSpec);
}

const stepRule = (field: 'comment' | 'outcome') =>
  fieldRule('POST /engagements/{id}/transitions', field, { tooLong: 'engagements.validation.tooLong' }, { trim: true });
const stepText = { comment: stepRule('comment'), outcome: stepRule('outcome') };

/** Client rule of the transition dialog (i18n key or null): which text a step needs; its length is the server's. */
export function transitionError(action: EngagementAction, text: string): string | null {
  const spec = SPECS[action];
  if (spec.needs && !text.trim()) return spec.needs === 'comment' ? 'engagements.validation.commentRequired' : 'engagements.validation.outcomeRequired';
  return stepText[spec.needs === 'outcome' ? 'outcome' : 'comment'](text);
}

/** The request body of a transition: the text goes to `comment`, or to `outcome` for complete. */
export function transitionBody(action: EngagementAction, text: string): { action: EngagementAction; comment?: string; outcome?: string } {
  const t = text.trim();
  if (SPECS[action].needs === 'outcome') return { action, outcome: t };
  return t ? { action, comment: t } : { action };
}

/**
 * The comment that explains the current state, when it needs explaining: why it was returned,
 * rejected or cancelled (the latest move into that state, if it carried a comment).
 */
export function lastDecision(state: EngagementState, history: HistoryEntry[] | undefined): HistoryEntry | null {
  if (!history || !['returned', 'rejected', 'cancelled'].includes(state)) return null;
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.toState === state) return h.comment.trim() ? h : null;
  }
  return null;
}
