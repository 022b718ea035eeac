import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { recordAccess } from '../../core/tenancy-schema.js';
import { partners, partnerNotes, partnerRelationships } from '../partners/schema.js';
import { scopedPartners } from '../partners/repo.js';
import { engagements, engagementDocuments, engagementFollowUps } from '../engagements/schema.js';
import { scopedEngagements } from '../engagements/repo.js';
import { directives, taskGroups } from '../directives/schema.js';
import { scopedDirectives } from '../directives/repo.js';
import { tasks, taskReports } from '../tasks/schema.js';
import { scopedTasks } from '../tasks/scope.js';
import { proposals } from '../proposals/schema.js';
import { scopedProposals } from '../proposals/repo.js';
import { attachments } from '../attachments/schema.js';
import { unitRelatives } from '../units/repo.js';
import { users } from '../../core/tenancy-schema.js';
import { auditLog } from '../../core/audit-schema.js';

/**
 * Who may read ABOUT a record (its audit entries, notifications about it): exactly who may read the
 * record itself. Every audit entity maps to the owned records (core/tenancy) it belongs to; an entry
 * is readable when every one of them is. Deleted records are judged by the owner and visibility the
 * log last recorded for them. Unknown entities with an id are hidden: a new kind of record must be
 * added here (docs: /tmp/amity-docs/confidential.md).
 */

const OWNED = {
  partner: { table: partners, scoped: scopedPartners },
  engagement: { table: engagements, scoped: scopedEngagements },
  directive: { table: directives, scoped: scopedDirectives },
  task: { table: tasks, scoped: scopedTasks },
  proposal: { table: proposals, scoped: scopedProposals },
} as const;
export type OwnedEntity = keyof typeof OWNED;
export interface Ref {
  entity: OwnedEntity;
  id: string;
}
interface Subject {
  entity: string;
  id: string;
}
type Facts = Record<string, unknown>;

/** Entities that are not about an owned record: their entries follow the audit log's own rule (admins, managers' subtree). */
const UNSCOPED = new Set([
  'unit', 'user', 'session', 'system', 'country', 'relationship_group', 'cooperation_field', 'engagement_settings',
  'proposal_settings', 'calendar_feed', 'saved_filter', 'import', 'api_token',
]);

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const refs = (entity: string, ...ids: unknown[]): Subject[] => ids.map(str).filter((x): x is string => !!x).map((id) => ({ entity, id }));

/** Records that hang under an owned record: where their row lives, and which record they hang under. */
type RowTable = PgTable & { id: PgColumn };
const CHILDREN: Record<string, { table?: RowTable; parents(f: Facts, id: string): Subject[] }> = {
  partner_note: { table: partnerNotes, parents: (f) => refs('partner', f.partnerId) },
  // Both ends: a relationship shows the other partner.
  partner_relationship: { table: partnerRelationships, parents: (f) => refs('partner', f.fromPartnerId, f.toPartnerId) },
  partner_duplicate: { parents: (_f, id) => refs('partner', ...id.split(':')) },
  engagement_follow_up: { table: engagementFollowUps, parents: (f) => refs('engagement', f.engagementId) },
  follow_up: { table: engagementFollowUps, parents: (f) => refs('engagement', f.engagementId) },
  engagement_document: { table: engagementDocuments, parents: (f) => refs('engagement', f.engagementId) },
  task_group: { table: taskGroups, parents: (f) => refs('directive', f.directiveId) },
  task_report: { table: taskReports, parents: (f) => refs('task', f.taskId) },
  report: { table: taskReports, parents: (f) => refs('task', f.taskId) },
  attachment: { table: attachments, parents: (f) => refs(String(f.entity ?? ''), f.entityId) },
  // A group's entries list the proposals they touch.
  proposal_group: { parents: (f) => refs('proposal', ...(Array.isArray(f.proposalIds) ? f.proposalIds : [])) },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isOwned = (e: string): e is OwnedEntity => e in OWNED;
const key = (s: Subject) => `${s.entity}:${s.id}`;

/** The keys of a diff, wherever the writer put them: the row itself, or its before/after. */
function flatten(diff: unknown): Facts {
  if (!diff || typeof diff !== 'object') return {};
  const d = diff as Record<string, unknown>;
  const part = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Facts) : {});
  return { ...d, ...part(d.before), ...part(d.after) };
}

