import { z } from 'zod';
import { visibility } from '../../core/tenancy-schema.js';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import type { Lang } from '../../i18n/index.js';
import { unitsByIds } from '../units/repo.js';
import { partnerName, titleIn as engagementTitle } from '../engagements/present.js';
import { groupsByIds, plansOf, visibleDirectives } from './repo-directives.js';
import { titleIn, unitRef, unitRefOut } from './present-directives.js';
import { progressStatus, reportingCadence, taskRecurrence } from './schema.js';
import { taskPolicy } from './policy.js';
import { effectiveStatus } from './rollup.js';
import { periodContaining, todayIn } from './periods.js';
import * as repo from './repo-tasks.js';
import type { Task } from './repo-tasks.js';

export const planOutSchema = z.object({ id: z.uuid(), code: z.string(), title: z.string(), ownerUnit: unitRefOut });

export const taskItemOut = z.object({
  id: z.uuid(),
  directiveId: z.uuid().nullable(),
  directive: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  groupId: z.uuid().nullable(),
  group: z.object({ id: z.uuid(), number: z.string(), title: z.string() }).nullable(),
  parentTaskId: z.uuid().nullable(),
  parent: z.object({ id: z.uuid(), title: z.string(), directiveId: z.uuid().nullable(), directiveCode: z.string().nullable() }).nullable(),
  position: z.number().int(),
  number: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  titleFr: z.string(),
  title: z.string(),
  leadUnitId: z.uuid(),
  leadUnit: unitRefOut,
  supportingUnitIds: z.array(z.uuid()),
  supportingUnits: z.array(unitRefOut),
  startOn: z.string().nullable(),
  dueOn: z.string().nullable(),
  recurrence: z.enum(taskRecurrence.enumValues),
  cadence: z.enum(reportingCadence.enumValues),
  weight: z.number().int(),
  fieldIds: z.array(z.uuid()),
  status: z.enum(progressStatus.enumValues),
  effectiveStatus: z.enum(progressStatus.enumValues),
  percent: z.number().int(),
  overdue: z.boolean(),
  doneAt: z.string().nullable(),
  lastReportAt: z.string().nullable(),
  nextReport: z.object({ period: z.string(), periodStart: z.string(), periodEnd: z.string(), dueOn: z.string(), filed: z.boolean() }).nullable(),
  proposalId: z.uuid().nullable(),
  childCount: z.number().int(),
  ownerUnitId: z.uuid(),
  ownerUnit: unitRefOut,
  visibility: z.enum(visibility.enumValues),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), report: z.boolean(), review: z.boolean(), cascade: z.boolean(), attach: z.boolean() }),
});
export const taskOut = taskItemOut.extend({
  description: z.string(),
  indicators: z.array(
    z.object({ id: z.uuid(), name: z.string(), unitOfMeasure: z.string(), baseline: z.string().nullable(), target: z.string().nullable(), latest: z.string().nullable() }),
  ),
  links: z.array(z.object({ entity: z.enum(['partner', 'engagement']), recordId: z.uuid(), label: z.string() })),
  plans: z.array(planOutSchema),
});
export type TaskItemOut = z.output<typeof taskItemOut>;
export type TaskOut = z.output<typeof taskOut>;
export type PlanOut = z.output<typeof planOutSchema>;

/** Numeric strings as stored ("12.5000") shown without trailing zeros ("12.5"). */
export function trimNumber(v: string): string;
export function trimNumber(v: string | null): string | null;
export function trimNumber(v: string | null) {
  return v === null ? null : v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
}

