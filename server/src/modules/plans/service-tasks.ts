import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import type { Scope } from '../../core/scope.js';
import { AppError, forbidden, type FieldErrors } from '../../core/errors.js';
import { actsForUnit, canWrite } from '../../core/rights.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { deleteAttachmentsOf } from '../attachments/registry.js';
import { findGroup, scopedDirectives, type Directive } from './repo-directives.js';
import * as repo from './repo-tasks.js';
import { scopedTasks, type Task } from './repo-tasks.js';
import { taskPolicy } from './policy.js';
import { recomputeRollup } from './rollup.js';
import { periodContaining, todayIn } from './periods.js';
import type { TaskCreateInput, TaskPatchInput } from './input-tasks.js';

export type { Task };

/** A task the user may see, or 404. */
export async function getTask(db: Database, scope: Scope, id: string): Promise<Task> {
  return scopedTasks.get(db, scope, id);
}

const LIST_KEYS = ['supportingUnitIds', 'fieldIds', 'indicators', 'links'] as const;
const columnsOf = (input: TaskPatchInput) => {
  const rest: Record<string, unknown> = { ...input };
  for (const k of LIST_KEYS) delete rest[k];
  return rest as Partial<repo.TaskValues>;
};

/** A recurring task is due at the end of its current period: each period is due in turn. */
const recurringDue = (recurrence: Task['recurrence'], startOn: string | null, now: Date) => {
  const today = todayIn(now);
  const from = startOn && startOn > today ? startOn : today;
  return periodContaining(recurrence === 'none' ? 'once' : recurrence, from, { startOn, dueOn: null, createdOn: today }).end;
};

interface Resolved {
  columns: Partial<repo.TaskValues>;
  directive: Directive | null;
  hiddenLinks: { entity: string; recordId: string }[];
}