/** What the log ever said of these records (create and delete entries carry the whole row). */
async function historyFacts(db: Database, entity: string, ids: string[]): Promise<Map<string, Facts>> {
  const out = new Map<string, Facts>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ id: auditLog.entityId, diff: auditLog.diff })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), inArray(auditLog.entityId, ids)))
    .orderBy(auditLog.id);
  // Later entries win: the last owner and visibility recorded are the ones that held at deletion.
  for (const r of rows) out.set(r.id!, { ...(out.get(r.id!) ?? {}), ...flatten(r.diff) });
  return out;
}

/**
 * The owned records each subject belongs to (null: cannot tell, so hidden). `entryFacts` are the
 * facts of the entry itself, used before the live row and the log's other entries.
 */
export async function ownersOf(db: Database, subjects: Subject[], entryFacts = new Map<string, Facts>(), depth = 0): Promise<Map<string, Ref[] | null>> {
  const out = new Map<string, Ref[] | null>();
  const pending = new Map<string, Subject[]>();
  for (const s of subjects) {
    const k = key(s);
    if (out.has(k)) continue;
    if (isOwned(s.entity)) out.set(k, [{ entity: s.entity, id: s.id }]);
    else if (UNSCOPED.has(s.entity)) out.set(k, []);
    else if (!CHILDREN[s.entity] || depth > 3) out.set(k, null);
    else pending.set(s.entity, [...(pending.get(s.entity) ?? []), s]);
  }
  for (const [entity, list] of pending) {
    const rule = CHILDREN[entity]!;
    const ids = [...new Set(list.map((s) => s.id))];
    const live = new Map<string, Facts>();
    const uuids = ids.filter((id) => UUID.test(id));
    if (rule.table && uuids.length) {
      const rows = (await db.select().from(rule.table).where(inArray(rule.table.id, uuids))) as Facts[];
      for (const row of rows) live.set(String(row.id), row);
    }
    const history = await historyFacts(db, entity, ids.filter((id) => !live.has(id)));
    const parents = new Map<string, Subject[]>();
    for (const id of ids) {
      const facts = { ...(history.get(id) ?? {}), ...(live.get(id) ?? {}), ...(entryFacts.get(`${entity}:${id}`) ?? {}) };
      parents.set(id, rule.parents(facts, id));
    }
    const resolved = await ownersOf(db, [...parents.values()].flat(), new Map(), depth + 1);
    for (const id of ids) {
      const ps = parents.get(id)!;
      const all = ps.map((p) => resolved.get(key(p)));
      out.set(`${entity}:${id}`, ps.length === 0 || all.some((r) => r === null) ? null : all.flat() as Ref[]);
    }
  }
  return out;
}

/**
 * Of these owned records, the keys (`entity:id`) the scope may read, live or (deleted) as last recorded.
 * A record never seen (no row, nothing recorded) counts as readable only when `unknownReadable`.
 */
export async function readableRefs(db: Database, scope: Scope, list: Ref[], unknownReadable = false): Promise<Set<string>> {
  const ok = new Set<string>();
  const byEntity = new Map<OwnedEntity, string[]>();
  for (const r of list) if (UUID.test(r.id)) byEntity.set(r.entity, [...new Set([...(byEntity.get(r.entity) ?? []), r.id])]);
  for (const [entity, ids] of byEntity) {
    const { table, scoped } = OWNED[entity];
    const t = table as RowTable;
    const [seen, existing] = await Promise.all([
      db.select({ id: t.id }).from(t).where(scoped.where(scope, inArray(t.id, ids))),
      db.select({ id: t.id }).from(t).where(inArray(t.id, ids)),
    ]);
    for (const r of seen) ok.add(`${entity}:${r.id}`);
    const gone = ids.filter((id) => !existing.some((r) => r.id === id));
    if (gone.length === 0) continue;
    const [history, named] = await Promise.all([
      historyFacts(db, entity, gone),
      db.select({ id: recordAccess.recordId }).from(recordAccess).where(and(eq(recordAccess.entity, entity), inArray(recordAccess.recordId, gone), eq(recordAccess.userId, scope.userId))),
    ]);
    for (const id of gone) {
      const f = history.get(id);
      if (!f || !f.visibility) {
        if (unknownReadable) ok.add(`${entity}:${id}`);
        continue;
      }
      const owner = str(f.ownerUnitId);
      const vis = str(f.visibility);
      const readable =
        vis === 'shared' ||
        (vis === 'unit' && !!owner && scope.relatedUnitIds.includes(owner)) ||
        (vis === 'confidential' && (owner === scope.unitId || named.some((n) => n.id === id)));
      if (readable) ok.add(`${entity}:${id}`);
    }
  }
  return ok;
}

