import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { visibleWhere } from '../../core/tenancy.js';
import { users } from '../../core/tenancy-schema.js';
import { units, type Unit } from '../../core/tenancy-schema.js';
import { partners, partnerNotes, partnerRelationships, partnerEvents, type Partner, type PartnerRelationship } from './schema.js';
import { scopedPartners } from './repo.js';
import { engagements } from '../engagements/schema.js';
import { scopedEngagements } from '../engagements/repo.js';

// Notes, relationships and the timeline of one partner. Callers first check
// that the partner itself is visible; what it points at is checked here.

export async function listNotes(db: Database, partnerId: string, limit: number, offset: number) {
  const where = eq(partnerNotes.partnerId, partnerId);
  const [items, [total]] = await Promise.all([
    db
      .select({ note: partnerNotes, authorName: users.displayName })
      .from(partnerNotes)
      .leftJoin(users, eq(users.id, partnerNotes.authorId))
      .where(where)
      .orderBy(desc(partnerNotes.createdAt), desc(partnerNotes.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(partnerNotes).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findNote(db: Database, partnerId: string, noteId: string) {
  const [row] = await db.select().from(partnerNotes).where(and(eq(partnerNotes.id, noteId), eq(partnerNotes.partnerId, partnerId)));
  return row;
}

/** Relationships in both directions, with the other side if the user may see it. */
export async function listRelationships(db: Database, scope: Scope, partnerId: string) {
  const rels = await db
    .select()
    .from(partnerRelationships)
    .where(or(eq(partnerRelationships.fromPartnerId, partnerId), eq(partnerRelationships.toPartnerId, partnerId)))
    .orderBy(asc(partnerRelationships.createdAt));
  const otherIds = rels.map((r) => (r.fromPartnerId === partnerId ? r.toPartnerId : r.fromPartnerId)).filter((x): x is string => !!x);
  const visible = otherIds.length
    ? await db.select().from(partners).where(scopedPartners.where(scope, inArray(partners.id, otherIds)))
    : [];
  const byId = new Map(visible.map((p) => [p.id, p]));
  const unitIds = rels.map((r) => r.toUnitId).filter((x): x is string => !!x);
  const unitRows = unitIds.length ? await db.select().from(units).where(inArray(units.id, unitIds)) : [];
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  type Item =
    | { rel: PartnerRelationship; direction: 'out' | 'in'; partner: Partner; unit?: undefined }
    | { rel: PartnerRelationship; direction: 'out' | 'in'; unit: Unit; partner?: undefined };
  return rels.flatMap((r): Item[] => {
    const out = r.fromPartnerId === partnerId;
    const otherId = out ? r.toPartnerId : r.fromPartnerId;
    if (otherId) {
      const other = byId.get(otherId);
      return other ? [{ rel: r, direction: out ? 'out' : 'in', partner: other }] : [];
    }
    const unit = unitById.get(r.toUnitId!);
    return unit ? [{ rel: r, direction: 'out', unit }] : [];
  });
}

export async function insertRelationship(db: Database, values: typeof partnerRelationships.$inferInsert): Promise<PartnerRelationship> {
  const [row] = await db.insert(partnerRelationships).values(values).returning();
  return row!;
}

export async function findRelationship(db: Database, partnerId: string, relId: string) {
  const [row] = await db
    .select()
    .from(partnerRelationships)
    .where(and(eq(partnerRelationships.id, relId), or(eq(partnerRelationships.fromPartnerId, partnerId), eq(partnerRelationships.toPartnerId, partnerId))));
  return row;
}

/**
 * The timeline, newest first. Events of the partner's own records follow the
 * partner's visibility (already checked); events that later modules add carry
 * the visibility of their source record and are scoped like it.
 */
export async function listEvents(db: Database, scope: Scope, partnerId: string, limit: number, offset: number) {
  const own = sql`${partnerEvents.refEntity} in ('partner', 'partner_note')`;
  // A relationship event names the partner at its other end (its id): shown only to who may see that partner.
  const otherEnd = sql`(case when ${partnerEvents.data}->>'fromPartnerId' = ${partnerId}::text
    then ${partnerEvents.data}->>'toPartnerId' else ${partnerEvents.data}->>'fromPartnerId' end)`;
  const relationship = and(
    eq(partnerEvents.refEntity, 'partner_relationship'),
    sql`(${otherEnd} is null or ${otherEnd} = ${partnerId}::text or exists (select 1 from ${partners} where ${partners.id}::text = ${otherEnd} and ${scopedPartners.where(scope)}))`,
  );
  // An engagement's entry is seen by who sees the engagement (its named users too).
  const engagement = and(
    eq(partnerEvents.refEntity, 'engagement'),
    sql`exists (select 1 from ${engagements} where ${engagements.id}::text = ${partnerEvents.refId} and ${scopedEngagements.where(scope)})`,
  );
  const other = and(sql`coalesce(${partnerEvents.refEntity}, '') not in ('partner', 'partner_note', 'partner_relationship', 'engagement')`, visibleWhere(scope, partnerEvents, 'partner_event'));
  const where = and(eq(partnerEvents.partnerId, partnerId), or(own, relationship, engagement, other));
  const [items, [total]] = await Promise.all([
    db
      .select({ event: partnerEvents, actorName: users.displayName })
      .from(partnerEvents)
      .leftJoin(users, eq(users.id, partnerEvents.actorId))
      .where(where)
      .orderBy(desc(partnerEvents.at), desc(partnerEvents.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(partnerEvents).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export interface GraphNode {
  id: string;
  kind: 'partner' | 'unit';
  label: string;
  type?: string;
  countryCode?: string | null;
}

/** Partners and units around one partner, up to `depth` hops, only what the user may see. */
export async function neighbourhood(db: Database, scope: Scope, partnerId: string, depth: number, kinds?: string[], lang: 'vi' | 'en' | 'fr' = 'vi') {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, { id: string; source: string; target: string; kind: string }>();
  let frontier = [partnerId];
  const seen = new Set(frontier);
  // In the reader's language first, then as the partner pages do.
  const label = (p: { name: string; nameVi: string; nameEn: string; nameFr: string }) =>
    (lang === 'vi' ? p.nameVi : lang === 'en' ? p.nameEn : p.nameFr) || p.nameVi || p.nameEn || p.name || p.nameFr;
  const unitLabel = (u: { nameVi: string; nameEn: string; nameFr: string }) => (lang === 'vi' ? u.nameVi : lang === 'en' ? u.nameEn : u.nameFr) || u.nameVi;
  const [start] = await db.select().from(partners).where(eq(partners.id, partnerId));
  if (start) nodes.set(start.id, { id: start.id, kind: 'partner', label: label(start), type: start.type, countryCode: start.countryCode });
  for (let hop = 0; hop < depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const item of await listRelationships(db, scope, id)) {
        if (kinds?.length && !kinds.includes(item.rel.kind)) continue;
        const other = item.partner;
        const otherId = other?.id ?? `unit:${item.unit!.id}`;
        if (other) nodes.set(other.id, { id: other.id, kind: 'partner', label: label(other), type: other.type, countryCode: other.countryCode });
        else nodes.set(otherId, { id: otherId, kind: 'unit', label: unitLabel(item.unit!) });
        const [source, target] = item.direction === 'out' ? [id, otherId] : [otherId, id];
        edges.set(item.rel.id, { id: item.rel.id, source, target, kind: item.rel.kind });
        if (other && !seen.has(other.id)) {
          seen.add(other.id);
          next.push(other.id);
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
