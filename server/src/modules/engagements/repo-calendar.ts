import { and, asc, eq, inArray, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { visibleWhere } from '../../core/tenancy.js';
import { partners, partnerContacts } from '../partners/schema.js';
import { scopedPartners } from '../partners/repo.js';
import { countries } from '../countries/schema.js';
import { units } from '../../core/tenancy-schema.js';
import { users, type User } from '../../core/tenancy-schema.js';
import { engagements, engagementPartners, engagementParticipants, engagementSessions, calendarFeeds, DEFAULT_CLASH_WINDOW_DAYS, type Engagement } from './schema.js';
import { filterWhere, type EngagementFilter } from './repo.js';
import type { Lang } from '../../i18n/index.js';

/** Engagements that no longer happen: they clash with nothing and stay out of feeds. */
const GONE = ['cancelled', 'rejected'] as const;

const unitName = (lang: Lang) => ({ vi: units.nameVi, en: units.nameEn, fr: units.nameFr })[lang];

/** The partner's name for a reader: their language, else as written, else any. */
export const partnerNameSql = (lang: Lang) => {
  const own = { vi: partners.nameVi, en: partners.nameEn, fr: partners.nameFr }[lang];
  return sql<string>`coalesce(nullif(${own}, ''), nullif(${partners.name}, ''), nullif(${partners.nameVi}, ''),
    nullif(${partners.nameEn}, ''), nullif(${partners.nameFr}, ''), ${partners.transliteration})`;
};

/** Whether the reader may see the engagement of the row: always a boolean, never null. */
const visibleFlag = (scope: Scope) => sql<boolean>`coalesce((${visibleWhere(scope, engagements, 'engagement')}), false)`;

/** The setting of the unit, else of its nearest ancestor that has one, else the default. */
export async function clashWindowDays(db: Database, unitId: string): Promise<number> {
  const res = await db.execute<{ days: number }>(sql`
    select s.clash_window_days as days
    from units u
      join units a on u.path like a.path || '%'
      join engagement_settings s on s.unit_id = a.id
    where u.id = ${unitId}
    order by a.depth desc
    limit 1`);
  const days = res.rows[0]?.days;
  return days === undefined || days === null ? DEFAULT_CLASH_WINDOW_DAYS : Number(days);
}

/** Of these partners, the ones the reader may see, with the name they read and the country. */
export async function visiblePartners(db: Database, scope: Scope, ids: string[], lang: Lang) {
  if (ids.length === 0) return [];
  return db
    .select({ id: partners.id, name: partnerNameSql(lang), countryCode: partners.countryCode })
    .from(partners)
    .where(scopedPartners.where(scope, inArray(partners.id, ids)));
}

/** Of these contacts, those of partners the reader may see. */
export async function visibleContacts(db: Database, scope: Scope, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: partnerContacts.id, name: partnerContacts.name })
    .from(partnerContacts)
    .innerJoin(partners, eq(partners.id, partnerContacts.partnerId))
    .where(scopedPartners.where(scope, inArray(partnerContacts.id, ids)));
}

export async function usersNamed(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids));
}

/** What a clash shows of the other engagement: everything, to be cut down when it is hidden. */
const otherColumns = (scope: Scope, lang: Lang) => ({
  id: engagements.id,
  titleVi: engagements.titleVi,
  titleEn: engagements.titleEn,
  titleFr: engagements.titleFr,
  startsAt: engagements.startsAt,
  endsAt: engagements.endsAt,
  allDay: engagements.allDay,
  timeZone: engagements.timeZone,
  unitName: unitName(lang),
  visible: visibleFlag(scope),
});

const live = (exceptId?: string): SQL =>
  and(notInArray(engagements.state, [...GONE]), exceptId ? ne(engagements.id, exceptId) : undefined)!;

/**
 * Engagements of any unit linked to one of these partners whose span comes within
 * [from, to] (the engagement's own span widened by the clash window).
 */
export async function partnerClashRows(db: Database, scope: Scope, q: { partnerIds: string[]; from: Date; to: Date; exceptId?: string }, lang: Lang) {
  if (q.partnerIds.length === 0) return [];
  return db
    .select({ ...otherColumns(scope, lang), partnerId: engagementPartners.partnerId })
    .from(engagementPartners)
    .innerJoin(engagements, eq(engagements.id, engagementPartners.engagementId))
    .innerJoin(units, eq(units.id, engagements.ownerUnitId))
    .where(
      and(
        inArray(engagementPartners.partnerId, q.partnerIds),
        live(q.exceptId),
        sql`${engagements.startsAt} <= ${q.to.toISOString()}`,
        sql`${engagements.endsAt} >= ${q.from.toISOString()}`,
      ),
    )
    .orderBy(asc(engagements.startsAt), asc(engagements.id));
}

/**
 * Engagements of any unit where one of these users or contacts takes part and that overlap
 * [startsAt, endsAt); back-to-back meetings do not overlap, an event of no length does when inside.
 */
