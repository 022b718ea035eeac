import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { orderBy } from '../../core/pagination.js';
import { foldedTokens } from '../../core/search.js';
import { countries, cooperationFields, relationshipGroups, type Country, type RelationshipGroup } from './schema.js';

// Effective names: an administrator's override wins over the package's name.
const effVi = sql<string>`coalesce(nullif(${countries.overrideVi}, ''), ${countries.nameVi})`;
const effEn = sql<string>`coalesce(nullif(${countries.overrideEn}, ''), ${countries.nameEn})`;
const effFr = sql<string>`coalesce(nullif(${countries.overrideFr}, ''), ${countries.nameFr})`;

/** Every name a country is known by (overrides and the package's), folded once for search. */
const searchable = sql`amity_fold(concat_ws(' ', ${countries.code}, ${countries.nameVi}, ${countries.nameEn}, ${countries.nameFr},
  ${countries.overrideVi}, ${countries.overrideEn}, ${countries.overrideFr}))`;

export interface CountryFilter {
  q?: string;
  region?: string;
  groupId?: string;
  sort?: string;
}

export async function listCountries(db: Database, f: CountryFilter, limit: number, offset: number) {
  const where = and(
    ...foldedTokens(f.q).map((token) => sql`${searchable} like '%' || amity_fold(${token}) || '%'`),
    f.region ? eq(countries.region, f.region) : undefined,
    f.groupId ? eq(countries.relationshipGroupId, f.groupId) : undefined,
  );
  const order = orderBy(
    f.sort,
    { code: countries.code, nameVi: sql`amity_fold(${effVi})`, nameEn: sql`amity_fold(${effEn})`, nameFr: sql`amity_fold(${effFr})`, region: countries.region },
    'nameVi',
  );
  const [items, [total]] = await Promise.all([
    db.select().from(countries).where(where).orderBy(...order, asc(countries.code)).limit(limit).offset(offset),
    db.select({ n: count() }).from(countries).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export const allCountries = (db: Database) => db.select().from(countries).orderBy(sql`amity_fold(${effVi})`, asc(countries.code));

export async function findCountry(db: Database, code: string): Promise<Country | undefined> {
  const [row] = await db.select().from(countries).where(eq(countries.code, code));
  return row;
}

/** Effective country names (an administrator's override wins), by code. */
export async function countryNames(db: Database, codes: (string | null)[]) {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  if (wanted.length === 0) return new Map<string, { code: string; nameVi: string; nameEn: string; nameFr: string }>();
  const rows = await db.select().from(countries).where(inArray(countries.code, wanted));
  return new Map(
    rows.map((c) => [c.code, { code: c.code, nameVi: c.overrideVi || c.nameVi, nameEn: c.overrideEn || c.nameEn, nameFr: c.overrideFr || c.nameFr }]),
  );
}

export async function countryCodesInGroup(db: Database, groupId: string): Promise<string[]> {
  const rows = await db.select({ code: countries.code }).from(countries).where(eq(countries.relationshipGroupId, groupId)).orderBy(asc(countries.code));
  return rows.map((r) => r.code);
}

export type CountryPatch = Partial<Pick<Country, 'overrideVi' | 'overrideEn' | 'overrideFr' | 'relationshipGroupId'>>;

export async function updateCountry(db: Database, code: string, values: CountryPatch): Promise<Country> {
  const [row] = await db.update(countries).set({ ...values, updatedAt: new Date() }).where(eq(countries.code, code)).returning();
  return row!;
}

// Relationship groups and cooperation fields share one shape: key, three names, sort.

export type ListKind = 'group' | 'field';
const tables = { group: relationshipGroups, field: cooperationFields } as const;
export type ListItem = RelationshipGroup; // the two tables have the same columns
export type ListItemWithUsage = ListItem & { usage: number };
export type ListItemInsert = Pick<ListItem, 'key' | 'nameVi' | 'nameEn' | 'nameFr'> & { sort?: number };

/** How many records use an item: countries for a group, partners for a field. */
function usage(kind: ListKind): SQL<number> {
  return kind === 'group'
    ? sql<number>`(select count(*)::int from countries c where c.relationship_group_id = "relationship_groups"."id")`
    : sql<number>`(select count(*)::int from partner_fields pf where pf.field_id = "cooperation_fields"."id")`;
}

export async function listItems(db: Database, kind: ListKind): Promise<ListItemWithUsage[]> {
  const t = tables[kind];
  return db
    .select({ ...columnsOf(kind), usage: usage(kind) })
    .from(t)
    .orderBy(asc(t.sort), sql`amity_fold(${t.nameVi})`);
}

export async function findItem(db: Database, kind: ListKind, id: string): Promise<ListItemWithUsage | undefined> {
  const t = tables[kind];
  const [row] = await db.select({ ...columnsOf(kind), usage: usage(kind) }).from(t).where(eq(t.id, id));
  return row;
}

export async function keyTaken(db: Database, kind: ListKind, key: string, exceptId?: string): Promise<boolean> {
  const t = tables[kind];
  const [row] = await db.select({ id: t.id }).from(t).where(eq(t.key, key));
  return !!row && row.id !== exceptId;
}

export async function insertItem(db: Database, kind: ListKind, values: ListItemInsert): Promise<ListItem> {
  const t = tables[kind];
  // A new item goes last unless a place is given.
  const sort = values.sort ?? (await db.select({ n: sql<number>`coalesce(max(${t.sort}), 0)::int + 10` }).from(t))[0]!.n;
  const [row] = await db.insert(t).values({ ...values, sort }).returning();
  return row!;
}

export async function updateItem(db: Database, kind: ListKind, id: string, values: Partial<ListItemInsert>): Promise<ListItem> {
  const t = tables[kind];
  const [row] = await db.update(t).set({ ...values, updatedAt: new Date() }).where(eq(t.id, id)).returning();
  return row!;
}

export async function deleteItem(db: Database, kind: ListKind, id: string): Promise<void> {
  const t = tables[kind];
  await db.delete(t).where(eq(t.id, id));
}

/** Which of these cooperation fields exist. */
export async function findFieldIds(db: Database, ids: string[]): Promise<string[]> {
  const rows = await db.select({ id: cooperationFields.id }).from(cooperationFields).where(inArray(cooperationFields.id, ids));
  return rows.map((r) => r.id);
}

function columnsOf(kind: ListKind) {
  const t = tables[kind];
  return { id: t.id, key: t.key, nameVi: t.nameVi, nameEn: t.nameEn, nameFr: t.nameFr, sort: t.sort, createdAt: t.createdAt, updatedAt: t.updatedAt };
}
