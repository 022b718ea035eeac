import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/types.js';
import { type Actor } from '../../../core/actor.js';
import { audit } from '../../../core/audit.js';
import { scopeOf } from '../../../core/scope.js';
import type { DemoContext } from '../../../http/module.js';
import { cooperationFields } from '../../countries/schema.js';
import { diffOf } from '../../../core/audit-hash.js';
import { partners, partnerContacts, partnerEvents, partnerFields } from '../schema.js';
import { refreshSearchText } from '../repo-search.js';
import { websiteKey } from '../repo-duplicates.js';
import { addNote, addRelationship } from '../related-service.js';
import type { DemoPartner, DemoUnitKey } from './types.js';
import { demoPartners } from './partners.js';
import { demoNotes, demoRelationships } from './data-links.js';

// The demo partner network: about two hundred foreign partners (data in
// data-*.ts). Search columns, audit entries, relationships, notes and
// their timeline events are written by the partner module's own functions;
// the rows themselves are inserted set-based to keep the load short.

/** Who writes a unit's partners: the unit's own officer, or the nearest demo account above it. */
const writerOf: Record<DemoUnitKey, string> = {
  central: 'officer.central@demo.amity',
  mofa: 'manager.central@demo.amity',
  vff: 'officer.central@demo.amity',
  propaganda: 'officer.central@demo.amity',
  vufo: 'officer.vufo@demo.amity',
  writers: 'officer.vufo@demo.amity',
  musicians: 'officer.vufo@demo.amity',
  dance: 'officer.vufo@demo.amity',
  photo: 'officer.vufo@demo.amity',
  hanoi: 'officer.hanoi@demo.amity',
  hoankiem: 'manager.hanoi@demo.amity',
  hoabinh: 'officer.hoabinh@demo.amity',
};

export async function loadPartnerDemo(tx: Database, ctx: DemoContext): Promise<void> {
  const unitOf = (key: string) => {
    const unit = ctx.unitsByKey.get(key);
    if (!unit) throw new Error(`demo: no unit "${key}"`);
    return unit;
  };
  const allUnitIds = [...ctx.unitsByKey.values()].map((u) => u.id);
  // The system writes on behalf of the unit's demo account: an administrator's
  // reach (every unit) with the owner unit as its own, as policy.ownBy allows.
  const actors = new Map<DemoUnitKey, Actor>();
  const actorFor = (key: DemoUnitKey): Actor => {
    let actor = actors.get(key);
    if (!actor) {
      const user = ctx.usersByEmail.get(writerOf[key]);
      if (!user) throw new Error(`demo: no user ${writerOf[key]}`);
      const scope = scopeOf({ id: user.id, unitId: unitOf(key).id, role: 'admin' }, [], allUnitIds);
      actor = { scope, email: user.email, ip: ctx.ip, lang: 'vi' };
      actors.set(key, actor);
    }
    return actor;
  };

  const fieldRows = await tx.select({ id: cooperationFields.id, key: cooperationFields.key }).from(cooperationFields);
  const fieldId = new Map(fieldRows.map((f) => [f.key, f.id]));
  const fieldIdOf = (key: string) => {
    const id = fieldId.get(key);
    if (!id) throw new Error(`demo: no cooperation field "${key}"`);
    return id;
  };

  // Partners, contacts, fields and "created" events in a few statements:
  // createPartner costs ~25 round trips per partner plus a trigram duplicate
  // search, several seconds for the whole set on PGlite.
  const rows = demoPartners();
  const created = new Map<string, { id: string; unit: DemoUnitKey }>();
  for (const p of rows) {
    if (created.has(p.k)) throw new Error(`demo: partner key "${p.k}" used twice`);
    created.set(p.k, { id: randomUUID(), unit: p.u });
  }
  const idOf = (p: DemoPartner) => created.get(p.k)!.id;
  const inserted = await tx
    .insert(partners)
    .values(
      rows.map((p): typeof partners.$inferInsert => ({
        id: idOf(p),
        type: p.type,
        name: p.n,
        nameVi: p.vi ?? '',
        nameEn: p.en ?? '',
        nameFr: p.fr ?? '',
        transliteration: p.tr ?? '',
        countryCode: p.c,
        city: p.city,
        languages: p.l,
        priority: p.p ?? 2,
        status: p.s ?? 'active',
        description: p.d,
        website: p.web ?? '',
        tags: p.tags ?? [],
        ownerUnitId: unitOf(p.u).id,
        visibility: p.v ?? 'shared',
        createdBy: actorFor(p.u).scope.userId,
      })),
    )
    .returning();
  const contactsOf = (p: DemoPartner) => (p.ct ?? []).map(([name, role, email, phone]) => ({ name, role, email, phone: phone ?? '' }));
  const contactRows = rows.flatMap((p) => contactsOf(p).map((c, sort) => ({ partnerId: idOf(p), ...c, sort })));
  if (contactRows.length) await tx.insert(partnerContacts).values(contactRows);
  await tx.insert(partnerFields).values(rows.flatMap((p) => [...new Set(p.f)].map((f) => ({ partnerId: idOf(p), fieldId: fieldIdOf(f) }))));
  await tx.insert(partnerEvents).values(
    inserted.map((p) => ({ partnerId: p.id, kind: 'created', actorId: p.createdBy, refEntity: 'partner', refId: p.id, ownerUnitId: p.ownerUnitId, visibility: p.visibility })),
  );
  for (const p of inserted) await refreshSearchText(tx, p.id);
  const ids = sql`array[${sql.join(inserted.map((p) => sql`${p.id}::uuid`), sql`, `)}]`;
  await storeDuplicatePairs(tx, ids);
  const byId = new Map(rows.map((p) => [idOf(p), p]));
  for (const partner of inserted) {
    const p = byId.get(partner.id)!;
    const diff = diffOf(null, { ...partner, fieldIds: p.f.map(fieldIdOf), contacts: contactsOf(p) });
    await audit(tx, actorFor(p.u), { action: 'create', entity: 'partner', entityId: partner.id, diff });
  }
  const partnerOf = (key: string) => {
    const p = created.get(key);
    if (!p) throw new Error(`demo: no partner "${key}"`);
    return p;
  };

  for (const [from, kind, to, note] of demoRelationships) {
    const source = partnerOf(from);
    const target = to.startsWith('@') ? { toUnitId: unitOf(to.slice(1)).id } : { toPartnerId: partnerOf(to).id };
    await addRelationship(tx, actorFor(source.unit), source.id, { kind, ...target, note: note ?? '' });
  }
  for (const [key, body] of demoNotes) {
    const p = partnerOf(key);
    await addNote(tx, actorFor(p.unit), p.id, body);
  }
}

