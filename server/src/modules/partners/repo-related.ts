import { and, asc, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { visibleWhere } from '../../core/tenancy.js';
import { users } from '../../core/tenancy-schema.js';
import { units, type Unit } from '../../core/tenancy-schema.js';
import { partners, partnerNotes, partnerRelationships, partnerEvents, type Partner, type PartnerNote, type PartnerRelationship } from './schema.js';
import { scopedPartners } from './repo.js';
import { timelineSources } from './timeline.js';

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

export async function insertNote(db: Database, values: typeof partnerNotes.$inferInsert): Promise<PartnerNote> {
  const [row] = await db.insert(partnerNotes).values(values).returning();
  return row!;
}

export async function updateNote(db: Database, noteId: string, body: string): Promise<PartnerNote> {
  const [row] = await db.update(partnerNotes).set({ body, updatedAt: new Date() }).where(eq(partnerNotes.id, noteId)).returning();
  return row!;
}

export async function deleteNote(db: Database, noteId: string): Promise<void> {
  await db.delete(partnerNotes).where(eq(partnerNotes.id, noteId));
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

export async function deleteRelationship(db: Database, relId: string): Promise<void> {
  await db.delete(partnerRelationships).where(eq(partnerRelationships.id, relId));
}

/**
 * The timeline, newest first. Events of the partner's own records follow the
 * partner's visibility (already checked); events that later modules add are seen by
 * who sees their source record (timeline.ts), or else carry its visibility and are scoped like it.
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
  const sources = [...timelineSources()];
  const registered = sources.map(([entity, visible]) => and(eq(partnerEvents.refEntity, entity), visible(scope, partnerEvents.refId)));
  const handled = ['partner', 'partner_note', 'partner_relationship', ...sources.map(([entity]) => entity)];
  const other = and(
    sql`coalesce(${partnerEvents.refEntity}, '') not in (${sql.join(handled.map((e) => sql`${e}`), sql`, `)})`,
    visibleWhere(scope, partnerEvents, 'partner_event'),
  );
  const where = and(eq(partnerEvents.partnerId, partnerId), or(own, relationship, ...registered, other));
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
