import { describe, expect, it } from 'vitest';
import { bodyRule, emptyProposal, proposalBody, serverFieldOf, settingsErrors, targetRule, taskBody, taskErrors, titleRule, transitionBody, transitionErrors } from './rules';

describe('new proposal rules', () => {
  it('needs a title of at most 1000 characters and a target other than the own unit', () => {
    expect(titleRule('  ')).toBe('validation.required');
    expect(titleRule('x'.repeat(1001))).toBe('proposals.rules.titleTooLong');
    expect(titleRule('Mở cửa khẩu phụ')).toBeNull();
    expect(bodyRule('x'.repeat(50_001))).toBe('proposals.rules.bodyTooLong');
    expect(targetRule('own')('')).toBe('validation.required');
    expect(targetRule('own')('own')).toBe('proposals.rules.targetIsOwn');
    expect(targetRule('own')('ministry')).toBeNull();
  });

  it('sends trimmed values and leaves empty optional fields out', () => {
    expect(proposalBody({ ...emptyProposal(), title: ' Visa ', targetUnitId: 'm' })).toEqual({ title: 'Visa', urgency: 'normal', targetUnitId: 'm' });
    expect(proposalBody({ title: 'T', body: ' b ', fieldId: 'f', urgency: 'urgent', targetUnitId: 'm' })).toEqual({ title: 'T', body: 'b', fieldId: 'f', urgency: 'urgent', targetUnitId: 'm' });
  });
});

describe('workflow steps', () => {
  it('requires the answer, the reason, and a comment to reopen or comment', () => {
    expect(transitionErrors('answer', { text: ' ' })).toEqual({ text: 'validation.required' });
    expect(transitionErrors('reject', { text: '' })).toEqual({ text: 'validation.required' });
    expect(transitionErrors('reopen', { text: '' })).toEqual({ text: 'validation.required' });
    expect(transitionErrors('close', { text: '' })).toEqual({});
  });

  it('accepting needs a handling unit and a real due date', () => {
    expect(transitionErrors('accept', { text: '', handlingUnitId: '', dueOn: '' })).toEqual({ handlingUnitId: 'validation.required', dueOn: 'validation.required' });
    expect(transitionErrors('accept', { text: '', handlingUnitId: 'u', dueOn: '12/12/2026' })).toEqual({ dueOn: 'proposals.rules.badDate' });
    expect(transitionErrors('accept', { text: '', handlingUnitId: 'u', dueOn: '2026-12-23' })).toEqual({});
  });

  it('puts the text under the field the server reads', () => {
    expect(transitionBody('answer', { text: ' Đồng ý ' })).toEqual({ action: 'answer', answer: 'Đồng ý' });
    expect(transitionBody('reject', { text: 'Không thuộc thẩm quyền' })).toEqual({ action: 'reject', reason: 'Không thuộc thẩm quyền' });
    expect(transitionBody('reopen', { text: 'Chưa rõ' })).toEqual({ action: 'reopen', comment: 'Chưa rõ' });
    expect(transitionBody('accept', { text: '', handlingUnitId: 'u', handlerUserId: '', dueOn: '2026-12-23' })).toEqual({ action: 'accept', handlingUnitId: 'u', dueOn: '2026-12-23' });
    expect(serverFieldOf('reason')).toBe('text');
    expect(serverFieldOf('dueOn')).toBe('dueOn');
  });
});

describe('make a task', () => {
  const base = { answer: '', titleVi: 'T', leadUnitId: 'u', dueOn: '', cadence: 'once', directiveId: '' };
  it('needs the answer while the proposal is only accepted, a lead unit, and no past due date', () => {
    expect(taskErrors(base, 'accepted', '2026-11-23')).toEqual({ answer: 'validation.required' });
    expect(taskErrors(base, 'answered', '2026-11-23')).toEqual({});
    expect(taskErrors({ ...base, leadUnitId: '', dueOn: '2026-11-01' }, 'answered', '2026-11-23')).toEqual({ leadUnitId: 'validation.required', dueOn: 'proposals.rules.dueInPast' });
    expect(taskErrors({ ...base, cadence: 'weekly' }, 'answered', '2026-11-23')).toEqual({ cadence: 'proposals.rules.badCadence' });
  });
  it('leaves empty optional fields out', () => {
    expect(taskBody(base)).toEqual({ leadUnitId: 'u', titleVi: 'T', cadence: 'once' });
  });
});

describe('settings', () => {
  it('SLA 1..365 and reopen 0..90 whole days', () => {
    expect(settingsErrors({ slaDays: 30, reopenDays: 14 })).toEqual({});
    expect(settingsErrors({ slaDays: 0, reopenDays: 91 })).toEqual({ slaDays: 'proposals.rules.slaRange', reopenDays: 'proposals.rules.reopenRange' });
    expect(settingsErrors({ slaDays: '', reopenDays: 0 })).toEqual({ slaDays: 'proposals.rules.slaRange' });
    expect(settingsErrors({ slaDays: 2.5, reopenDays: 0 })).toEqual({ slaDays: 'proposals.rules.slaRange' });
  });
});

describe('proposal corrections', () => {
  it('send what the submitter may change: trimmed, the text and topic may be emptied, never the target', async () => {
    const { proposalPatch } = await import('./rules');
    expect(proposalPatch({ title: '  Xúc tiến đầu tư ', body: '  ', fieldId: '', urgency: 'urgent', targetUnitId: 'u1' })).toEqual({
      title: 'Xúc tiến đầu tư',
      body: '',
      fieldId: null,
      urgency: 'urgent',
    });
  });
});

describe('accepting', () => {
  it('refuses a due date already past', () => {
    expect(transitionErrors('accept', { text: '', handlingUnitId: 'u', dueOn: '2026-11-20' }, '2026-11-24')).toEqual({ dueOn: 'proposals.rules.dueInPast' });
    expect(transitionErrors('accept', { text: '', handlingUnitId: 'u', dueOn: '2026-11-24' }, '2026-11-24')).toEqual({});
  });
});