/**
 * The likely-duplicate pairs among the given partners, on exact evidence only
 * (a same folded name in the same country, the same website, a shared contact
 * email), as imports store them (imports/repo-commit.ts). refreshCandidates' name
 * similarity would also pair nearly every "X–Vietnam Friendship Association"
 * with every other, burying the real duplicates.
 */
async function storeDuplicatePairs(tx: Database, ids: SQL) {
  await tx.execute(sql`
    with p as (
      select id, country_code,
        array_remove(array[amity_fold(name), amity_fold(name_vi), amity_fold(name_en), amity_fold(name_fr), amity_fold(transliteration)], '') as names,
        case when website <> '' then ${websiteKey(sql`website`)} end as site
      from partners where id = any(${ids})
    ),
    mail as (
      select distinct a.partner_id as a_id, b.partner_id as b_id
      from partner_contacts a join partner_contacts b on lower(a.email) = lower(b.email) and a.partner_id < b.partner_id
      where a.email <> '' and a.partner_id = any(${ids}) and b.partner_id = any(${ids})
    ),
    pairs as (
      select a.id as a_id, b.id as b_id,
        (a.names && b.names and a.country_code is not distinct from b.country_code) as same_name,
        coalesce(a.site = b.site, false) as same_site,
        exists (select 1 from mail m where m.a_id = a.id and m.b_id = b.id) as same_email
      from p a join p b on a.id < b.id
    )
    insert into partner_duplicates (a_id, b_id, score, reasons)
    select a_id, b_id, case when same_name then 1 else 0.9 end,
      array_remove(array[case when same_name then 'same_name_country' end, case when same_site then 'same_website' end, case when same_email then 'same_email' end], null)
    from pairs where same_name or same_site or same_email
    on conflict (a_id, b_id) do nothing`);
}
