import { z } from 'zod';
import { visibility } from '../../core/tenancy-schema.js';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { unitsByIds } from '../units/repo.js';
import { visibleTasks } from './repo-tasks.js';
import { directiveProgress, groupProgress, type Progress } from './progress.js';
import { todayIn } from './periods.js';
import { progressStatus } from './schema.js';
import { directiveKind, directiveStatus } from './schema.js';
import { directivePolicy } from './policy.js';
import { visibleDirectives, type Directive, type TaskGroup } from './repo-directives.js';
import type { Lang } from '../../i18n/index.js';

type Titled = { titleVi: string; titleEn: string; titleFr: string };

/** The title in the reader's language, falling back vi → en → fr. */
export const titleIn = (e: Titled, lang: Lang) => (lang === 'vi' ? e.titleVi : lang === 'en' ? e.titleEn : e.titleFr) || e.titleVi || e.titleEn || e.titleFr;
const summaryIn = (d: Directive, lang: Lang) => (lang === 'vi' ? d.summaryVi : lang === 'en' ? d.summaryEn : d.summaryFr) || d.summaryVi || d.summaryEn || d.summaryFr;

export const unitRefOut = z.object({ id: z.uuid(), nameVi: z.string(), nameEn: z.string(), nameFr: z.string() });
export type UnitRef = z.output<typeof unitRefOut>;
export const unitRef = (m: Map<string, UnitRef>, id: string): UnitRef => m.get(id) ?? { id, nameVi: '', nameEn: '', nameFr: '' };

export const progressOut = z.object({ percent: z.number().int(), status: z.enum(progressStatus.enumValues), tasks: z.number().int(), done: z.number().int(), late: z.number().int() });
const noProgress: Progress = { percent: 0, status: 'not_started', tasks: 0, done: 0, late: 0 };

export const directiveItemOut = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: z.enum(directiveKind.enumValues),
  issuingBody: z.string(),
  issuedOn: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  titleFr: z.string(),
  title: z.string(),
  status: z.enum(directiveStatus.enumValues),
  supersededById: z.uuid().nullable(),
  supersededBy: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  implementsTaskId: z.uuid().nullable(),
  implementsTask: z.object({ id: z.uuid(), title: z.string(), directiveId: z.uuid().nullable(), directiveCode: z.string().nullable() }).nullable(),
  ownerUnitId: z.uuid(),
  ownerUnit: unitRefOut,
  visibility: z.enum(visibility.enumValues),
  progress: progressOut,
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), addTask: z.boolean(), attach: z.boolean() }),
});
export const directiveOut = directiveItemOut.extend({
  summaryVi: z.string(),
  summaryEn: z.string(),
  summaryFr: z.string(),
  summary: z.string(),
  fullText: z.string(),
});
export type DirectiveItemOut = z.output<typeof directiveItemOut>;
export type DirectiveOut = z.output<typeof directiveOut>;

/** Rows of lists: links only to what the reader sees, progress from the stored roll-ups. */
export async function presentDirectiveItems(db: Database, scope: Scope, rows: Directive[], lang: Lang): Promise<DirectiveItemOut[]> {
  const today = todayIn();
  const [superseding, implemented, unitMap, progress] = await Promise.all([
    visibleDirectives(db, scope, rows.map((d) => d.supersededById)),
    visibleTasks(db, scope, rows.map((d) => d.implementsTaskId)),
    unitsByIds(db, rows.map((d) => d.ownerUnitId)),
    directiveProgress(db, rows.map((d) => d.id), today),
  ]);
  const parentDirectives = await visibleDirectives(db, scope, [...implemented.values()].map((t) => t.directiveId));
  return rows.map((d) => {
    const sup = d.supersededById ? superseding.get(d.supersededById) : undefined;
    const task = d.implementsTaskId ? implemented.get(d.implementsTaskId) : undefined;
    return {
      id: d.id,
      code: d.code,
      kind: d.kind,
      issuingBody: d.issuingBody,
      issuedOn: d.issuedOn,
      titleVi: d.titleVi,
      titleEn: d.titleEn,
      titleFr: d.titleFr,
      title: titleIn(d, lang),
      status: d.status,
      supersededById: d.supersededById,
      supersededBy: sup ? { id: sup.id, code: sup.code, title: titleIn(sup, lang) } : null,
      implementsTaskId: d.implementsTaskId,
      implementsTask: task
        ? { id: task.id, title: titleIn(task, lang), directiveId: task.directiveId, directiveCode: (task.directiveId && parentDirectives.get(task.directiveId)?.code) || null }
        : null,
      ownerUnitId: d.ownerUnitId,
      ownerUnit: unitRef(unitMap, d.ownerUnitId),
      visibility: d.visibility,
      progress: progress.get(d.id) ?? noProgress,
      createdAt: d.createdAt.toISOString(),
      updatedAt: d.updatedAt.toISOString(),
      can: directivePolicy.can(scope, d),
    };
  });
}

export async function presentDirective(db: Database, scope: Scope, d: Directive, lang: Lang): Promise<DirectiveOut> {
  const [item] = await presentDirectiveItems(db, scope, [d], lang);
  return { ...item!, summaryVi: d.summaryVi, summaryEn: d.summaryEn, summaryFr: d.summaryFr, summary: summaryIn(d, lang), fullText: d.fullText };
}

export const taskGroupOut = z.object({
  id: z.uuid(),
  directiveId: z.uuid(),
  position: z.number().int(),
  number: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  titleFr: z.string(),
  title: z.string(),
  description: z.string(),
  progress: progressOut,
});
export type TaskGroupOut = z.output<typeof taskGroupOut>;

export async function presentGroups(db: Database, directiveId: string, groups: TaskGroup[], lang: Lang): Promise<TaskGroupOut[]> {
  const progress = await groupProgress(db, directiveId, todayIn());
  return groups.map((g) => ({
    id: g.id,
    directiveId: g.directiveId,
    position: g.position,
    number: g.number,
    titleVi: g.titleVi,
    titleEn: g.titleEn,
    titleFr: g.titleFr,
    title: titleIn(g, lang),
    description: g.description,
    progress: progress.get(g.id) ?? noProgress,
  }));
}