export async function participantClashRows(
  db: Database,
  scope: Scope,
  q: { userIds: string[]; contactIds: string[]; startsAt: Date; endsAt: Date; exceptId?: string },
  lang: Lang,
) {
  if (q.userIds.length === 0 && q.contactIds.length === 0) return [];
  // An event of no length is given a millisecond, so that it overlaps what it falls in.
  const s = q.startsAt.toISOString();
  const e = new Date(Math.max(q.endsAt.getTime(), q.startsAt.getTime() + 1)).toISOString();
  return db
    .select({ ...otherColumns(scope, lang), userId: engagementParticipants.userId, contactId: engagementParticipants.contactId })
    .from(engagementParticipants)
    .innerJoin(engagements, eq(engagements.id, engagementParticipants.engagementId))
    .innerJoin(units, eq(units.id, engagements.ownerUnitId))
    .where(
      and(
        or(
          q.userIds.length ? inArray(engagementParticipants.userId, q.userIds) : undefined,
          q.contactIds.length ? inArray(engagementParticipants.contactId, q.contactIds) : undefined,
        ),
        live(q.exceptId),
        sql`${engagements.startsAt} < ${e}`,
        sql`greatest(${engagements.endsAt}, ${engagements.startsAt} + interval '1 millisecond') > ${s}`,
      ),
    )
    .orderBy(asc(engagements.startsAt), asc(engagements.id));
}

export const CALENDAR_MAX = 2_000;

/** Visible engagements overlapping the range, soonest first, at most `limit`. */
export async function calendarRows(db: Database, scope: Scope, f: EngagementFilter, limit = CALENDAR_MAX, extra?: SQL): Promise<Engagement[]> {
  return db
    .select()
    .from(engagements)
    .where(and(filterWhere(scope, f), extra))
    .orderBy(asc(engagements.startsAt), asc(engagements.id))
    .limit(limit);
}

/** Engagements that will still happen (a feed leaves the others out). */
export const stillOn = () => notInArray(engagements.state, [...GONE]);

/** Country names in the reader's language, by code (an iCal event's LOCATION). */
export async function countryNames(db: Database, codes: string[], lang: Lang): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (wanted.length === 0) return new Map();
  const col = { vi: countries.nameVi, en: countries.nameEn, fr: countries.nameFr }[lang];
  const found = await db.select({ code: countries.code, name: col }).from(countries).where(inArray(countries.code, wanted));
  return new Map(found.map((c) => [c.code, c.name]));
}

// ---- private calendar feeds ----

export async function feedOf(db: Database, userId: string) {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  return row;
}

/** One feed per user: a new token replaces the old one (which stops working at once). */
export async function replaceFeed(db: Database, userId: string, tokenHash: string) {
  await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
  const [row] = await db.insert(calendarFeeds).values({ userId, tokenHash }).returning();
  return row!;
}

export async function deleteFeed(db: Database, userId: string) {
  const rows = await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning();
  return rows[0];
}

export interface FeedOwner {
  feedId: string;
  lastUsedAt: Date | null;
  user: Pick<User, 'id' | 'unitId' | 'role' | 'language'>;
  unitPath: string;
  subtree: string[];
}

/**
 * The feed's user as the session lookup finds one (modules/auth/repo findSession): the
 * unit's path and subtree give the tenancy scope. Inactive users own no feed.
 */
export async function findFeedOwner(db: Database, tokenHash: string): Promise<FeedOwner | undefined> {
  const res = await db.execute<Record<string, unknown>>(sql`
    select f.id as feed_id, f.last_used_at, u.id, u.unit_id, u.role, u.language, un.path as unit_path,
      array(select d.id::text from units d where d.path like un.path || '%') as subtree
    from calendar_feeds f
      join users u on u.id = f.user_id
      join units un on un.id = u.unit_id
    where f.token_hash = ${tokenHash} and u.active`);
  const r = res.rows[0];
  if (!r) return undefined;
  return {
    feedId: r.feed_id as string,
    lastUsedAt: r.last_used_at ? new Date(r.last_used_at as string) : null,
    user: { id: r.id as string, unitId: r.unit_id as string, role: r.role as User['role'], language: r.language as User['language'] },
    unitPath: r.unit_path as string,
    subtree: r.subtree as string[],
  };
}

export async function touchFeed(db: Database, feedId: string) {
  await db.update(calendarFeeds).set({ lastUsedAt: new Date() }).where(eq(calendarFeeds.id, feedId));
}

/** The agenda of one engagement, in time order (for its .ics). */
export async function agendaOf(db: Database, engagementId: string) {
  return db
    .select({ startsAt: engagementSessions.startsAt, endsAt: engagementSessions.endsAt, title: engagementSessions.title, speakers: engagementSessions.speakers, room: engagementSessions.room })
    .from(engagementSessions)
    .where(eq(engagementSessions.engagementId, engagementId))
    .orderBy(asc(engagementSessions.startsAt));
}

/** The agendas of several engagements at once (the feed), each in time order. */
export async function agendasOf(db: Database, engagementIds: string[]) {
  const out = new Map<string, Awaited<ReturnType<typeof agendaOf>>>();
  if (engagementIds.length === 0) return out;
  const rows = await db
    .select({ engagementId: engagementSessions.engagementId, startsAt: engagementSessions.startsAt, endsAt: engagementSessions.endsAt, title: engagementSessions.title, speakers: engagementSessions.speakers, room: engagementSessions.room })
    .from(engagementSessions)
    .where(inArray(engagementSessions.engagementId, engagementIds))
    .orderBy(asc(engagementSessions.startsAt));
  for (const { engagementId, ...item } of rows) out.set(engagementId, [...(out.get(engagementId) ?? []), item]);
  return out;
}
