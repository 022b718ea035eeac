import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, fieldError, forbidden } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { createTask } from '../plans/service-tasks.js';
import { scopedDirectives } from '../plans/repo-directives.js';
import type { TaskCreateInput } from '../plans/input-tasks.js';
import type { Task } from '../plans/service-tasks.js';
import { proposalPolicy } from './policy.js';
import * as repo from './repo.js';
import { record } from './workflow.js';
import { submitterSide, tell } from './notices.js';
import type { Proposal } from './types.js';

export type MakeTaskInput = Pick<TaskCreateInput, 'directiveId' | 'groupId' | 'titleVi' | 'titleEn' | 'titleFr' | 'leadUnitId' | 'dueOn' | 'cadence'> & { answer?: string };

/**
 * "We will do it": a task from the proposal (tasks.proposal_id), linked back (proposals.task_id), once only.
 * From `accepted` the answer is required and the proposal becomes answered; from `answered` it stays.
 */
export async function makeTask(db: Database, actor: Actor, id: string, input: MakeTaskInput, now = new Date()): Promise<{ task: Task; proposal: Proposal; mail: string[] }> {
  return inTransaction(db, async (tx) => {
    await repo.lockProposals(tx, [id]);
    const p = await repo.scopedProposals.get(tx, actor.scope, id);
    if (p.state !== 'accepted' && p.state !== 'answered') throw new AppError('invalid_transition');
    if (!proposalPolicy.makeTask(actor.scope, p)) throw forbidden();
    if (p.taskId) throw new AppError('conflict');
    const answer = input.answer?.trim();
    if (p.state === 'accepted' && !answer) throw fieldError('answer', 'field.required');
    const { answer: _a, ...taskInput } = input;
    const titled = taskInput.titleVi || taskInput.titleEn || taskInput.titleFr ? taskInput : { ...taskInput, titleVi: p.title };
    // The task of a confidential proposal stays confidential: standing alone, or in a confidential directive.
    if (p.visibility === 'confidential' && taskInput.directiveId) {
      const d = await scopedDirectives.get(tx, actor.scope, taskInput.directiveId).catch(() => null);
      if (d && d.visibility !== 'confidential') throw fieldError('directiveId', 'field.invalid');
    }
    const task = await createTask(tx, actor.scope, actor, p.visibility === 'confidential' ? { ...titled, visibility: 'confidential' } : titled, { proposalId: p.id });
    let after = await repo.updateProposal(tx, actor.scope, p.id, { taskId: task.id });
    const mail: string[] = [];
    if (p.state === 'accepted') {
      after = await record(tx, actor, after, 'answer', 'answered', '', { answer, answeredAt: now, answeredBy: actor.scope.userId });
      mail.push(...(await tell(tx, actor, after, 'answered', await submitterSide(tx, after))));
    }
    await audit(tx, actor, { action: 'update', entity: 'proposal', entityId: p.id, diff: { ...diffOf({ taskId: null, state: p.state }, { taskId: task.id, state: after.state }), transition: { action: 'make_task' } } });
    return { task, proposal: after, mail };
  });
}