export interface AuditLike {
  action: string;
  entity: string;
  entityId: string | null;
  diff: unknown;
}

/** Of the entries, which ones the scope may read in full (the others are shown without their diff). */
export async function readableEntries<T extends AuditLike>(db: Database, scope: Scope, rows: T[]): Promise<boolean[]> {
  const subjectsOf = (r: T): Subject[] => {
    if (!r.entityId) return [];
    // An import's summary is logged under 'partner' with the import's id: it is about the import.
    if (r.action === 'import' && r.entity === 'partner') return [{ entity: 'import', id: r.entityId }];
    // A merge entry carries the merged partner's row as well: both must be readable.
    const merged = r.action === 'merge' ? str(((flatten(r.diff).merged ?? {}) as Facts).id) : undefined;
    return [{ entity: r.entity, id: r.entityId }, ...(merged ? [{ entity: r.entity, id: merged }] : [])];
  };
  const subjects = rows.map(subjectsOf);
  const entryFacts = new Map<string, Facts>();
  rows.forEach((r, i) => {
    const s = subjects[i]![0];
    if (s && !isOwned(s.entity)) entryFacts.set(key(s), { ...(entryFacts.get(key(s)) ?? {}), ...flatten(r.diff) });
  });
  const owners = await ownersOf(db, subjects.flat(), entryFacts);
  const allRefs = [...owners.values()].flatMap((r) => r ?? []);
  const readable = await readableRefs(db, scope, allRefs);
  return subjects.map((list) =>
    list.every((s) => {
      const o = owners.get(key(s));
      return !!o && o.every((r) => readable.has(`${r.entity}:${r.id}`));
    }),
  );
}

/** The scope a user would have when signed in (to judge what a notification may tell them). */
export async function scopeOfUser(db: Database, userId: string): Promise<Scope | undefined> {
  const [u] = await db.select({ id: users.id, unitId: users.unitId, role: users.role }).from(users).where(eq(users.id, userId));
  if (!u) return undefined;
  const { ancestors, subtree } = await unitRelatives(db, u.unitId);
  return { userId: u.id, unitId: u.unitId, role: u.role, relatedUnitIds: [...ancestors, ...subtree], subtreeUnitIds: subtree };
}

async function allShared(db: Database, list: Ref[]): Promise<boolean> {
  for (const r of list) {
    const t = OWNED[r.entity].table as RowTable & { visibility: PgColumn };
    if (!UUID.test(r.id)) return false;
    const [row] = (await db.select({ v: t.visibility }).from(t).where(eq(t.id, r.id))) as { v: string }[];
    if (row?.v !== 'shared') return false;
  }
  return true;
}

/** Of these users, those who may read the record `entity:id` (an owned record or one under it). */
export async function usersWhoMayRead(db: Database, userIds: string[], entity: string, id: string): Promise<string[]> {
  const owners = (await ownersOf(db, [{ entity, id }])).get(`${entity}:${id}`);
  if (!owners) return [];
  if (owners.length === 0 || userIds.length === 0) return userIds;
  // Shared records are everyone's: no need to build each recipient's scope (the daily job notifies many).
  if (await allShared(db, owners)) return userIds;
  const out: string[] = [];
  for (const userId of userIds) {
    const scope = await scopeOfUser(db, userId);
    if (!scope) continue;
    // Callers name records they have just written; one that does not exist has nothing to hide.
    const ok = await readableRefs(db, scope, owners, true);
    if (owners.every((r) => ok.has(`${r.entity}:${r.id}`))) out.push(userId);
  }
  return out;
}
