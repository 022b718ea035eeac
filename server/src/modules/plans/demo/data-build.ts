import { randomUUID } from 'node:crypto';
import type { directives, taskGroups } from '../schema.js';
import type { tasks, taskIndicators, taskReports, taskReportValues, ProgressStatus, ReportingCadence } from '../schema.js';
import { addDays } from '../../../core/dates.js';
import { periodContaining, todayIn, type Period } from '../periods.js';
import type { DemoDirective, DemoTask } from './data-types.js';
import { narrativeOf } from './data-narratives.js';

// Turns the compact demo directives into rows. Reports follow each task's cadence over the
// completed periods of the last year (none before its start), rising steadily to the task's
// percent; the review comes a few days after the filing, unless that is still ahead (then it
// waits, submitted). A task's stored roll-up is its lead unit's latest accepted report (the
// loader lets tasks/rollup.ts compute the tasks that have sub-tasks). Random spreads come from a
// generator seeded by the task's key: every load tells the same story relative to its "today".

/** mulberry32 over an FNV-1a hash of the key. */
export function generator(key: string) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

/** A calendar day at a local hour in Viet Nam. */
export const atHour = (day: string, hour: number, minute = 0) => new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07:00`);

export interface DirectiveLook {
  unit(key: string): { id: string };
  /** The account that files a unit's reports, or null when the unit has none. */
  writer(unitKey: string): { id: string } | null;
  /** The account that reviews reports on an owner unit's tasks. */
  reviewer(ownerKey: string): { id: string };
  field(key: string): string;
}

export interface DirectiveRows {
  directives: (typeof directives.$inferInsert)[];
  groups: (typeof taskGroups.$inferInsert)[];
  tasks: (typeof tasks.$inferInsert)[];
  supporting: { taskId: string; unitId: string }[];
  fields: { taskId: string; fieldId: string }[];
  indicators: (typeof taskIndicators.$inferInsert)[];
  reports: (typeof taskReports.$inferInsert)[];
  values: (typeof taskReportValues.$inferInsert)[];
  taskIdByKey: Map<string, string>;
}

const YEAR_BACK = 365;

export function buildDirectiveRows(defs: DemoDirective[], now: Date, look: DirectiveLook): DirectiveRows {
  const today = todayIn(now);
  const out: DirectiveRows = { directives: [], groups: [], tasks: [], supporting: [], fields: [], indicators: [], reports: [], values: [], taskIdByKey: new Map() };
  const all = defs.flatMap((d) => [...(d.groups ?? []).flatMap((g) => g.tasks), ...(d.tasks ?? [])]);
  for (const t of all) {
    if (out.taskIdByKey.has(t.k)) throw new Error(`demo: task key "${t.k}" used twice`);
    out.taskIdByKey.set(t.k, randomUUID());
  }
  const idOf = (k: string) => out.taskIdByKey.get(k) ?? (() => { throw new Error(`demo: no task "${k}"`); })();
  // Tasks with sub-tasks take their roll-up from them: no reports of their own in the demo.
  const parentKeyOf = new Map<string, string>();
  for (const d of defs) for (const t of d.tasks ?? []) if (d.implements || t.parent) parentKeyOf.set(t.k, t.parent ?? d.implements!);
  const parents = new Set(parentKeyOf.values());

  for (const d of defs) {
    const dirId = randomUUID();
    const issuedOn = typeof d.issued === 'number' ? addDays(today, d.issued) : d.issued;
    const owner = look.unit(d.owner).id;
    const dTasks = [...(d.groups ?? []).flatMap((g) => g.tasks), ...(d.tasks ?? [])];
    const firstStart = dTasks.reduce((m, t) => Math.min(m, t.start), 0);
    const createdAt = atHour(addDays(today, firstStart - 7), 9);
    out.directives.push({
      id: dirId, code: d.code, kind: d.kind, issuingBody: d.body, issuedOn, titleVi: d.vi, titleEn: d.en, titleFr: d.fr,
      summaryVi: d.sum[0], summaryEn: d.sum[1], summaryFr: d.sum[2], status: 'in_force', implementsTaskId: d.implements ? idOf(d.implements) : null,
      ownerUnitId: owner, visibility: d.vis, createdBy: look.writer(d.owner)?.id ?? null, createdAt, updatedAt: createdAt,
    });
    const place = (t: DemoTask, position: number, groupId: string | null) => {
      const id = idOf(t.k);
      const parentKey = parentKeyOf.get(t.k);
      const built = buildTask(t, id, today, now, look, d.owner, parents.has(t.k));
      out.tasks.push({
        id, directiveId: dirId, groupId, parentTaskId: parentKey ? idOf(parentKey) : null, position, number: t.n, titleVi: t.vi, titleEn: t.en, titleFr: t.fr,
        leadUnitId: look.unit(t.lead).id, ...built.task, ownerUnitId: owner, visibility: d.vis, createdBy: look.writer(d.owner)?.id ?? null,
      });
      for (const s of t.sup ?? []) out.supporting.push({ taskId: id, unitId: look.unit(s).id });
      for (const f of t.f ?? []) out.fields.push({ taskId: id, fieldId: look.field(f) });
      out.indicators.push(...built.indicators);
      out.reports.push(...built.reports);
      out.values.push(...built.values);
    };
    for (const [gi, g] of (d.groups ?? []).entries()) {
      const groupId = randomUUID();
      out.groups.push({ id: groupId, directiveId: dirId, position: gi, number: g.n, titleVi: g.vi, titleEn: g.en, titleFr: g.fr, createdAt });
      g.tasks.forEach((t, i) => place(t, i, groupId));
    }
    (d.tasks ?? []).forEach((t, i) => place(t, i, null));
  }
  return out;
}

function buildTask(t: DemoTask, id: string, today: string, now: Date, look: DirectiveLook, ownerKey: string, isParent: boolean) {
  const rnd = generator(t.k);
  const cadence: ReportingCadence = t.cad ?? 'quarterly';
  const startOn = addDays(today, t.start);
  const span = { startOn, dueOn: null as string | null, createdOn: addDays(startOn, -5) };
  // A recurring task is due at the end of its current period (docs/API.md, task).
  const dueOn = t.rec && t.rec !== 'none' ? periodContaining(t.rec, today, span).end : t.due === null ? null : addDays(today, t.due);
  span.dueOn = dueOn;
  const createdAt = atHour(span.createdOn, 9, 30);
  const indicators = (t.ind ?? []).map(([name, unitOfMeasure, baseline, target], position) => ({
    id: randomUUID(), taskId: id, position, name, unitOfMeasure, baseline: String(baseline), target: String(target),
  }));
  const reports: (typeof taskReports.$inferInsert)[] = [];
  const values: (typeof taskReportValues.$inferInsert)[] = [];
  const lead = look.unit(t.lead).id;
  const writer = look.writer(t.lead);
  const reviewer = look.reviewer(ownerKey);
  const nowMs = now.getTime();

  // The periods to report on: completed ones of the last year, from the task's start.
  const periods: Period[] = [];
  if (!isParent && writer) {
    if (cadence === 'once') {
      if (t.pct === 100 && dueOn && dueOn < today) periods.push({ key: 'once', start: startOn, end: dueOn });
    } else {
      let p = periodContaining(cadence, startOn > addDays(today, -YEAR_BACK) ? startOn : addDays(today, -YEAR_BACK), span);
      while (p.end < today) {
        periods.push(p);
        p = periodContaining(cadence, addDays(p.end, 1), span);
      }
    }
  }
  const file = (p: Period, percent: number, status: ProgressStatus, version: number, previousId: string | null, submitted: Date, reviewed: Date | null, state: 'submitted' | 'accepted' | 'returned', comment = '', unitId = lead, kind = 'report') => {
    const rid = randomUUID();
    reports.push({
      id: rid, taskId: id, unitId, kind, period: p.key, periodStart: p.start, periodEnd: p.end, status, percent,
      narrative: narrativeOf(t, p, percent, status, kind, rnd.next()), state, version, previousId, reviewComment: comment,
      reviewedBy: reviewed ? reviewer.id : null, reviewedAt: reviewed, submittedBy: (kind === 'report' ? writer : look.writer(unitId))?.id ?? null, submittedAt: submitted,
      createdBy: (kind === 'report' ? writer : look.writer(unitId))?.id ?? null, createdAt: new Date(submitted.getTime() - 26 * 3_600_000), updatedAt: reviewed ?? submitted,
    });
    for (const ind of indicators) {
      const v = Number(ind.baseline) + ((Number(ind.target) - Number(ind.baseline)) * percent) / 100;
      values.push({ reportId: rid, indicatorId: ind.id, value: String(Math.round(v)) });
    }
    return rid;
  };
  const yesterday = addDays(today, -1);
  // One draw: drawing again for the returned day could land after today (a report filed in the future).
  const filingDay = (p: Period) => {
    const day = addDays(p.end, rnd.int(2, 9));
    return day < yesterday ? day : yesterday;
  };
  const n = periods.length;
  let latest: { percent: number; status: ProgressStatus; end: string; version: number; reviewed: Date } | null = null;
  let lastFiled: Date | null = null;
  const keep = (percent: number, status: ProgressStatus, end: string, version: number, reviewed: Date) => {
    if (!latest || end > latest.end || (end === latest.end && version > latest.version)) latest = { percent, status, end, version, reviewed };
  };
  periods.forEach((p, i) => {
    const last = i === n - 1;
    const percent = Math.max(5, Math.round((t.pct * (i + 1)) / n));
    const status: ProgressStatus = last && t.pct === 100 ? 'done' : last && t.risk ? 'at_risk' : percent === 0 ? 'not_started' : 'on_track';
    const submitted = atHour(filingDay(p), rnd.int(8, 16), rnd.int(0, 59));
    lastFiled = submitted;
    let reviewed: Date | null = new Date(submitted.getTime() + rnd.int(1, 5) * 86_400_000 + rnd.int(1, 6) * 3_600_000);
    if (reviewed.getTime() >= nowMs - 3_600_000) reviewed = null;
    if (last && t.last === 'submitted') reviewed = null;
    if (last && typeof t.last === 'object') {
      // Returned the same evening at the latest: the demo always has one to put right.
      file(p, percent, status, 1, null, submitted, reviewed ?? new Date(submitted.getTime() + 2 * 3_600_000), 'returned', t.last.returned);
      return;
    }
    if (!reviewed) {
      file(p, percent, status, 1, null, submitted, null, 'submitted');
      return;
    }
    // The correction: an earlier period's accepted figure, put right in a second version.
    if (t.last === 'corrected' && i === n - 2) {
      const v1 = file(p, Math.max(0, percent - 10), status, 1, null, submitted, reviewed, 'accepted');
      const again = new Date(reviewed.getTime() + 2 * 86_400_000);
      const accepted = new Date(again.getTime() + 86_400_000);
      if (accepted.getTime() < nowMs) {
        file(p, percent, status, 2, v1, again, accepted, 'accepted');
        keep(percent, status, p.end, 2, accepted);
      } else keep(Math.max(0, percent - 10), status, p.end, 1, reviewed);
      return;
    }
    file(p, percent, status, 1, null, submitted, reviewed, 'accepted');
    keep(percent, status, p.end, 1, reviewed);
    // A supporting unit with an account sends its input on some periods.
    const helper = (t.sup ?? []).find((s) => look.writer(s));
    if (helper && rnd.next() < 0.4) file(p, percent, status, 1, null, new Date(submitted.getTime() - 2 * 86_400_000), reviewed, 'accepted', '', look.unit(helper).id, 'input');
  });
  const l = latest as { percent: number; status: ProgressStatus; reviewed: Date } | null;
  return {
    task: {
      startOn, dueOn, recurrence: t.rec ?? 'none', cadence, weight: t.w ?? 1, description: '',
      status: l?.status ?? 'not_started', percent: l?.percent ?? 0, doneAt: l?.status === 'done' ? l.reviewed : null,
      lastReportAt: lastFiled, createdAt, updatedAt: l ? new Date(Math.max(createdAt.getTime(), l.reviewed.getTime())) : createdAt,
    },
    indicators, reports, values,
  };
}
