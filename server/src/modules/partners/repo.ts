import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { union } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { scopedTable } from '../../core/tenancy.js';
import { foldedTokens } from '../../core/search.js';
import { countries } from '../countries/schema.js';
import { partners, partnerContacts, partnerFields, partnerEvents, type Partner, type PartnerContact, type PartnerType } from './schema.js';
import { nameOrder, nameStartsWith, resolveSearch, SEARCH_CAP, searchScore, searchWhere, type ResolvedSearch } from './repo-search.js';

/** Every read, update and delete of a partner goes through the visibility scope. */
export const scopedPartners = scopedTable(partners, 'partner');

export interface PartnerFilter {
  q?: string;
  type?: PartnerType;
  countryCode?: string;
  groupId?: string;
  fieldId?: string;
  priority?: number;
  status?: Partner['status'];
  unitId?: string;
  tag?: string;
  visibility?: Partner['visibility'];
  sort?: string;
  /** `q` resolved against the word dictionary (resolveFilter); filterWhere needs it when q is set. */
  search?: ResolvedSearch;
}

/** Resolves the search words (typo look-ups) once, before the filter is turned into SQL. */
export async function resolveFilter(db: Database, f: PartnerFilter): Promise<PartnerFilter> {
  return f.q && !f.search ? { ...f, search: await resolveSearch(db, f.q) } : f;
}

type FacetKey = 'type' | 'countryCode' | 'groupId' | 'fieldId' | 'priority' | 'status' | 'unitId' | 'tag';

/** Filters as SQL; `except` leaves one out, for that facet's own counts. */
export function filterWhere(scope: Scope, f: PartnerFilter, except?: FacetKey): SQL {
  const on = (k: FacetKey, v: unknown) => except !== k && v !== undefined && v !== '';
  if (f.q && foldedTokens(f.q).length > 0 && !f.search) throw new Error('filterWhere: resolve the search first (resolveFilter)');
  return scopedPartners.where(
    scope,
    and(
      searchWhere(f.search),
      on('type', f.type) ? eq(partners.type, f.type!) : undefined,
      on('countryCode', f.countryCode) ? eq(partners.countryCode, f.countryCode!) : undefined,
      on('groupId', f.groupId)
        ? sql`${partners.countryCode} in (select code from countries where relationship_group_id = ${f.groupId})`
        : undefined,
      on('fieldId', f.fieldId) ? sql`exists (select 1 from partner_fields pf where pf.partner_id = ${partners.id} and pf.field_id = ${f.fieldId})` : undefined,
      on('priority', f.priority) ? eq(partners.priority, f.priority!) : undefined,
      on('status', f.status) ? eq(partners.status, f.status!) : undefined,
      on('unitId', f.unitId) ? eq(partners.ownerUnitId, f.unitId!) : undefined,
      on('tag', f.tag) ? sql`${partners.tags} @> array[${f.tag}]::text[]` : undefined,
      f.visibility ? eq(partners.visibility, f.visibility) : undefined,
    ),
  );
}

function sortOf(f: PartnerFilter): SQL[] {
  const name = nameOrder;
  switch (f.sort) {
    case 'name':
      return [asc(name)];
    case '-name':
      return [desc(name)];
    case 'updatedAt':
      return [asc(partners.updatedAt)];
    case '-updatedAt':
      return [desc(partners.updatedAt)];
    case 'priority':
      return [asc(partners.priority), asc(name)];
    case '-priority':
      return [desc(partners.priority), asc(name)];
    default:
      return f.search ? [desc(searchScore(f.search)), asc(name)] : [desc(partners.updatedAt)];
  }
}

/**
 * One page of partners. With a search, the count stops above `cap` (the answer says so:
 * "1,000+"), and so many matches are listed in name order instead of by the per-row score:
 * both keep a search for a common word fast on 100,000 partners (BENCHMARKS.md).
 */
