import { and, asc, count, desc, eq, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { scopedTable } from '../../core/tenancy.js';
import { foldedTokens } from '../../core/search.js';
import { partners, partnerContacts } from '../partners/schema.js';
import { scopedPartners } from '../partners/repo.js';
import { users } from '../../core/tenancy-schema.js';
import { units } from '../../core/tenancy-schema.js';
import {
  engagements,
  engagementPartners,
  engagementCoUnits,
  engagementFields,
  engagementParticipants,
  engagementSessions,
  engagementDocuments,
  type Engagement,
  type EngagementKind,
  type EngagementState,
} from './schema.js';
import type { Lang } from '../../i18n/index.js';

/** Every read, update and delete of an engagement goes through the visibility scope. */
export const scopedEngagements = scopedTable(engagements, 'engagement');

export interface EngagementFilter {
  q?: string;
  from?: Date;
  to?: Date;
  unitId?: string;
  kind?: EngagementKind;
  state?: EngagementState;
  partnerId?: string;
  countryCode?: string;
  sort?: string;
}

/** Overlap with [from, to); an event of no length counts when it starts inside. */
export function overlapWhere(from?: Date, to?: Date): SQL | undefined {
  return and(
    to ? sql`${engagements.startsAt} < ${to.toISOString()}` : undefined,
    from ? sql`(${engagements.endsAt} > ${from.toISOString()} or ${engagements.startsAt} >= ${from.toISOString()})` : undefined,
  );
}

export function filterWhere(scope: Scope, f: EngagementFilter): SQL {
  return scopedEngagements.where(
    scope,
    and(
      ...foldedTokens(f.q).map((w) => sql`${engagements.searchText} like '%' || amity_fold(${w}) || '%'`),
      overlapWhere(f.from, f.to),
      // A unit's engagements: those it owns, organises or co-organises.
      f.unitId
        ? or(
            eq(engagements.ownerUnitId, f.unitId),
            eq(engagements.organiserUnitId, f.unitId),
            sql`exists (select 1 from engagement_co_units cu where cu.engagement_id = ${engagements.id} and cu.unit_id = ${f.unitId})`,
          )
        : undefined,
      f.kind ? eq(engagements.kind, f.kind) : undefined,
      f.state ? eq(engagements.state, f.state) : undefined,
      f.partnerId ? sql`exists (select 1 from engagement_partners ep where ep.engagement_id = ${engagements.id} and ep.partner_id = ${f.partnerId})` : undefined,
      f.countryCode ? eq(engagements.countryCode, f.countryCode) : undefined,
    ),
  );
}

/** The title the reader sees (their language, else vi → en → fr), folded for sorting. */
export const titleKey = (lang: Lang) => {
  const own = { vi: engagements.titleVi, en: engagements.titleEn, fr: engagements.titleFr }[lang];
  return sql`amity_fold(coalesce(nullif(${own}, ''), nullif(${engagements.titleVi}, ''), nullif(${engagements.titleEn}, ''), ${engagements.titleFr}))`;
};

function sortOf(sort: string | undefined, lang: Lang): SQL[] {
  switch (sort) {
    case 'startsAt':
      return [asc(engagements.startsAt)];
    case 'title':
      return [asc(titleKey(lang))];
    case '-title':
      return [desc(titleKey(lang))];
    case 'updatedAt':
      return [asc(engagements.updatedAt)];
    case '-updatedAt':
      return [desc(engagements.updatedAt)];
    default:
      return [desc(engagements.startsAt)];
  }
}

export async function listEngagements(db: Database, scope: Scope, f: EngagementFilter, lang: Lang, limit: number, offset: number) {
  const where = filterWhere(scope, f);
  const [items, [total]] = await Promise.all([
    db.select().from(engagements).where(where).orderBy(...sortOf(f.sort, lang), asc(engagements.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(engagements).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The linked partners of several engagements that the reader may see (one query). */
export async function visiblePartnerIds(db: Database, scope: Scope, engagementIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(engagementIds.map((id) => [id, []]));
  if (engagementIds.length === 0) return out;
  const rows = await db
    .select({ engagementId: engagementPartners.engagementId, partnerId: engagementPartners.partnerId })
    .from(engagementPartners)
    .innerJoin(partners, eq(partners.id, engagementPartners.partnerId))
    .where(and(inArray(engagementPartners.engagementId, engagementIds), scopedPartners.where(scope)))
    .orderBy(asc(engagementPartners.partnerId));
  for (const r of rows) out.get(r.engagementId)?.push(r.partnerId);
  return out;
}

/** Of these partner ids, the ones the user may see. */
export async function seePartners(db: Database, scope: Scope, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: partners.id }).from(partners).where(scopedPartners.where(scope, inArray(partners.id, ids)));
  return new Set(rows.map((r) => r.id));
}

export async function linkedPartnerIds(db: Database, engagementId: string): Promise<string[]> {
  const rows = await db.select({ id: engagementPartners.partnerId }).from(engagementPartners).where(eq(engagementPartners.engagementId, engagementId));
  return rows.map((r) => r.id).sort();
}

export type EngagementValues = Omit<typeof engagements.$inferInsert, 'id' | 'searchText' | 'createdAt' | 'updatedAt'>;

export async function insertEngagement(db: Database, values: EngagementValues): Promise<Engagement> {
  const [row] = await db.insert(engagements).values(values).returning();
  return row!;
}

export async function replacePartners(db: Database, id: string, partnerIds: string[]) {
  await db.delete(engagementPartners).where(eq(engagementPartners.engagementId, id));
  if (partnerIds.length) await db.insert(engagementPartners).values([...new Set(partnerIds)].map((partnerId) => ({ engagementId: id, partnerId })));
}

export async function replaceCoUnits(db: Database, id: string, unitIds: string[]) {
  await db.delete(engagementCoUnits).where(eq(engagementCoUnits.engagementId, id));
  if (unitIds.length) await db.insert(engagementCoUnits).values([...new Set(unitIds)].map((unitId) => ({ engagementId: id, unitId })));
}

export async function replaceFields(db: Database, id: string, fieldIds: string[]) {
  await db.delete(engagementFields).where(eq(engagementFields.engagementId, id));
  if (fieldIds.length) await db.insert(engagementFields).values([...new Set(fieldIds)].map((fieldId) => ({ engagementId: id, fieldId })));
}

export interface ParticipantValues {
  userId: string | null;
  contactId: string | null;
  partnerId: string | null;
  name: string;
  role: (typeof engagementParticipants.$inferInsert)['role'];
}

/** Replaces the list, except the rows in `keep` (people of partners the editor cannot see). */
export async function replaceParticipants(db: Database, id: string, list: ParticipantValues[], keep: string[] = []) {
  await db
    .delete(engagementParticipants)
    .where(and(eq(engagementParticipants.engagementId, id), keep.length ? notInArray(engagementParticipants.id, keep) : undefined));
  if (list.length) await db.insert(engagementParticipants).values(list.map((p, i) => ({ ...p, engagementId: id, sort: i })));
}

export interface SessionValues {
  startsAt: Date;
  endsAt: Date | null;
  title: string;
  speakers: string;
  room: string;
}

export async function replaceSessions(db: Database, id: string, list: SessionValues[]) {
  await db.delete(engagementSessions).where(eq(engagementSessions.engagementId, id));
  if (list.length) await db.insert(engagementSessions).values(list.map((s) => ({ ...s, engagementId: id })));
}

/** Recomputes what the list's search box matches: titles, place, purpose. */
export async function refreshSearchText(db: Database, id: string) {
  await db.execute(sql`update engagements e set search_text = amity_fold(concat_ws(' ', e.title_vi, e.title_en, e.title_fr, e.city, e.venue, e.purpose))
    where e.id = ${id}`);
}

export async function participantsOf(db: Database, id: string) {
  return db.select().from(engagementParticipants).where(eq(engagementParticipants.engagementId, id)).orderBy(asc(engagementParticipants.sort));
}

/** Everything the detail view shows besides the row; partners only when the reader may see them. */
export async function detailsOf(db: Database, scope: Scope, id: string) {
  const [linked, coUnits, fields, participants, sessions, documents] = await Promise.all([
    db
      .select({ partner: partners })
      .from(engagementPartners)
      .innerJoin(partners, eq(partners.id, engagementPartners.partnerId))
      .where(and(eq(engagementPartners.engagementId, id), scopedPartners.where(scope))),
    db
      .select({ id: units.id, nameVi: units.nameVi, nameEn: units.nameEn, nameFr: units.nameFr })
      .from(engagementCoUnits)
      .innerJoin(units, eq(units.id, engagementCoUnits.unitId))
      .where(eq(engagementCoUnits.engagementId, id))
      .orderBy(asc(units.nameVi)),
    db.select({ id: engagementFields.fieldId }).from(engagementFields).where(eq(engagementFields.engagementId, id)),
    participantsOf(db, id),
    db.select().from(engagementSessions).where(eq(engagementSessions.engagementId, id)).orderBy(asc(engagementSessions.startsAt), asc(engagementSessions.id)),
    db.select().from(engagementDocuments).where(eq(engagementDocuments.engagementId, id)).orderBy(asc(engagementDocuments.createdAt), asc(engagementDocuments.id)),
  ]);
  const seen = await seePartners(db, scope, [...new Set(participants.map((p) => p.partnerId).filter((x): x is string => !!x))]);
  return {
    partners: linked.map((l) => l.partner),
    coUnits,
    fieldIds: fields.map((f) => f.id),
    // A contact of a partner the reader may not see is not shown either.
    participants: participants.filter((p) => !p.partnerId || seen.has(p.partnerId)),
    sessions,
    documents,
  };
}

/** The stored lists as they are (no visibility filter): what the audit log records. */
export async function listsOf(db: Database, id: string) {
  const [co, fields, sessions] = await Promise.all([
    db.select({ id: engagementCoUnits.unitId }).from(engagementCoUnits).where(eq(engagementCoUnits.engagementId, id)),
    db.select({ id: engagementFields.fieldId }).from(engagementFields).where(eq(engagementFields.engagementId, id)),
    db.select().from(engagementSessions).where(eq(engagementSessions.engagementId, id)).orderBy(asc(engagementSessions.startsAt), asc(engagementSessions.id)),
  ]);
  return {
    partnerIds: await linkedPartnerIds(db, id),
    coUnitIds: co.map((r) => r.id).sort(),
    fieldIds: fields.map((r) => r.id).sort(),
    participants: (await participantsOf(db, id)).map((p) => ({ userId: p.userId, contactId: p.contactId, partnerId: p.partnerId, name: p.name, role: p.role })),
    sessions: sessions.map((x) => ({ startsAt: x.startsAt, endsAt: x.endsAt, title: x.title, speakers: x.speakers, room: x.room })),
  };
}

export async function contactsByIds(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: partnerContacts.id, partnerId: partnerContacts.partnerId, name: partnerContacts.name }).from(partnerContacts).where(inArray(partnerContacts.id, ids));
}

export async function usersByIds(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, displayName: users.displayName, active: users.active, unitId: users.unitId, language: users.language }).from(users).where(inArray(users.id, ids));
}

export async function existingUnitIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: units.id }).from(units).where(inArray(units.id, [...new Set(ids)]));
  return new Set(rows.map((r) => r.id));
}

export async function unitPath(db: Database, unitId: string): Promise<{ id: string; parentId: string | null; path: string } | undefined> {
  const [row] = await db.select({ id: units.id, parentId: units.parentId, path: units.path }).from(units).where(eq(units.id, unitId));
  return row;
}
