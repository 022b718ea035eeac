import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { scopedTable } from '../../core/tenancy.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { foldedTokens } from '../../core/search.js';
import { users } from '../../core/tenancy-schema.js';
import { cooperationFields } from '../countries/schema.js';
import { proposals, proposalCounters, proposalEvents, proposalGroups, type ProposalState, type ProposalUrgency } from './schema.js';
import type { Proposal } from './types.js';

const uuidList = (ids: string[]) => sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
const inUnits = (col: SQL | typeof proposals.targetUnitId, ids: string[]) => (ids.length === 0 ? sql`false` : sql`${col} = any(${uuidList(ids)})`);

/**
 * Proposals are seen by whoever sees the submitting unit's records, and by the target and handling
 * units and the units above them (docs/API.md, proposals, visibility).
 */
export const scopedProposals = scopedTable(proposals, 'proposal', (scope: Scope) =>
  or(inUnits(proposals.targetUnitId, scope.subtreeUnitIds), inUnits(proposals.handlingUnitId as never, scope.subtreeUnitIds))!,
);

/** Folded title and body, as the similar search and the list's search box read them. */
export const searchTextOf = (title: SQL | string, body: SQL | string) => sql`amity_fold(${title} || ' ' || ${body})`;

export interface ProposalFilter {
  q?: string;
  box?: 'inbox' | 'mine' | 'all';
  state?: ProposalState;
  targetUnitId?: string;
  ownerUnitId?: string;
  fieldId?: string;
  urgency?: ProposalUrgency;
  overdue?: boolean;
  groupId?: string;
  sort?: string;
}

/** `overdue` = accepted and due before today (today in Asia/Ho_Chi_Minh, given by the caller). */
export const overdueWhere = (today: string) => and(eq(proposals.state, 'accepted'), sql`coalesce(${proposals.dueOn} < ${today}, false)`)!;

export function filterWhere(scope: Scope, f: ProposalFilter, today: string): SQL {
  return scopedProposals.where(
    scope,
    and(
      ...foldedTokens(f.q).map((w) => sql`(${proposals.searchText} like '%' || amity_fold(${w}) || '%' or lower(${proposals.code}) = lower(${w}))`),
      f.box === 'inbox' ? or(inUnits(proposals.targetUnitId, scope.subtreeUnitIds), inUnits(proposals.handlingUnitId as never, scope.subtreeUnitIds)) : undefined,
      f.box === 'mine' ? inUnits(proposals.ownerUnitId as never, scope.subtreeUnitIds) : undefined,
      f.state ? eq(proposals.state, f.state) : undefined,
      f.targetUnitId ? eq(proposals.targetUnitId, f.targetUnitId) : undefined,
      f.ownerUnitId ? eq(proposals.ownerUnitId, f.ownerUnitId) : undefined,
      f.fieldId ? eq(proposals.fieldId, f.fieldId) : undefined,
      f.urgency ? eq(proposals.urgency, f.urgency) : undefined,
      f.overdue === true ? overdueWhere(today) : f.overdue === false ? sql`not (${overdueWhere(today)})` : undefined,
      f.groupId ? eq(proposals.groupId, f.groupId) : undefined,
    ),
  );
}

function sortOf(sort: string | undefined): SQL[] {
  switch (sort) {
    case 'dueOn':
      return [sql`${proposals.dueOn} asc nulls last`];
    case '-dueOn':
      return [sql`${proposals.dueOn} desc nulls last`];
    case 'code':
      return [asc(proposals.code)];
    case '-code':
      return [desc(proposals.code)];
    case 'title':
      return [sql`amity_fold(${proposals.title}) asc`];
    case '-title':
      return [sql`amity_fold(${proposals.title}) desc`];
    case 'submittedAt':
      return [asc(proposals.submittedAt)];
    default:
      return [desc(proposals.submittedAt)];
  }
}

