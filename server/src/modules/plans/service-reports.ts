import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, fieldError, forbidden } from '../../core/errors.js';
import type { Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { notify } from '../notifications/service.js';
import { deleteAttachmentsOf } from '../attachments/registry.js';
import type { ProgressStatus } from './schema.js';
import { isAuthor, reportPolicy, REPORT_TRANSITIONS, taskPolicy, type ReportAction } from './policy.js';
import { parsePeriod, todayIn } from './periods.js';
import { recomputeRollup } from './rollup.js';
import * as repo from './repo-reports.js';
import type { ReportRow, ReportTask } from './repo-reports.js';

// Progress reports: filing, editing, the review workflow and its effects (docs/API.md, "Progress reports").

export interface ReportInput {
  period: string;
  status: ProgressStatus;
  percent: number;
  narrative?: string;
  values?: { indicatorId: string; value: string }[];
}

/** Outcome of a write: the report, and notifications to mail once committed. */
export interface Written {
  report: ReportRow;
  task: ReportTask;
  mail: string[];
}

const titles = (t: ReportTask) => ({ title: t.titleVi || t.titleEn || t.titleFr, titleVi: t.titleVi, titleEn: t.titleEn, titleFr: t.titleFr });

async function actorName(db: Database, actor: Actor) {
  return (await repo.userNames(db, [actor.scope.userId])).get(actor.scope.userId) ?? actor.email;
}

const isUniqueViolation = (e: unknown) => (e as { code?: string; cause?: { code?: string } })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

/** The period of the task's cadence named by the key, or 422 on `period`. */
function periodOf(task: ReportTask, key: string) {
  const p = parsePeriod(task.cadence, key, { startOn: task.startOn, dueOn: task.dueOn, createdOn: todayIn(task.createdAt) });
  if (!p) throw fieldError('period', 'task_report.period_invalid');
  // A report tells what happened: its period has begun, and does not end before the task starts.
  if (p.start > todayIn(new Date())) throw fieldError('period', 'task_report.period_future');
  if (task.startOn && p.end < task.startOn) throw fieldError('period', 'task_report.period_before_start');
  return p;
}

/** Status/percent coherence and indicator ownership (422 on the field). */
async function checkContent(db: Database, task: ReportTask, input: Partial<ReportInput>) {
  if (input.status === 'done' && input.percent !== 100) throw fieldError('percent', 'task_report.done_needs_100');
  if (input.values?.length) {
    const own = await repo.indicatorIdsOf(db, task.id);
    const seen = new Set<string>();
    input.values.forEach((v, i) => {
      if (!own.has(v.indicatorId) || seen.has(v.indicatorId)) throw fieldError(`values.${i}.indicatorId`, 'task_report.indicator_unknown');
      seen.add(v.indicatorId);
    });
  }
}

const record = (db: Database, actor: Actor, action: 'create' | 'update' | 'delete', id: string, diff: unknown) =>
  audit(db, actor, { action, entity: 'task_report', entityId: id, diff });

/** Inserts and maps a lost race on the (task, unit, kind, period, version) index to 409 `conflict`. */
async function insertOnce(db: Database, values: Parameters<typeof repo.insertReport>[1]): Promise<ReportRow> {
  try {
    return await inTransaction(db, (sp) => repo.insertReport(sp, values));
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('conflict');
    throw e;
  }
}

export async function createReport(db: Database, actor: Actor, taskId: string, input: ReportInput & { submit?: boolean }): Promise<Written> {
  return inTransaction(db, async (tx) => {
    const task = await repo.visibleTask(tx, actor.scope, taskId);
    const kind = taskPolicy.reportKind(actor.scope, task);
    if (!kind) throw forbidden();
    // An admin outside the task files the lead unit's report; everyone else files for their own unit.
    const unitId = kind === 'report' ? task.leadUnitId : actor.scope.unitId;
    const period = periodOf(task, input.period);
    await checkContent(tx, task, input);
    if (await repo.samePeriodExists(tx, { taskId, unitId, kind, period: period.key })) throw new AppError('conflict');
    const report = await insertOnce(tx, {
      taskId,
      unitId,
      kind,
      period: period.key,
      periodStart: period.start,
      periodEnd: period.end,
      status: input.status,
      percent: input.percent,
      narrative: input.narrative?.trim() ?? '',
      createdBy: actor.scope.userId,
    });
    await repo.setValues(tx, report.id, input.values ?? []);
    await record(tx, actor, 'create', report.id, { ...report, values: input.values ?? [] });
    if (input.submit) return move(tx, actor, report, task, 'submit', '');
    return { report, task, mail: [] };
  });
}

export async function updateReport(db: Database, actor: Actor, id: string, input: Partial<ReportInput>): Promise<Written> {
  return inTransaction(db, async (tx) => {
    const { task } = await repo.visibleReport(tx, actor.scope, id);
    const before = await repo.lockReport(tx, id);
    if (!isAuthor(actor.scope, before)) throw forbidden();
    if (!reportPolicy.editable(before.state)) throw new AppError('invalid_transition');
    const merged = { status: input.status ?? before.status, percent: input.percent ?? before.percent, values: input.values };
    await checkContent(tx, task, merged);
    const changes: Partial<ReportRow> = { status: merged.status, percent: merged.percent };
    if (input.narrative !== undefined) changes.narrative = input.narrative.trim();
    if (input.period !== undefined && input.period !== before.period) {
      // A correction keeps its period: its versions are one chain.
      if (before.version > 1) throw fieldError('period', 'task_report.period_invalid');
      const p = periodOf(task, input.period);
      if (await repo.samePeriodExists(tx, { taskId: task.id, unitId: before.unitId, kind: before.kind, period: p.key }, id)) throw new AppError('conflict');
      Object.assign(changes, { period: p.key, periodStart: p.start, periodEnd: p.end });
    }
    const after = await repo.updateReport(tx, id, changes);
    if (input.values) await repo.setValues(tx, id, input.values);
    await record(tx, actor, 'update', id, { ...diffOf(before, after), ...(input.values ? { values: input.values } : {}) });
    return { report: after, task, mail: [] };
  });
}

/** Deletes a draft; answers the storage keys of its evidence files, to remove after commit. */
export async function deleteReport(db: Database, actor: Actor, id: string): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    await repo.visibleReport(tx, actor.scope, id);
    const before = await repo.lockReport(tx, id);
    if (!isAuthor(actor.scope, before)) throw forbidden();
    if (before.state !== 'draft') throw new AppError('invalid_transition');
    const files = await deleteAttachmentsOf(tx, 'task_report', id);
    await repo.deleteReport(tx, id);
    await record(tx, actor, 'delete', id, before);
    return files;
  });
}

