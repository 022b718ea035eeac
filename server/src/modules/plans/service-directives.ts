import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, type FieldErrors } from '../../core/errors.js';
import { canWrite } from '../../core/rights.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { deleteAttachmentsOf } from '../attachments/registry.js';
import { directivePolicy, taskPolicy } from './policy.js';
import { recomputeRollup } from './rollup.js';
import { deleteTaskFiles } from './service-tasks.js';
import { existingUnitIds, scopedTasks } from './repo-tasks.js';
import * as repo from './repo-directives.js';
import type { Directive, TaskGroup } from './repo-directives.js';
import type { DirectiveCreateInput, DirectivePatchInput, GroupCreateInput, GroupPatchInput } from './input-directives.js';

/** One audit row: the change from `before` to `after`. */
const record = (db: Database, actor: Actor, action: string, entity: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
  audit(db, actor, { action, entity, entityId, diff: diffOf(before, after) });

const snap = (d: Directive | null) => {
  if (!d) return null;
  const { searchText: _s, ...row } = d;
  return row;
};

/** Checks the rules of a directive's fields; one 422 with every field error. */
async function check(db: Database, actor: Actor, input: DirectivePatchInput, current?: Directive) {
  const scope = actor.scope;
  const fields: FieldErrors = {};
  const merged = { ...current, ...input };
  if (![merged.titleVi, merged.titleEn, merged.titleFr].some((t) => t?.trim())) fields.titleVi = { key: 'field.one_title_required' };
  if (merged.status === 'superseded') {
    const other = merged.supersededById ? await repo.scopedDirectives.get(db, scope, merged.supersededById).catch(() => null) : null;
    if (!other || other.id === current?.id) fields.supersededById = { key: merged.supersededById ? 'directive.field.no_such_directive' : 'field.required' };
  } else if (input.supersededById) {
    const other = await repo.scopedDirectives.get(db, scope, input.supersededById).catch(() => null);
    if (!other || other.id === current?.id) fields.supersededById = { key: 'directive.field.no_such_directive' };
  }
  if (merged.implementsTaskId && merged.implementsTaskId !== current?.implementsTaskId) {
    const task = await scopedTasks.get(db, scope, merged.implementsTaskId).catch(() => null);
    if (!task) fields.implementsTaskId = { key: 'task.field.no_such_task' };
    else if (!taskPolicy.cascade(scope, task)) throw forbidden();
    // A plan's tasks hang under the task it implements: with tasks, it cannot be re-pointed (they would stay under the old one).
    else if (current && (await repo.taskIdsOf(db, current.id)).length > 0) fields.implementsTaskId = { key: 'directive.field.plan_has_tasks' };
  }
  if (merged.implementsTaskId && merged.kind !== 'plan') fields.kind = { key: 'directive.field.plan_required' };
  if (input.ownerUnitId && input.ownerUnitId !== current?.ownerUnitId) {
    if (!(await existingUnitIds(db, [input.ownerUnitId])).has(input.ownerUnitId)) fields.ownerUnitId = { key: 'field.no_such_unit' };
    else if (!directivePolicy.ownBy(scope, input.ownerUnitId)) fields.ownerUnitId = { key: 'field.unit_out_of_scope' };
  }
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
}

export async function createDirective(db: Database, actor: Actor, input: DirectiveCreateInput): Promise<Directive> {
  if (!canWrite(actor.scope)) throw forbidden();
  return inTransaction(db, async (tx) => {
    await check(tx, actor, input);
    const ownerUnitId = input.ownerUnitId ?? actor.scope.unitId;
    if (!directivePolicy.ownBy(actor.scope, ownerUnitId)) throw forbidden();
    const row = await repo.insertDirective(tx, {
      ...input,
      supersededById: input.status === 'superseded' ? input.supersededById : (input.supersededById ?? null),
      ownerUnitId,
      createdBy: actor.scope.userId,
    });
    await record(tx, actor, 'create', 'directive', row.id, null, snap(row));
    return row;
  });
}

export async function updateDirective(db: Database, actor: Actor, id: string, input: DirectivePatchInput): Promise<Directive> {
  return inTransaction(db, async (tx) => {
    const before = await repo.scopedDirectives.get(tx, actor.scope, id);
    if (!directivePolicy.update(actor.scope, before)) throw forbidden();
    await check(tx, actor, input, before);
    let after = await repo.scopedDirectives.update(tx, actor.scope, id, { ...input, updatedAt: new Date() });
    await repo.refreshSearchText(tx, id);
    if (after.ownerUnitId !== before.ownerUnitId || after.visibility !== before.visibility) {
      // Its tasks follow; each one's change is audited as its own row.
      for (const t of await repo.syncTaskOwnership(tx, after)) await record(tx, actor, 'update', 'task', t.id, t.before, t.after);
    }
    after = await repo.scopedDirectives.get(tx, actor.scope, id).catch(() => after);
    await record(tx, actor, 'update', 'directive', id, snap(before), snap(after));
    return after;
  });
}

/** Deletes a directive with its groups and tasks; answers the storage keys of their files (remove after commit). */
export async function deleteDirective(db: Database, actor: Actor, id: string): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const before = await repo.scopedDirectives.get(tx, actor.scope, id);
    if (!directivePolicy.delete(actor.scope, before)) throw forbidden();
    if (await repo.directiveInUse(tx, id)) throw new AppError('in_use');
    const parents = await repo.outsideParents(tx, id);
    const files = [...(await deleteAttachmentsOf(tx, 'directive', id)), ...(await deleteTaskFiles(tx, await repo.taskIdsOf(tx, id)))];
    await repo.scopedDirectives.remove(tx, actor.scope, id);
    // A deleted plan's tasks no longer count in the task it implemented.
    for (const p of parents) await recomputeRollup(tx, p);
    await record(tx, actor, 'delete', 'directive', id, snap(before), null);
    return files;
  });
}

