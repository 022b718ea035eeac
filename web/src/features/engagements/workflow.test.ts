import { describe, expect, it } from 'vitest';
import type { EngagementCan } from './types';
import { allowedActions, lastDecision, transitionBody, transitionError } from './workflow';

const none: EngagementCan = {
  update: false,
  delete: false,
  submit: false,
  approve: false,
  return: false,
  reject: false,
  cancel: false,
  complete: false,
  reopen: false,
  addFollowUp: false,
  attach: false,
};

describe('workflow actions', () => {
  it('shows only what the server allows, main action first and cancel last', () => {
    expect(allowedActions({ ...none, cancel: true, submit: true }).map((a) => a.action)).toEqual(['submit', 'cancel']);
    expect(allowedActions({ ...none, approve: true, return: true, reject: true, cancel: true }).map((a) => a.action)).toEqual([
      'approve',
      'return',
      'reject',
      'cancel',
    ]);
    expect(allowedActions({ ...none, update: true, delete: true })).toEqual([]);
    expect(allowedActions(undefined)).toEqual([]);
  });

  it('asks a comment to return or reject and the outcome to complete', () => {
    const specs = Object.fromEntries(allowedActions({ ...none, submit: true, return: true, reject: true, complete: true }).map((a) => [a.action, a.needs]));
    expect(specs).toEqual({ submit: null, return: 'comment', reject: 'comment', complete: 'outcome' });
    expect(transitionError('return', '  ')).toBe('engagements.validation.commentRequired');
    expect(transitionError('reject', '')).toBe('engagements.validation.commentRequired');
    expect(transitionError('complete', '')).toBe('engagements.validation.outcomeRequired');
    expect(transitionError('approve', '')).toBeNull();
    expect(transitionError('return', 'Please add the budget')).toBeNull();
    expect(transitionError('return', 'x'.repeat(5001))).toBe('engagements.validation.tooLong');
  });

  it('sends the text as comment, or as outcome when completing', () => {
    expect(transitionBody('approve', '')).toEqual({ action: 'approve' });
    expect(transitionBody('return', ' Fix the dates ')).toEqual({ action: 'return', comment: 'Fix the dates' });
    expect(transitionBody('complete', 'MoU signed')).toEqual({ action: 'complete', outcome: 'MoU signed' });
  });
});

describe('last decision', () => {
  const h = (id: number, fromState: string, toState: string, comment = '') =>
    ({ id, fromState, toState, comment, actorId: null, actorName: 'Hằng', at: `2026-11-2${id}T00:00:00Z` }) as never;
  it('explains a returned, rejected or cancelled engagement with its latest comment', () => {
    const history = [h(1, 'draft', 'submitted'), h(2, 'submitted', 'returned', 'Old remark'), h(3, 'returned', 'submitted'), h(4, 'submitted', 'returned', 'Add the agenda')];
    expect(lastDecision('returned', history)?.comment).toBe('Add the agenda');
    expect(lastDecision('submitted', history)).toBeNull();
    expect(lastDecision('rejected', [h(1, 'submitted', 'rejected')])).toBeNull();
    expect(lastDecision('returned', undefined)).toBeNull();
  });
});
