import type { Database } from '../../db/types.js';
import { forbidden } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import { createDirective } from './service-directives.js';
import type { Directive } from './repo-directives.js';
import { scopedTasks } from './repo-tasks.js';
import { taskPolicy } from './policy.js';
import { todayIn } from './periods.js';
import type { CascadeInput } from './input-tasks.js';

/** POST /tasks/:id/cascade: the lead unit's own plan implementing the task (kind plan, owned by the user's unit). */
export async function cascadeTask(db: Database, actor: Actor, taskId: string, input: CascadeInput): Promise<Directive> {
  const task = await scopedTasks.get(db, actor.scope, taskId);
  if (!taskPolicy.cascade(actor.scope, task)) throw forbidden();
  const titled = input.titleVi || input.titleEn || input.titleFr;
  return createDirective(db, actor, {
    code: input.code,
    kind: 'plan',
    issuedOn: input.issuedOn ?? todayIn(),
    // Without a title the plan takes the task's.
    titleVi: titled ? input.titleVi : task.titleVi,
    titleEn: titled ? input.titleEn : task.titleEn,
    titleFr: titled ? input.titleFr : task.titleFr,
    implementsTaskId: taskId,
    ownerUnitId: actor.scope.unitId,
    visibility: input.visibility,
  });
}