/** Checks references and rules; one 422 with every field error. */
async function resolve(db: Database, actor: Actor, input: TaskPatchInput, current?: Task): Promise<Resolved> {
  const scope = actor.scope;
  const fields: FieldErrors = {};
  const merged = { ...current, ...input };
  if (![merged.titleVi, merged.titleEn, merged.titleFr].some((t) => t?.trim())) fields.titleVi = { key: 'field.one_title_required' };
  if (merged.startOn && merged.dueOn && merged.dueOn < merged.startOn) fields.dueOn = { key: 'field.ends_before_start' };

  let directive: Directive | null = null;
  const directiveId = merged.directiveId ?? null;
  if (directiveId) {
    directive = await scopedDirectives.get(db, scope, directiveId).catch(() => null);
    if (!directive) fields.directiveId = { key: 'task.field.no_such_directive' };
    // Moving a task into a directive writes into that directive: the mover must be allowed to.
    else if (current && directiveId !== current.directiveId && !taskPolicy.update(scope, directive)) throw forbidden();
  }
  if (merged.groupId && (input.groupId !== undefined || input.directiveId !== undefined)) {
    const g = await findGroup(db, merged.groupId);
    if (!g || g.directiveId !== directiveId) fields.groupId = { key: 'field.no_such_group' };
  }
  const columns = columnsOf(input);
  // A task of a plan implements the task the plan cascades, unless told otherwise.
  if (!current && input.parentTaskId === undefined && directive?.implementsTaskId) columns.parentTaskId = directive.implementsTaskId;
  const parentId = columns.parentTaskId ?? null;
  if (parentId && parentId !== current?.parentTaskId) {
    const parent = await scopedTasks.get(db, scope, parentId).catch(() => null);
    if (!parent || parent.id === current?.id) fields.parentTaskId = { key: 'task.field.no_such_task' };
    // Under a task of the same directive (or the one its plan implements) is the directive's own business;
    // under any other task it is a cascade of that task, which only its lead unit's side may do.
    else if (!(directive && (parent.directiveId === directive.id || parent.id === directive.implementsTaskId)) && !taskPolicy.cascade(scope, parent)) throw forbidden();
    else if (current && (await isDescendant(db, current.id, parent.id))) fields.parentTaskId = { key: 'task.field.cycle' };
  }

  const unitIds = await repo.existingUnitIds(db, [...(input.supportingUnitIds ?? []), input.leadUnitId, input.ownerUnitId].filter((x): x is string => !!x));
  if (input.leadUnitId && !unitIds.has(input.leadUnitId)) fields.leadUnitId = { key: 'field.no_such_unit' };
  input.supportingUnitIds?.forEach((u, i) => {
    if (!unitIds.has(u)) fields[`supportingUnitIds.${i}`] = { key: 'field.no_such_unit' };
  });
  if (input.fieldIds?.length && (await repo.existingFieldIds(db, input.fieldIds)).size !== new Set(input.fieldIds).size) fields.fieldIds = { key: 'field.no_such_field' };
  // Owner and visibility of a directive's task are the directive's.
  if (directive) {
    columns.ownerUnitId = directive.ownerUnitId;
    columns.visibility = directive.visibility;
  } else if (input.ownerUnitId && input.ownerUnitId !== current?.ownerUnitId) {
    if (!unitIds.has(input.ownerUnitId)) fields.ownerUnitId = { key: 'field.no_such_unit' };
    else if (!actsForUnit(scope, input.ownerUnitId)) fields.ownerUnitId = { key: 'field.unit_out_of_scope' };
  }

  let hiddenLinks: { entity: string; recordId: string }[] = [];
  if (input.links) {
    const seen = await repo.visibleLinks(db, scope, input.links);
    const has = (l: { entity: string; recordId: string }) => (l.entity === 'partner' ? seen.partners.has(l.recordId) : seen.engagements.has(l.recordId));
    input.links.forEach((l, i) => {
      if (!has(l)) fields[`links.${i}.recordId`] = { key: 'task.field.no_such_record' };
    });
    if (current) {
      const stored = await repo.linksOf(db, current.id);
      const visible = await repo.visibleLinks(db, scope, stored);
      hiddenLinks = stored.filter((l) => !(l.entity === 'partner' ? visible.partners.has(l.recordId) : visible.engagements.has(l.recordId)));
    }
  }
  if (Object.keys(fields).length) throw new AppError('validation_failed', fields);
  const recurrence = merged.recurrence ?? 'none';
  if (recurrence !== 'none' && (input.recurrence !== undefined || input.startOn !== undefined || !current)) {
    columns.dueOn = recurringDue(recurrence, merged.startOn ?? null, new Date());
  }
  return { columns, directive, hiddenLinks };
}

async function isDescendant(db: Database, ancestorId: string, id: string): Promise<boolean> {
  let at: string | null = id;
  for (let hops = 0; at && hops < 25; hops++) {
    if (at === ancestorId) return true;
    at = await repo.parentOf(db, at);
  }
  return false;
}

async function writeLists(db: Database, id: string, input: TaskPatchInput, r: Resolved) {
  if (input.supportingUnitIds) await repo.replaceSupporting(db, id, input.supportingUnitIds);
  if (input.fieldIds) await repo.replaceFields(db, id, input.fieldIds);
  if (input.indicators) await repo.replaceIndicators(db, id, input.indicators);
  if (input.links) await repo.replaceLinks(db, id, input.links, r.hiddenLinks);
  await repo.refreshSearchText(db, id);
}

/** What the audit log keeps: the row (less derived columns) and the lists the write touched. */
async function snapshot(db: Database, t: Task, input: TaskPatchInput) {
  const { searchText: _s, ...row } = t;
  const out: Record<string, unknown> = { ...row };
  if ('supportingUnitIds' in input) out.supportingUnitIds = (await repo.supportingOf(db, [t.id])).get(t.id);
  if ('fieldIds' in input) out.fieldIds = (await repo.fieldsOf(db, [t.id])).get(t.id);
  if ('indicators' in input) out.indicators = (await repo.indicatorsOf(db, t.id)).map((i) => ({ id: i.id, name: i.name, unitOfMeasure: i.unitOfMeasure, baseline: i.baseline, target: i.target }));
  if ('links' in input) out.links = await repo.linksOf(db, t.id);
  return out;
}

/**
 * Creates a task (docs/API.md, POST /api/v1/tasks) in the caller's transaction or its own.
 * `extra` sets columns the API does not take (the proposal a task answers).
 */
