import type { Database } from '../../db/types.js';
import { notify } from '../notifications/service.js';
import { addDays } from '../../core/dates.js';
import { periodContaining, type Period } from '../plans/periods.js';
import * as repo from './reminders-repo.js';
import type { OpenTask } from './reminders-repo.js';

// The reminders of one day (docs/API.md, "Daily job and reminders"). Each depends only on the day,
// so running once per day (job_runs) is what sends each of them once.

export type ReminderKind = 'task.due_soon' | 'task.report_due' | 'task.overdue' | 'task_report.overdue' | 'proposal.due_soon' | 'proposal.overdue';
export type Counts = Record<ReminderKind, number>;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The first day after `end`, then every 7 days. */
export const repeatsOn = (end: string, today: string) => {
  const d = daysBetween(end, today);
  return d >= 1 && (d - 1) % 7 === 0;
};

const span = (t: OpenTask) => ({ startOn: t.startOn, dueOn: t.dueOn, createdOn: t.createdOn });
/** A period counts once the task has begun by its end. */
const begunBy = (t: OpenTask, p: Period) => (t.startOn ?? t.createdOn) <= p.end;
const taskData = (t: OpenTask, extra: Record<string, unknown>) => ({ title: t.titleVi || t.titleEn || t.titleFr, titleVi: t.titleVi, titleEn: t.titleEn, titleFr: t.titleFr, ...extra });

interface Reminder {
  kind: ReminderKind;
  to: string[];
  entity: 'task' | 'proposal';
  entityId: string;
  data: Record<string, unknown>;
}

/** Sends the day's reminders in the caller's transaction; answers the counts and the notification ids to mail. */
export async function sendReminders(db: Database, today: string, n: number): Promise<{ counts: Counts; mail: string[] }> {
  const soon = addDays(today, n);
  const tasks = await repo.openTasks(db);

  // Report periods: the current one when it ends in N days, the one just ended for the overdue reminder.
  const dueReports: { t: OpenTask; p: Period }[] = [];
  const lateReports: { t: OpenTask; p: Period }[] = [];
  for (const t of tasks) {
    // A one-off task without a due date has no end to remind of.
    if (t.cadence === 'once' && !t.dueOn) continue;
    const current = periodContaining(t.cadence, today, span(t));
    if (current.end === soon && begunBy(t, current)) dueReports.push({ t, p: current });
    const previous = t.cadence === 'once' ? current : periodContaining(t.cadence, addDays(current.start, -1), span(t));
    if (repeatsOn(previous.end, today) && begunBy(t, previous)) lateReports.push({ t, p: previous });
  }
  const filed = await repo.filedPeriods(db, [...dueReports, ...lateReports].map(({ t, p }) => ({ taskId: t.id, period: p.key })));
  const unfiled = (x: { t: OpenTask; p: Period }) => !filed.has(`${x.t.id}|${x.p.key}`);

  const proposals = await repo.dueProposals(db, today, soon);
  const workers = await repo.peopleOf(db, tasks.map((t) => t.leadUnitId), ['officer', 'manager']);
  const managers = await repo.peopleOf(db, [...tasks.map((t) => t.ownerUnitId), ...proposals.map((p) => p.targetUnitId)], ['manager']);
  const officers = await repo.peopleOf(db, proposals.map((p) => p.handlingUnitId), ['officer']);

  const all: Reminder[] = [
    ...tasks
      .filter((t) => t.dueOn === soon)
      .map((t): Reminder => ({ kind: 'task.due_soon', to: workers.get(t.leadUnitId) ?? [], entity: 'task', entityId: t.id, data: taskData(t, { dueOn: t.dueOn }) })),
    ...dueReports
      .filter(unfiled)
      .map(({ t, p }): Reminder => ({ kind: 'task.report_due', to: workers.get(t.leadUnitId) ?? [], entity: 'task', entityId: t.id, data: taskData(t, { dueOn: p.end, period: p.key }) })),
    ...tasks
      .filter((t) => t.dueOn !== null && repeatsOn(t.dueOn, today))
      .map((t): Reminder => ({ kind: 'task.overdue', to: managers.get(t.ownerUnitId) ?? [], entity: 'task', entityId: t.id, data: taskData(t, { dueOn: t.dueOn }) })),
    // No report exists to point at: the notification leads to the task (data.taskId as for report notifications).
    ...lateReports
      .filter(unfiled)
      .map(({ t, p }): Reminder => ({ kind: 'task_report.overdue', to: managers.get(t.ownerUnitId) ?? [], entity: 'task', entityId: t.id, data: taskData(t, { taskId: t.id, dueOn: p.end, period: p.key }) })),
    ...proposals
      .filter((p) => p.dueOn === soon)
      .map((p): Reminder => ({
        kind: 'proposal.due_soon',
        to: p.handlerUserId ? [p.handlerUserId] : (officers.get(p.handlingUnitId) ?? []),
        entity: 'proposal',
        entityId: p.id,
        data: { title: p.title, code: p.code, dueOn: p.dueOn },
      })),
    ...proposals
      .filter((p) => repeatsOn(p.dueOn, today))
      .map((p): Reminder => ({ kind: 'proposal.overdue', to: managers.get(p.targetUnitId) ?? [], entity: 'proposal', entityId: p.id, data: { title: p.title, code: p.code, dueOn: p.dueOn } })),
  ];

  const counts: Counts = { 'task.due_soon': 0, 'task.report_due': 0, 'task.overdue': 0, 'task_report.overdue': 0, 'proposal.due_soon': 0, 'proposal.overdue': 0 };
  const mail: string[] = [];
  for (const r of all) {
    if (r.to.length === 0) continue;
    const ids = await notify(db, r.to, { kind: r.kind, entity: r.entity, entityId: r.entityId, data: r.data });
    counts[r.kind] += ids.length;
    mail.push(...ids);
  }
  return { counts, mail };
}