/** Rows of lists, trees and boards; what links out is shown only when the reader sees it. */
export async function presentTaskItems(db: Database, scope: Scope, rows: Task[], lang: Lang, now = new Date()): Promise<TaskItemOut[]> {
  const today = todayIn(now);
  const ids = rows.map((t) => t.id);
  const [supporting, fields, directives, groups, parents, children] = await Promise.all([
    repo.supportingOf(db, ids),
    repo.fieldsOf(db, ids),
    visibleDirectives(db, scope, rows.map((t) => t.directiveId)),
    groupsByIds(db, rows.map((t) => t.groupId)),
    repo.visibleTasks(db, scope, rows.map((t) => t.parentTaskId)),
    repo.childCounts(db, scope, ids),
  ]);
  const parentDirectives = await visibleDirectives(db, scope, [...parents.values()].map((p) => p.directiveId));
  const unitMap = await unitsByIds(db, rows.flatMap((t) => [t.leadUnitId, t.ownerUnitId, ...(supporting.get(t.id) ?? [])]));
  const periods = new Map(rows.map((t) => [t.id, periodContaining(t.cadence, today, { startOn: t.startOn, dueOn: t.dueOn, createdOn: todayIn(t.createdAt) })]));
  const filed = await repo.filedFor(db, rows.map((t) => ({ taskId: t.id, period: periods.get(t.id)!.key })));
  return rows.map((t) => {
    const sup = supporting.get(t.id) ?? [];
    const d = t.directiveId ? directives.get(t.directiveId) : undefined;
    // A group is part of its directive: shown only with a directive the reader sees.
    const g = t.groupId && d ? groups.get(t.groupId) : undefined;
    const p = t.parentTaskId ? parents.get(t.parentTaskId) : undefined;
    const period = periods.get(t.id)!;
    const effective = effectiveStatus(t.status, t.dueOn, today);
    return {
      id: t.id,
      // The id of a directive or parent the reader cannot see is not shown either (nor its title).
      directiveId: d ? t.directiveId : null,
      directive: d ? { id: d.id, code: d.code, title: titleIn(d, lang) } : null,
      // Kept whatever the reader sees: the edit form sends it back (a PATCH without it would leave the group).
      groupId: t.groupId,
      group: g ? { id: g.id, number: g.number, title: titleIn(g, lang) } : null,
      parentTaskId: p ? t.parentTaskId : null,
      parent: p ? { id: p.id, title: titleIn(p, lang), directiveId: (p.directiveId && parentDirectives.has(p.directiveId) && p.directiveId) || null, directiveCode: (p.directiveId && parentDirectives.get(p.directiveId)?.code) || null } : null,
      position: t.position,
      number: t.number,
      titleVi: t.titleVi,
      titleEn: t.titleEn,
      titleFr: t.titleFr,
      title: titleIn(t, lang),
      leadUnitId: t.leadUnitId,
      leadUnit: unitRef(unitMap, t.leadUnitId),
      supportingUnitIds: sup,
      supportingUnits: sup.map((u) => unitRef(unitMap, u)),
      startOn: t.startOn,
      dueOn: t.dueOn,
      recurrence: t.recurrence,
      cadence: t.cadence,
      weight: t.weight,
      fieldIds: fields.get(t.id) ?? [],
      status: t.status,
      effectiveStatus: effective,
      percent: t.percent,
      overdue: t.status !== 'done' && t.dueOn !== null && t.dueOn < today,
      doneAt: t.doneAt?.toISOString() ?? null,
      lastReportAt: t.lastReportAt?.toISOString() ?? null,
      nextReport: t.status === 'done' ? null : { period: period.key, periodStart: period.start, periodEnd: period.end, dueOn: period.end, filed: filed.has(`${t.id}:${period.key}`) },
      proposalId: t.proposalId,
      childCount: children.get(t.id) ?? 0,
      ownerUnitId: t.ownerUnitId,
      ownerUnit: unitRef(unitMap, t.ownerUnitId),
      visibility: t.visibility,
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
      can: taskPolicy.can(scope, { ...t, supportingUnitIds: sup }),
    };
  });
}

export async function plansFor(db: Database, scope: Scope, taskIds: string[], lang: Lang): Promise<Map<string, PlanOut[]>> {
  const plans = await plansOf(db, scope, taskIds);
  const unitMap = await unitsByIds(db, [...plans.values()].flat().map((p) => p.ownerUnitId));
  return new Map([...plans].map(([id, list]) => [id, list.map((p) => ({ id: p.id, code: p.code, title: titleIn(p, lang), ownerUnit: unitRef(unitMap, p.ownerUnitId) }))]));
}

export async function presentTask(db: Database, scope: Scope, t: Task, lang: Lang): Promise<TaskOut> {
  const [[item], indicators, latest, stored, plans] = await Promise.all([
    presentTaskItems(db, scope, [t], lang),
    repo.indicatorsOf(db, t.id),
    repo.latestValues(db, t.id),
    repo.linksOf(db, t.id),
    plansFor(db, scope, [t.id], lang),
  ]);
  const seen = await repo.visibleLinks(db, scope, stored);
  const links = stored.flatMap((l): TaskOut['links'] => {
    if (l.entity === 'partner') {
      const p = seen.partners.get(l.recordId);
      return p ? [{ entity: 'partner' as const, recordId: l.recordId, label: partnerName(p, lang) }] : [];
    }
    const e = seen.engagements.get(l.recordId);
    return e ? [{ entity: 'engagement' as const, recordId: l.recordId, label: engagementTitle(e, lang) }] : [];
  });
  return {
    ...item!,
    description: t.description,
    indicators: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      unitOfMeasure: i.unitOfMeasure,
      baseline: trimNumber(i.baseline),
      target: trimNumber(i.target),
      latest: trimNumber(latest.get(i.id) ?? null),
    })),
    links,
    plans: plans.get(t.id) ?? [],
  };
}
