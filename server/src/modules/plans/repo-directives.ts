import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { scopedTable } from '../../core/tenancy.js';
import { foldedTokens } from '../../core/search.js';
import type { Lang } from '../../i18n/index.js';
import { directives, taskGroups, type DirectiveKind, type DirectiveStatus } from './schema.js';


/** Every read, update and delete of a directive goes through the visibility scope. */
export const scopedDirectives = scopedTable(directives, 'directive');

export type Directive = typeof directives.$inferSelect;
export type TaskGroup = typeof taskGroups.$inferSelect;
export type DirectiveValues = Omit<typeof directives.$inferInsert, 'id' | 'searchText' | 'createdAt' | 'updatedAt'>;

export interface DirectiveFilter {
  q?: string;
  kind?: DirectiveKind;
  status?: DirectiveStatus;
  unitId?: string;
  year?: number;
  implementsTaskId?: string;
  sort?: string;
}

const titleKey = (lang: Lang) => {
  const own = { vi: directives.titleVi, en: directives.titleEn, fr: directives.titleFr }[lang];
  return sql`amity_fold(coalesce(nullif(${own}, ''), nullif(${directives.titleVi}, ''), nullif(${directives.titleEn}, ''), ${directives.titleFr}))`;
};

function sortOf(sort: string | undefined, lang: Lang): SQL[] {
  switch (sort) {
    case 'issuedOn':
      return [asc(directives.issuedOn)];
    case 'code':
      return [asc(directives.code)];
    case '-code':
      return [desc(directives.code)];
    case 'title':
      return [asc(titleKey(lang))];
    case '-title':
      return [desc(titleKey(lang))];
    case 'updatedAt':
      return [asc(directives.updatedAt)];
    case '-updatedAt':
      return [desc(directives.updatedAt)];
    default:
      return [desc(directives.issuedOn)];
  }
}

