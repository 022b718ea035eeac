import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { scopedTable } from '../../core/tenancy.js';
import { countries } from '../countries/schema.js';
import { partners, partnerContacts, partnerFields, partnerEvents, type Partner, type PartnerType } from './schema.js';
import { searchScore, searchWhere } from './search.js';

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
}

type FacetKey = 'type' | 'countryCode' | 'groupId' | 'fieldId' | 'priority' | 'status' | 'unitId' | 'tag';

/** Filters as SQL; `except` leaves one out, for that facet's own counts. */
export function filterWhere(scope: Scope, f: PartnerFilter, except?: FacetKey): SQL {
  const on = (k: FacetKey, v: unknown) => except !== k && v !== undefined && v !== '';
  return scopedPartners.where(
    scope,
    and(
      searchWhere(f.q),
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
  const name = sql`${partners.nameKey}`;
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
      return f.q ? [desc(searchScore(f.q)), asc(name)] : [desc(partners.updatedAt)];
  }
}

export async function listPartners(db: Database, scope: Scope, f: PartnerFilter, limit: number, offset: number) {
  const where = filterWhere(scope, f);
  const score = f.q ? searchScore(f.q) : sql<number>`0::float8`;
  const [items, [total]] = await Promise.all([
    db
      .select({ partner: partners, score })
      .from(partners)
      .where(where)
      .orderBy(...sortOf(f), asc(partners.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(partners).where(where),
  ]);
  return { items: items.map((r) => ({ ...r.partner, score: Number(r.score) })), total: total?.n ?? 0 };
}

/** Counts per facet value among visible partners; each facet ignores its own filter. */
export async function facetCounts(db: Database, scope: Scope, f: PartnerFilter) {
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