/** A group's directive, when the user may write it (404 unseen, 403 not theirs). */
async function writableDirective(db: Database, actor: Actor, directiveId: string) {
  const d = await repo.scopedDirectives.get(db, actor.scope, directiveId);
  if (!directivePolicy.update(actor.scope, d)) throw forbidden();
  return d;
}

export async function createGroup(db: Database, actor: Actor, input: GroupCreateInput): Promise<TaskGroup> {
  return inTransaction(db, async (tx) => {
    await writableDirective(tx, actor, input.directiveId);
    if (![input.titleVi, input.titleEn, input.titleFr].some((t) => t?.trim())) throw new AppError('validation_failed', { titleVi: { key: 'field.one_title_required' } });
    const row = await repo.insertGroup(tx, { ...input, position: input.position ?? (await repo.nextGroupPosition(tx, input.directiveId)) });
    await record(tx, actor, 'create', 'task_group', row.id, null, row);
    return row;
  });
}

/** A group the user sees (through its directive), with that directive. */
export async function getGroup(db: Database, actor: Actor, id: string) {
  const g = await repo.findGroup(db, id);
  if (!g) throw new AppError('not_found');
  const directive = await repo.scopedDirectives.get(db, actor.scope, g.directiveId);
  return { group: g, directive };
}

export async function updateGroup(db: Database, actor: Actor, id: string, input: GroupPatchInput): Promise<TaskGroup> {
  return inTransaction(db, async (tx) => {
    const { group: before, directive } = await getGroup(tx, actor, id);
    if (!directivePolicy.update(actor.scope, directive)) throw forbidden();
    const merged = { ...before, ...input };
    if (![merged.titleVi, merged.titleEn, merged.titleFr].some((t) => t?.trim())) throw new AppError('validation_failed', { titleVi: { key: 'field.one_title_required' } });
    const after = await repo.updateGroup(tx, id, input);
    await record(tx, actor, 'update', 'task_group', id, before, after);
    return after;
  });
}

/** Its tasks stay, ungrouped (FK set null). */
export async function deleteGroup(db: Database, actor: Actor, id: string): Promise<void> {
  await inTransaction(db, async (tx) => {
    const { group, directive } = await getGroup(tx, actor, id);
    if (!directivePolicy.update(actor.scope, directive)) throw forbidden();
    await repo.deleteGroup(tx, id);
    await record(tx, actor, 'delete', 'task_group', id, group, null);
  });
}