export async function listDirectives(db: Database, scope: Scope, f: DirectiveFilter, lang: Lang, limit: number, offset: number) {
  const where = scopedDirectives.where(
    scope,
    and(
      ...foldedTokens(f.q).map((w) => sql`${directives.searchText} like '%' || amity_fold(${w}) || '%'`),
      f.kind ? eq(directives.kind, f.kind) : undefined,
      f.status ? eq(directives.status, f.status) : undefined,
      f.unitId ? eq(directives.ownerUnitId, f.unitId) : undefined,
      f.year ? sql`extract(year from ${directives.issuedOn}) = ${f.year}` : undefined,
      f.implementsTaskId ? eq(directives.implementsTaskId, f.implementsTaskId) : undefined,
    ),
  );
  const [items, [total]] = await Promise.all([
    db.select().from(directives).where(where).orderBy(...sortOf(f.sort, lang), asc(directives.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(directives).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function insertDirective(db: Database, values: DirectiveValues): Promise<Directive> {
  const [row] = await db.insert(directives).values(values).returning();
  await refreshSearchText(db, row!.id);
  return row!;
}

/** What the list's search box matches: code, titles, issuing body (folded). */
export async function refreshSearchText(db: Database, id: string) {
  await db.execute(sql`update directives d set search_text = amity_fold(concat_ws(' ', d.code, d.title_vi, d.title_en, d.title_fr, d.issuing_body))
    where d.id = ${id}`);
}

/** Of these directive ids, the visible ones (id → row). */
export async function visibleDirectives(db: Database, scope: Scope, ids: (string | null)[]): Promise<Map<string, Directive>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map();
  const rows = await db.select().from(directives).where(scopedDirectives.where(scope, inArray(directives.id, list)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Visible plans implementing these tasks (task id → plans). */
export async function plansOf(db: Database, scope: Scope, taskIds: string[]): Promise<Map<string, Directive[]>> {
  const out = new Map<string, Directive[]>(taskIds.map((id) => [id, []]));
  if (taskIds.length === 0) return out;
  const rows = await db
    .select()
    .from(directives)
    .where(scopedDirectives.where(scope, inArray(directives.implementsTaskId, taskIds)))
    .orderBy(asc(directives.code));
  for (const r of rows) out.get(r.implementsTaskId!)?.push(r);
  return out;
}

// Task groups have no owner of their own: they are reached through their (scoped) directive.

export async function groupsOf(db: Database, directiveId: string): Promise<TaskGroup[]> {
  return db.select().from(taskGroups).where(eq(taskGroups.directiveId, directiveId)).orderBy(asc(taskGroups.position), asc(taskGroups.createdAt), asc(taskGroups.id));
}

export async function groupsByIds(db: Database, ids: (string | null)[]): Promise<Map<string, TaskGroup>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map();
  const rows = await db.select().from(taskGroups).where(inArray(taskGroups.id, list));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function findGroup(db: Database, id: string): Promise<TaskGroup | undefined> {
  const [row] = await db.select().from(taskGroups).where(eq(taskGroups.id, id));
  return row;
}

export async function insertGroup(db: Database, values: Omit<typeof taskGroups.$inferInsert, 'id' | 'createdAt'>): Promise<TaskGroup> {
  const [row] = await db.insert(taskGroups).values(values).returning();
  return row!;
}

export async function updateGroup(db: Database, id: string, values: Partial<typeof taskGroups.$inferInsert>): Promise<TaskGroup> {
  const [row] = await db.update(taskGroups).set(values).where(eq(taskGroups.id, id)).returning();
  return row!;
}

export async function deleteGroup(db: Database, id: string): Promise<void> {
  await db.delete(taskGroups).where(eq(taskGroups.id, id));
}

export async function nextGroupPosition(db: Database, directiveId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`coalesce(max(${taskGroups.position}) + 1, 0)::int` }).from(taskGroups).where(eq(taskGroups.directiveId, directiveId));
  return row?.n ?? 0;
}

/** Whether a directive is in use: one of its tasks has an accepted report or is implemented by another unit's plan. */
export async function directiveInUse(db: Database, id: string): Promise<boolean> {
  const { rows } = await db.execute<{ used: boolean }>(sql`select exists (
      select 1 from tasks t join task_reports r on r.task_id = t.id and r.state = 'accepted' where t.directive_id = ${id}
    ) or exists (
      select 1 from tasks t join directives p on p.implements_task_id = t.id where t.directive_id = ${id} and p.id <> ${id}
    ) or exists (
      select 1 from tasks t join tasks c on c.parent_task_id = t.id where t.directive_id = ${id} and c.directive_id is distinct from ${id}
    ) as used`);
  return !!rows[0]?.used;
}

/** Parents outside the directive of its tasks (a plan's tasks implement another directive's task): their roll-up changes when it goes. */
export async function outsideParents(db: Database, directiveId: string): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(sql`select distinct p.id from tasks t join tasks p on p.id = t.parent_task_id
    where t.directive_id = ${directiveId} and p.directive_id is distinct from ${directiveId}`);
  return rows.map((r) => r.id);
}

export async function taskIdsOf(db: Database, directiveId: string): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(sql`select id from tasks where directive_id = ${directiveId}`);
  return rows.map((r) => r.id);
}

/** A directive's tasks carry its owner and visibility (copied at creation, kept in step on edit); answers each changed task's before and after. */
export async function syncTaskOwnership(db: Database, d: Directive) {
  const { rows } = await db.execute<{ id: string; before_owner: string; before_visibility: string }>(sql`
    update tasks t set owner_unit_id = ${d.ownerUnitId}, visibility = ${d.visibility}
    from tasks old where old.id = t.id and t.directive_id = ${d.id}
      and (old.owner_unit_id <> ${d.ownerUnitId} or old.visibility <> ${d.visibility})
    returning t.id, old.owner_unit_id as before_owner, old.visibility::text as before_visibility`);
  return rows.map((r) => ({ id: r.id, before: { ownerUnitId: r.before_owner, visibility: r.before_visibility }, after: { ownerUnitId: d.ownerUnitId, visibility: d.visibility } }));
}