export async function listPartners(db: Database, scope: Scope, filter: PartnerFilter, limit: number, offset: number, cap = SEARCH_CAP) {
  const f = await resolveFilter(db, filter);
  const where = filterWhere(scope, f);
  const present = (rows: { partner: Partner; score: number }[]) => rows.map((r) => ({ ...r.partner, score: Number(r.score) }));
  if (!f.search) {
    const [items, [total]] = await Promise.all([
      db.select({ partner: partners, score: sql<number>`0::float8` }).from(partners).where(where).orderBy(...sortOf(f), asc(partners.id)).limit(limit).offset(offset),
      db.select({ n: count() }).from(partners).where(where),
    ]);
    return { items: present(items), total: total?.n ?? 0, capped: false };
  }
  // At most cap + 1 matches, plus the names that start with the query (few, found through the
  // name prefix index): read once, as a CTE named like the table, so the same filter, score and
  // order expressions apply to it (inside its own definition the name still means the table).
  const q = f.search.q;
  const matches = db.$with('partners').as(
    union(
      db.select().from(partners).where(where).limit(cap + 1),
      // A name starting with the whole query matches every word of it: only the other filters apply,
      // so the prefix index alone finds these (the words' trigram conditions would draw the planner to a scan).
      db.select().from(partners).where(and(filterWhere(scope, { ...f, q: undefined, search: undefined }), nameStartsWith(q))).limit(PREFIX_ROWS),
    ),
  );
  // The score is cheap (string tests), so every match read gets one; the count is an uncorrelated
  // subquery (run once); ORDER BY names the output column, so the score is computed once a row.
  const matched = sql`(select count(*) from "partners")`;
  const score = searchScore(f.search).as('score');
  const explicit = f.sort !== undefined && SORTS.has(f.sort);
  const page = await db
    .with(matches)
    .select({ partner: partners, score, total: sql<number>`${matched}::int`.as('total') })
    .from(partners)
    .orderBy(...(explicit ? sortOf(f) : [sql`"score" desc`, asc(nameOrder)]), asc(partners.id))
    .limit(limit)
    .offset(offset);
  const n = page[0] ? Number(page[0].total) : offset > 0 ? Number((await db.with(matches).select({ n: count() }).from(partners))[0]?.n ?? 0) : 0;
  if (n <= cap) return { items: present(page), total: n, capped: false };
  if (!explicit) return { items: present(page), total: cap, capped: true };
  // More than cap matches in an order asked for: the page comes from all of them.
  const items = await db
    .select({ partner: partners, score: sql<number>`0::float8` })
    .from(partners)
    .where(where)
    .orderBy(...sortOf(f), asc(partners.id))
    .limit(limit)
    .offset(offset);
  return { items: present(items), total: cap, capped: true };
}

/** The next `limit` partners the filter finds after `after`, in folded-name order (keyset: the export's batches). */
export async function partnersAfter(db: Database, scope: Scope, f: PartnerFilter, after: { key: string; id: string } | undefined, limit: number): Promise<Partner[]> {
  return db
    .select()
    .from(partners)
    .where(and(filterWhere(scope, f), after ? sql`(${partners.nameKey}, ${partners.id}) > (${after.key}, ${after.id})` : undefined))
    .orderBy(asc(partners.nameKey), asc(partners.id))
    .limit(limit);
}

/** Names starting with the query, added to the first matches of a search that finds very many. */
const PREFIX_ROWS = 200;

const SORTS = new Set(['name', '-name', 'updatedAt', '-updatedAt', 'priority', '-priority']);