export async function createTask(db: Database, scope: Scope, actor: Actor, input: TaskCreateInput, extra: { proposalId?: string } = {}): Promise<Task> {
  if (!canWrite(scope)) throw forbidden();
  const run = async (tx: Database) => {
    const r = await resolve(tx, { ...actor, scope }, input);
    const owner = r.columns.ownerUnitId ?? scope.unitId;
    // A directive's task is written by who writes the directive; a standalone sub-task by who may cascade its parent (checked in resolve).
    if (r.directive && !taskPolicy.update(scope, { ownerUnitId: r.directive.ownerUnitId })) throw forbidden();
    if (!r.directive && !r.columns.parentTaskId && !taskPolicy.update(scope, { ownerUnitId: owner })) throw forbidden();
    const task = await repo.insertTask(tx, {
      ...(r.columns as repo.TaskValues),
      leadUnitId: input.leadUnitId,
      ownerUnitId: owner,
      position: input.position ?? (await repo.nextPosition(tx, r.directive?.id ?? null)),
      proposalId: extra.proposalId ?? null,
      createdBy: scope.userId,
    });
    await writeLists(tx, task.id, input, r);
    if (task.parentTaskId) await recomputeRollup(tx, task.parentTaskId);
    const row = await scopedTasks.get(tx, scope, task.id).catch(() => task);
    await audit(tx, actor, { action: 'create', entity: 'task', entityId: task.id, diff: diffOf(null, await snapshot(tx, row, input)) });
    return row;
  };
  // Inside a caller's transaction this is a savepoint: the proposals module creates a task in its own.
  return inTransaction(db, run);
}

export async function updateTask(db: Database, actor: Actor, id: string, input: TaskPatchInput): Promise<Task> {
  return inTransaction(db, async (tx) => {
    const before = await scopedTasks.get(tx, actor.scope, id);
    if (!taskPolicy.update(actor.scope, before)) throw forbidden();
    const r = await resolve(tx, actor, input, before);
    const snapBefore = await snapshot(tx, before, input);
    const after = await scopedTasks.update(tx, actor.scope, id, { ...r.columns, updatedAt: new Date() });
    await writeLists(tx, id, input, r);
    // Weight, parent or due date move the roll-up: recompute from this task and the old parent up.
    // (A leaf's figures are its lead unit's reports: a new lead unit changes them too.)
    if (after.parentTaskId !== before.parentTaskId || after.weight !== before.weight || after.dueOn !== before.dueOn || after.leadUnitId !== before.leadUnitId) {
      await recomputeRollup(tx, id);
      if (before.parentTaskId && before.parentTaskId !== after.parentTaskId) await recomputeRollup(tx, before.parentTaskId);
    }
    const row = await scopedTasks.get(tx, actor.scope, id);
    await audit(tx, actor, { action: 'update', entity: 'task', entityId: id, diff: diffOf(snapBefore, await snapshot(tx, row, input)) });
    return row;
  });
}

/** Deletes a task without accepted reports nor sub-tasks; answers the storage keys of its files (remove after commit). */
export async function deleteTask(db: Database, actor: Actor, id: string): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const before = await scopedTasks.get(tx, actor.scope, id);
    if (!taskPolicy.update(actor.scope, before)) throw forbidden();
    if ((await repo.hasAcceptedReport(tx, id)) || (await repo.hasChildren(tx, id))) throw new AppError('in_use');
    const files = await deleteTaskFiles(tx, [id]);
    await scopedTasks.remove(tx, actor.scope, id);
    if (before.parentTaskId) await recomputeRollup(tx, before.parentTaskId);
    await audit(tx, actor, { action: 'delete', entity: 'task', entityId: id, diff: diffOf(before, null) });
    return files;
  });
}

/** The files of tasks and of their reports (evidence), deleted with them. */
export async function deleteTaskFiles(db: Database, taskIds: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const id of taskIds) {
    files.push(...(await deleteAttachmentsOf(db, 'task', id)));
    for (const reportId of await repo.reportIdsOf(db, id)) files.push(...(await deleteAttachmentsOf(db, 'task_report', reportId)));
  }
  return files;
}
