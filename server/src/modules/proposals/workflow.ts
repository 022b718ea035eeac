import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, fieldError, type FieldErrors } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { addDays } from '../../core/dates.js';
import { todayIn } from '../plans/periods.js';
import type { ProposalState } from './schema.js';
import type { Proposal } from './types.js';
import { canStart, proposalPolicy, reopenOpen, TRANSITIONS, type ProposalAction } from './policy.js';
import * as repo from './repo.js';
import { isAtOrBelow } from './repo-settings.js';
import { effectiveSettings } from './settings.js';
import { reopenUntilOf } from './present.js';
import { handlerSide, submitterSide, tell } from './notices.js';
import { auditRow, type Written } from './service.js';

// The proposal workflow (docs/API.md, proposals, transitions): state rules in policy.ts, the effects here.

export interface TransitionInput {
  action: ProposalAction;
  comment?: string;
  handlingUnitId?: string;
  handlerUserId?: string | null;
  dueOn?: string;
  answer?: string;
  reason?: string;
}

/** Moves the proposal (through the scope) and writes its history row. */
export async function record(db: Database, actor: Actor, p: Proposal, action: string, to: ProposalState, comment: string, extra: Partial<repo.ProposalValues> = {}) {
  const after = await repo.updateProposal(db, actor.scope, p.id, { ...extra, state: to });
  await repo.insertEvent(db, { proposalId: p.id, fromState: p.state, toState: to, action, actorId: actor.scope.userId, comment });
  return after;
}

/** The handling unit (the target or below it) and its handler (an active user of it), else 422. */
async function handling(db: Database, p: Proposal, input: TransitionInput, today: string) {
  const fields: FieldErrors = {};
  // A due date already past would make the proposal overdue the moment it is accepted.
  if (input.dueOn && input.dueOn < today) fields.dueOn = { key: 'proposals.field.due_in_past' };
  const unitId = input.handlingUnitId ?? p.targetUnitId;
  if (!(await isAtOrBelow(db, unitId, p.targetUnitId))) fields.handlingUnitId = { key: 'proposals.field.not_below_target' };
  else if (input.handlerUserId && !(await repo.activeUserOfUnit(db, input.handlerUserId, unitId))) fields.handlerUserId = { key: 'proposals.field.handler_not_in_unit' };
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
  return { handlingUnitId: unitId, handlerUserId: input.handlerUserId ?? null };
}

export async function transition(db: Database, actor: Actor, id: string, input: TransitionInput, now = new Date()): Promise<Written> {
  return inTransaction(db, async (tx) => {
    await repo.lockProposals(tx, [id]);
    const p = await repo.scopedProposals.get(tx, actor.scope, id);
    const { action } = input;
    const comment = input.comment?.trim() ?? '';
    const today = todayIn(now);
    const settings = await effectiveSettings(tx, p.targetUnitId);
    // A wrong state (or a reopen out of its window, or a second one) is 409, checked before the rights (403).
    if (action !== 'comment') {
      if (!canStart(action, p.state)) throw new AppError('invalid_transition');
      if (action === 'reopen' && !reopenOpen(p, reopenUntilOf(p, settings.reopenDays), today)) throw new AppError('invalid_transition');
    }
    if (!proposalPolicy.mayAct(actor.scope, action, p)) throw forbidden();

    let after: Proposal;
    const mail: string[] = [];
    switch (action) {
      case 'accept': {
        const h = await handling(tx, p, input, today);
        // The handler of a confidential proposal is named on it, or could not read what they must answer.
        if (p.visibility === 'confidential' && h.handlerUserId) await repo.nameUsers(tx, p.id, [h.handlerUserId]);
        const dueOn = input.dueOn ?? addDays(today, settings.slaDays);
        after = await record(tx, actor, p, action, 'accepted', comment, { ...h, dueOn, acceptedAt: now });
        mail.push(...(await tell(tx, actor, after, 'accepted', await submitterSide(tx, after), { comment, dueOn })));
        // The handler, or the handling unit when it is not the target itself, learns it has work.
        const assignees = after.handlerUserId ? [after.handlerUserId] : after.handlingUnitId !== after.targetUnitId ? await repo.unitMembers(tx, after.handlingUnitId) : [];
        mail.push(...(await tell(tx, actor, after, 'assigned', assignees, { comment, dueOn })));
        break;
      }
      case 'answer': {
        const answer = input.answer?.trim();
        if (!answer) throw fieldError('answer', 'field.required');
        after = await record(tx, actor, p, action, 'answered', comment, { answer, answeredAt: now, answeredBy: actor.scope.userId });
        mail.push(...(await tell(tx, actor, after, 'answered', await submitterSide(tx, after), { comment })));
        break;
      }
      case 'close':
        after = await record(tx, actor, p, action, 'closed', comment, { closedAt: now });
        break;
      case 'reject': {
        const reason = input.reason?.trim();
        if (!reason) throw fieldError('reason', 'field.required');
        after = await record(tx, actor, p, action, 'rejected', comment || reason, { rejectReason: reason, rejectedAt: now });
        mail.push(...(await tell(tx, actor, after, 'rejected', await submitterSide(tx, after), { comment: reason })));
        break;
      }
      case 'reopen': {
        if (!comment) throw fieldError('comment', 'field.required');
        const dueOn = addDays(today, settings.slaDays);
        after = await record(tx, actor, p, action, TRANSITIONS.reopen.to, comment, { reopenCount: p.reopenCount + 1, dueOn, closedAt: null });
        mail.push(...(await tell(tx, actor, after, 'reopened', await handlerSide(tx, after), { comment, dueOn })));
        break;
      }
      case 'comment': {
        if (!comment) throw fieldError('comment', 'field.required');
        await repo.insertEvent(tx, { proposalId: p.id, fromState: p.state, toState: p.state, action, actorId: actor.scope.userId, comment });
        after = p;
        // The other side: a submitter's comment goes to whoever handles it, anyone else's to the submitter unit.
        const fromSubmitter = proposalPolicy.submitterSide(actor.scope, p) && !proposalPolicy.answererSide(actor.scope, p);
        mail.push(...(await tell(tx, actor, p, 'commented', fromSubmitter ? await handlerSide(tx, p) : await submitterSide(tx, p), { comment })));
        break;
      }
    }
    await audit(tx, actor, { action: 'update', entity: 'proposal', entityId: id, diff: { ...diffOf(auditRow(p), auditRow(after)), transition: { action, comment } } });
    return { proposal: after, mail };
  });
}

export async function history(db: Database, actor: Actor, id: string) {
  await repo.scopedProposals.get(db, actor.scope, id);
  const rows = await repo.listEvents(db, id);
  return rows.map((r) => ({ ...r, actorName: r.actorName ?? null, at: r.at.toISOString() }));
}
