import { and, asc, count, eq, getTableColumns, inArray, like, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { units, type Unit } from '../../core/tenancy-schema.js';
import { orderBy } from '../../core/pagination.js';
import { foldedTokens } from '../../core/search.js';
import { sessionCache } from '../../core/session-cache.js';

// Units are the organisation chart: every signed-in user sees all of them;
// what one may change is decided in policy.ts.

export type UnitInsert = Pick<Unit, 'nameVi' | 'nameEn' | 'nameFr' | 'kind' | 'pillar' | 'level'>;

const withCounts = {
  ...getTableColumns(units),
  // Written out in full: Drizzle may print an unqualified "id", which the subquery would capture.
  childCount: sql<number>`(select count(*)::int from units c where c.parent_id = "units"."id")`,
  userCount: sql<number>`(select count(*)::int from users u where u.unit_id = "units"."id")`,
};

export type UnitWithCounts = Unit & { childCount: number; userCount: number };

export async function findUnit(db: Database, id: string): Promise<UnitWithCounts | undefined> {
  const [row] = await db.select(withCounts).from(units).where(eq(units.id, id));
  return row;
}

export async function rootUnit(db: Database): Promise<Unit | undefined> {
  const [row] = await db.select().from(units).where(sql`${units.parentId} is null`).orderBy(asc(units.createdAt)).limit(1);
  return row;
}

export interface UnitFilter {
  q?: string;
  parentId?: string;
  sort?: string;
}

export async function listUnits(db: Database, f: UnitFilter, limit: number, offset: number) {
  const where = and(
    ...foldedTokens(f.q).map(
      (token) => sql`amity_fold(${units.nameVi} || ' ' || ${units.nameEn} || ' ' || ${units.nameFr}) like '%' || amity_fold(${token}) || '%'`,
    ),
    f.parentId ? eq(units.parentId, f.parentId) : undefined,
  );
  const order = orderBy(f.sort, { nameVi: sql`amity_fold(${units.nameVi})`, nameEn: sql`amity_fold(${units.nameEn})`, nameFr: sql`amity_fold(${units.nameFr})`, depth: units.depth, createdAt: units.createdAt }, 'nameVi');
  const [items, [total]] = await Promise.all([
    db.select(withCounts).from(units).where(where).orderBy(...order, asc(units.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The whole tree, parents before children. */
export const unitTreeQuery = (db: Database) => db.select(withCounts).from(units).orderBy(asc(units.depth), sql`amity_fold(${units.nameVi})`);

export async function unitTree(db: Database): Promise<UnitWithCounts[]> {
  return unitTreeQuery(db);
}

export async function insertUnit(db: Database, parent: Unit | null, values: UnitInsert): Promise<Unit> {
  sessionCache.clear(); // cached scopes list subtrees
  const id = crypto.randomUUID();
  const path = `${parent?.path ?? '/'}${id}/`;
  const [row] = await db
    .insert(units)
    .values({ ...values, id, parentId: parent?.id ?? null, path, depth: (parent?.depth ?? -1) + 1 })
    .returning();
  return row!;
}

export async function updateUnit(db: Database, id: string, values: Partial<UnitInsert>): Promise<Unit> {
  const [row] = await db.update(units).set({ ...values, updatedAt: new Date() }).where(eq(units.id, id)).returning();
  return row!;
}

/** Re-roots a subtree: every descendant's path and depth follow. */
export async function moveSubtree(db: Database, unit: Unit, parent: Unit): Promise<void> {
  sessionCache.clear();
  const newPath = `${parent.path}${unit.id}/`;
  const delta = parent.depth + 1 - unit.depth;
  await db
    .update(units)
    .set({
      path: sql`${newPath} || substr(${units.path}, ${unit.path.length + 1})`,
      depth: sql`${units.depth} + ${delta}`,
      updatedAt: new Date(),
    })
    .where(like(units.path, `${unit.path}%`));
  await db.update(units).set({ parentId: parent.id }).where(eq(units.id, unit.id));
}

export async function deleteUnit(db: Database, id: string): Promise<void> {
  sessionCache.clear();
  await db.delete(units).where(eq(units.id, id));
}

/** Ids of a unit's ancestors (from its path) and of its whole subtree. */
export async function unitRelatives(db: Database, unitId: string) {
  const [unit] = await db.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!unit) return { ancestors: [], subtree: [] };
  const subtree = await db.select({ id: units.id }).from(units).where(like(units.path, `${unit.path}%`));
  const ancestors = unit.path.split('/').filter((s) => s && s !== unitId);
  return { ancestors, subtree: subtree.map((r) => r.id) };
}

/** Units by id, for presenting records with their unit's names (one query for a page). */
export async function unitsByIds(db: Database, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; nameVi: string; nameEn: string; nameFr: string }>();
  const rows = await db
    .select({ id: units.id, nameVi: units.nameVi, nameEn: units.nameEn, nameFr: units.nameFr })
    .from(units)
    .where(inArray(units.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
