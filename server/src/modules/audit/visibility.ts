import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { maySeeUnit } from '../../core/rights.js';
import type { AuditedRecords, ChildRecord, OwnedRecord } from '../../http/module.js';
import { scopeOfUser } from '../users/repo.js';
import * as repo from './repo-visibility.js';

/**
 * Who may read ABOUT a record (its audit entries, notifications about it): exactly who may read the
 * record itself. Every audit entity maps to the owned records (core/tenancy) it belongs to; an entry
 * is readable when every one of them is. Deleted records are judged by the owner and visibility the
 * log last recorded for them. Unknown entities with an id are hidden: each module names its record
 * kinds in its manifest (`records`), handed in here by the composition root.
 */
const OWNED = new Map<string, OwnedRecord>();
const CHILDREN = new Map<string, ChildRecord>();
const UNSCOPED = new Set<string>();

export function registerAuditedRecords(list: AuditedRecords[]): void {
  for (const r of list) {
    for (const [entity, owned] of Object.entries(r.owned ?? {})) OWNED.set(entity, owned);
    for (const [entity, child] of Object.entries(r.children ?? {})) CHILDREN.set(entity, child);
    for (const entity of r.unscoped ?? []) UNSCOPED.add(entity);
  }
}

export interface Ref {
  entity: string;
  id: string;
}
type Subject = Ref;
type Facts = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isOwned = (e: string) => OWNED.has(e);
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
  const rows = await repo.historyOf(db, entity, ids);
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
    else if (!CHILDREN.has(s.entity) || depth > 3) out.set(k, null);
    else pending.set(s.entity, [...(pending.get(s.entity) ?? []), s]);
  }
  for (const [entity, list] of pending) {
    const rule = CHILDREN.get(entity)!;
    const ids = [...new Set(list.map((s) => s.id))];
    const live = new Map<string, Facts>();
    const uuids = ids.filter((id) => UUID.test(id));
    if (rule.table && uuids.length) {
      const rows = await repo.rowsOf(db, rule.table, uuids);
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
  const byEntity = new Map<string, string[]>();
  for (const r of list) if (UUID.test(r.id)) byEntity.set(r.entity, [...new Set([...(byEntity.get(r.entity) ?? []), r.id])]);
  for (const [entity, ids] of byEntity) {
    const { seen, existing } = await repo.seenAndExisting(db, scope, OWNED.get(entity)!, ids);
    for (const r of seen) ok.add(`${entity}:${r.id}`);
    const gone = ids.filter((id) => !existing.some((r) => r.id === id));
    if (gone.length === 0) continue;
    const [history, named] = await Promise.all([
      historyFacts(db, entity, gone),
      repo.namedAccess(db, entity, gone, scope.userId),
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
        (vis === 'unit' && maySeeUnit(scope, owner)) ||
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

async function allShared(db: Database, list: Ref[]): Promise<boolean> {
  for (const r of list) {
    if (!UUID.test(r.id)) return false;
    if ((await repo.visibilityOf(db, OWNED.get(r.entity)!.table, r.id)) !== 'shared') return false;
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
    const scope = await scopeOfUser(db, userId, { activeOnly: false });
    if (!scope) continue;
    // Callers name records they have just written; one that does not exist has nothing to hide.
    const ok = await readableRefs(db, scope, owners, true);
    if (owners.every((r) => ok.has(`${r.entity}:${r.id}`))) out.push(userId);
  }
  return out;
}