/** Counts per facet value among visible partners; each facet ignores its own filter. */
export async function facetCounts(db: Database, scope: Scope, filter: PartnerFilter) {
  const f = await resolveFilter(db, filter);
  const simple = async (key: FacetKey, col: SQL | typeof partners.type) => {
    const rows = await db
      .select({ value: sql<string>`${col}::text`, count: count() })
      .from(partners)
      .where(and(filterWhere(scope, f, key), sql`${col} is not null`))
      .groupBy(sql`1`)
      .orderBy(desc(count()))
      .limit(300);
    return rows;
  };
  const type = await simple('type', partners.type);
  const countryCode = await simple('countryCode', sql`${partners.countryCode}`);
  const priority = await simple('priority', sql`${partners.priority}`);
  const status = await simple('status', sql`${partners.status}`);
  const unitId = await simple('unitId', sql`${partners.ownerUnitId}`);
  const groupId = await db
    .select({ value: sql<string>`${countries.relationshipGroupId}::text`, count: count() })
    .from(partners)
    .innerJoin(countries, eq(countries.code, partners.countryCode))
    .where(and(filterWhere(scope, f, 'groupId'), sql`${countries.relationshipGroupId} is not null`))
    .groupBy(countries.relationshipGroupId);
  const fieldId = await db
    .select({ value: sql<string>`${partnerFields.fieldId}::text`, count: count() })
    .from(partners)
    .innerJoin(partnerFields, eq(partnerFields.partnerId, partners.id))
    .where(filterWhere(scope, f, 'fieldId'))
    .groupBy(partnerFields.fieldId);
  const tag = (
    await db.execute<{ value: string; count: number }>(sql`
      select t.tag as value, count(*)::int as count
      from ${partners}, unnest(${partners.tags}) as t(tag)
      where ${filterWhere(scope, f, 'tag')}
      group by t.tag order by count(*) desc, t.tag limit 50`)
  ).rows;
  return { type, countryCode, groupId, fieldId, priority, status, unitId, tag };
}

export type PartnerValues = Omit<typeof partners.$inferInsert, 'id' | 'searchText' | 'nameKey' | 'createdAt' | 'updatedAt'>;

export async function insertPartner(db: Database, values: PartnerValues): Promise<Partner> {
  const [row] = await db.insert(partners).values(values).returning();
  return row!;
}

export interface ContactValues {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

export async function replaceContacts(db: Database, partnerId: string, contacts: ContactValues[]): Promise<void> {
  await db.delete(partnerContacts).where(eq(partnerContacts.partnerId, partnerId));
  if (contacts.length === 0) return;
  await db.insert(partnerContacts).values(
    contacts.map((c, i) => ({ partnerId, name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '', sort: i })),
  );
}

export async function replaceFields(db: Database, partnerId: string, fieldIds: string[]): Promise<void> {
  await db.delete(partnerFields).where(eq(partnerFields.partnerId, partnerId));
  if (fieldIds.length === 0) return;
  await db.insert(partnerFields).values([...new Set(fieldIds)].map((fieldId) => ({ partnerId, fieldId })));
}

/** Contacts and field ids of several partners at once (one query each, not one per partner). */
export async function partnerDetails(db: Database, ids: string[]) {
  if (ids.length === 0) return { contacts: new Map(), fields: new Map<string, string[]>() };
  const [contacts, fields] = await Promise.all([
    db.select().from(partnerContacts).where(inArray(partnerContacts.partnerId, ids)).orderBy(asc(partnerContacts.sort)),
    db.select().from(partnerFields).where(inArray(partnerFields.partnerId, ids)),
  ]);
  const byPartner = <T extends { partnerId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.partnerId, [...(m.get(r.partnerId) ?? []), r]);
    return m;
  };
  const f = new Map<string, string[]>();
  for (const [k, v] of byPartner(fields)) f.set(k, v.map((x) => x.fieldId));
  return { contacts: byPartner(contacts), fields: f };
}

/** One contact point of a partner. */
export async function findContact(db: Database, partnerId: string, contactId: string): Promise<PartnerContact | undefined> {
  const [row] = await db.select().from(partnerContacts).where(and(eq(partnerContacts.id, contactId), eq(partnerContacts.partnerId, partnerId)));
  return row;
}

export async function addEvent(
  db: Database,
  partner: Pick<Partner, 'id' | 'ownerUnitId' | 'visibility'>,
  e: { kind: string; actorId: string | null; refEntity?: string; refId?: string; data?: unknown },
): Promise<void> {
  await db.insert(partnerEvents).values({
    partnerId: partner.id,
    kind: e.kind,
    actorId: e.actorId,
    refEntity: e.refEntity ?? 'partner',
    refId: e.refId ?? partner.id,
    data: e.data ?? null,
    ownerUnitId: partner.ownerUnitId,
    visibility: partner.visibility,
  });
}