export async function transition(db: Database, actor: Actor, id: string, input: { action: ReportAction; comment?: string }): Promise<Written> {
  return inTransaction(db, async (tx) => {
    const { task } = await repo.visibleReport(tx, actor.scope, id);
    const report = await repo.lockReport(tx, id);
    const comment = input.comment?.trim() ?? '';
    if (!reportPolicy.mayAct(actor.scope, input.action, report, task)) throw forbidden();
    if (!reportPolicy.canStart(input.action, report.state)) throw new AppError('invalid_transition');
    if (input.action === 'correct' && (await repo.latestVersion(tx, report)) !== report.version) throw new AppError('invalid_transition');
    if (input.action === 'return' && !comment) throw fieldError('comment', 'field.required');
    return move(tx, actor, report, task, input.action, comment);
  });
}

/** Applies an allowed transition: the new state, its effects, notifications and the audit row. */
async function move(tx: Database, actor: Actor, r: ReportRow, task: ReportTask, action: ReportAction, comment: string): Promise<Written> {
  const now = new Date();
  const who = actor.scope.userId;
  let after: ReportRow;
  let recipients: string[] = [];
  if (action === 'correct') {
    after = await insertOnce(tx, {
      taskId: r.taskId,
      unitId: r.unitId,
      kind: r.kind,
      period: r.period,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      status: r.status,
      percent: r.percent,
      narrative: r.narrative,
      version: r.version + 1,
      previousId: r.id,
      createdBy: who,
    });
    const values = (await repo.valuesOf(tx, [r.id])).get(r.id) ?? [];
    await repo.setValues(tx, after.id, values);
    await record(tx, actor, 'create', after.id, { ...after, values, transition: { action, from: r.id } });
    return { report: after, task, mail: [] };
  }
  if (action === 'submit') {
    after = await repo.updateReport(tx, r.id, { state: 'submitted', submittedBy: who, submittedAt: now });
    await repo.touchTask(tx, actor.scope, task.id, now);
    recipients = await repo.workersOf(tx, task.ownerUnitId);
  } else {
    after = await repo.updateReport(tx, r.id, { state: REPORT_TRANSITIONS[action].to, reviewedBy: who, reviewedAt: now, reviewComment: comment });
    if (action === 'accept' && r.kind === 'report') await recomputeRollup(tx, task.id, now);
    recipients = await repo.workersOf(tx, r.unitId);
  }
  const data = { ...titles(task), taskId: task.id, period: r.period, actorName: await actorName(tx, actor), comment };
  const mail = await notify(
    tx,
    recipients.filter((u) => u !== who),
    { kind: `task_report.${after.state}`, entity: 'task_report', entityId: r.id, data },
  );
  await record(tx, actor, 'update', r.id, { ...diffOf(r, after), transition: { action, comment } });
  return { report: after, task, mail };
}