export async function listProposals(db: Database, scope: Scope, f: ProposalFilter, today: string, limit: number, offset: number) {
  const where = filterWhere(scope, f, today);
  const [items, [total]] = await Promise.all([
    db.select().from(proposals).where(where).orderBy(...sortOf(f.sort), asc(proposals.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(proposals).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** The next number of a target unit's year, atomically (concurrent submissions never share a code). */
export async function nextNumber(db: Database, unitId: string, year: number): Promise<number> {
  const [row] = await db
    .insert(proposalCounters)
    .values({ unitId, year, last: 1 })
    .onConflictDoUpdate({ target: [proposalCounters.unitId, proposalCounters.year], set: { last: sql`${proposalCounters.last} + 1` } })
    .returning({ last: proposalCounters.last });
  return row!.last;
}

export type ProposalValues = typeof proposals.$inferInsert;

export async function insertProposal(db: Database, v: ProposalValues): Promise<Proposal> {
  const [row] = await db
    .insert(proposals)
    .values({ ...v, searchText: searchTextOf(v.title, v.body ?? '') })
    .returning();
  return row!;
}

/** A scoped update; the search text follows the title and body in the same statement. */
export async function updateProposal(db: Database, scope: Scope, id: string, values: Partial<ProposalValues>): Promise<Proposal> {
  const set: Partial<ProposalValues> = { ...values, updatedAt: new Date() };
  if (values.title !== undefined || values.body !== undefined) {
    set.searchText = searchTextOf(values.title ?? sql`${proposals.title}`, values.body ?? sql`${proposals.body}`) as never;
  }
  return scopedProposals.update(db, scope, id, set);
}

export async function insertEvent(db: Database, e: { proposalId: string; fromState: ProposalState | null; toState: ProposalState; action: string; actorId: string | null; comment?: string }) {
  await db.insert(proposalEvents).values({ ...e, comment: e.comment ?? '' });
}

export async function listEvents(db: Database, proposalId: string) {
  return db
    .select({
      id: proposalEvents.id,
      action: proposalEvents.action,
      fromState: proposalEvents.fromState,
      toState: proposalEvents.toState,
      actorId: proposalEvents.actorId,
      actorName: users.displayName,
      comment: proposalEvents.comment,
      at: proposalEvents.at,
    })
    .from(proposalEvents)
    .leftJoin(users, eq(users.id, proposalEvents.actorId))
    .where(eq(proposalEvents.proposalId, proposalId))
    .orderBy(asc(proposalEvents.id));
}

export async function displayNames(db: Database, ids: (string | null)[]): Promise<Map<string, string>> {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active officers and managers of a unit: who a notification to "the unit" reaches. */
export async function unitMembers(db: Database, unitId: string | null): Promise<string[]> {
  if (!unitId) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.unitId, unitId), eq(users.active, true), inArray(users.role, ['officer', 'manager'])));
  return rows.map((r) => r.id);
}

/** Names users on a (confidential) proposal: they see it whatever their unit (core/tenancy). */
export async function nameUsers(db: Database, proposalId: string, userIds: string[]) {
  if (userIds.length === 0) return;
  await db.insert(recordAccess).values([...new Set(userIds)].map((userId) => ({ entity: 'proposal', recordId: proposalId, userId }))).onConflictDoNothing();
}

/** Of these ids, the active users. */
export async function activeUserIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: users.id }).from(users).where(and(inArray(users.id, [...new Set(ids)]), eq(users.active, true)));
  return new Set(rows.map((r) => r.id));
}

export async function activeUserOfUnit(db: Database, userId: string, unitId: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.unitId, unitId), eq(users.active, true)));
  return !!row;
}

export async function fieldsByIds(db: Database, ids: (string | null)[]) {
  const list = [...new Set(ids.filter((x): x is string => !!x))];
  if (list.length === 0) return new Map<string, { id: string; nameVi: string; nameEn: string; nameFr: string }>();
  const rows = await db
    .select({ id: cooperationFields.id, nameVi: cooperationFields.nameVi, nameEn: cooperationFields.nameEn, nameFr: cooperationFields.nameFr })
    .from(cooperationFields)
    .where(inArray(cooperationFields.id, list));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Visible proposals by id (those not visible are left out). */
export async function visibleByIds(db: Database, scope: Scope, ids: string[]): Promise<Proposal[]> {
  if (ids.length === 0) return [];
  return db.select().from(proposals).where(scopedProposals.where(scope, inArray(proposals.id, ids)));
}

/** The visible proposals of groups (the target unit, which answers a group, sees all of them). */
export async function proposalsOfGroups(db: Database, scope: Scope, groupIds: string[]): Promise<Proposal[]> {
  if (groupIds.length === 0) return [];
  return db.select().from(proposals).where(scopedProposals.where(scope, inArray(proposals.groupId, groupIds))).orderBy(asc(proposals.code));
}

export async function groupTitles(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: proposalGroups.id, title: proposalGroups.title }).from(proposalGroups).where(inArray(proposalGroups.id, ids));
}

/**
 * Takes the row locks of these proposals for the rest of the transaction (in id order, so two
 * writers never wait on each other crosswise): concurrent moves of one proposal queue here, and each
 * then reads the state the other left (a second reopen or a second task is refused, not doubled).
 */
export async function lockProposals(db: Database, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(sql`select id from proposals where id in (${sql.join([...new Set(ids)].sort().map((id) => sql`${id}`), sql`, `)}) order by id for update`);
}
