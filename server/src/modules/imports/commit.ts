import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Visibility } from '../../core/tenancy-schema.js';
import { analyze } from './repo.js';

export type DuplicateAction = 'skip' | 'merge' | 'create';

const txt = (f: string) => sql.raw(`coalesce(r.data->>'${f}', '')`);
const arr = (f: string) => sql.raw(`coalesce(array(select jsonb_array_elements_text(r.data->'${f}')), '{}')`);
const searchRefresh = sql`name_key = amity_fold(concat_ws(' ', p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration)),
  search_text = amity_fold(concat_ws(' ', p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration, array_to_string(p.aliases, ' '),
    p.city, array_to_string(p.tags, ' '), (select string_agg(c.name, ' ') from partner_contacts c where c.partner_id = p.id)))`;

/**
 * Writes every row of a validated import in set-based statements (inside the
 * caller's transaction): new partners with their contacts, search columns and
 * timeline events; rows marked "merge" fill the empty fields of the partner they duplicate.
 */
export async function commitRows(
  tx: Database,
  imp: { id: string; userId: string },
  o: { ownerUnitId: string; visibility: Visibility; defaultAction: DuplicateAction; actions: Record<string, DuplicateAction> },
  progress: (step: string) => void,
) {
  const id = imp.id;
  await tx.execute(sql`update import_rows set record_id = null, action = case
      when errors is not null then null
      when duplicate_reason is null then 'create'
      else coalesce(${JSON.stringify(o.actions)}::jsonb ->> row_number::text, ${o.defaultAction}) end
    where import_id = ${id}`);
  await tx.execute(sql`update import_rows set action = 'skip' where import_id = ${id} and action = 'merge' and duplicate_of is null`);
  await tx.execute(sql`update import_rows set record_id = gen_random_uuid() where import_id = ${id} and action = 'create'`);
  progress('partners');
  await tx.execute(sql`insert into partners (id, type, name, name_vi, name_en, name_fr, transliteration, country_code, city, languages,
      priority, status, description, website, tags, owner_unit_id, visibility, created_by)
    select r.record_id, (r.data->>'type')::partner_type, ${txt('name')}, ${txt('nameVi')}, ${txt('nameEn')}, ${txt('nameFr')}, ${txt('transliteration')},
      nullif(r.data->>'countryCode', ''), ${txt('city')}, ${arr('languages')}, coalesce((r.data->>'priority')::int, 2),
      coalesce((r.data->>'status')::partner_status, 'active'), ${txt('description')}, ${txt('website')}, ${arr('tags')},
      ${o.ownerUnitId}, ${o.visibility}::visibility, ${imp.userId}
    from import_rows r where r.import_id = ${id} and r.action = 'create' order by r.row_number`);
  progress('contacts');
  await tx.execute(sql`insert into partner_contacts (partner_id, name, role, email, phone, sort)
    select r.record_id, c->>'name', coalesce(c->>'role', ''), coalesce(c->>'email', ''), coalesce(c->>'phone', ''), 0
    from import_rows r cross join lateral jsonb_array_elements(coalesce(r.data->'contacts', '[]'::jsonb)) c
    where r.import_id = ${id} and r.action = 'create'`);
  progress('merge');
  // Merging never overwrites: it fills what the existing partner lacks and adds tags, languages and contacts.
  await tx.execute(sql`update import_rows set record_id = duplicate_of where import_id = ${id} and action = 'merge'`);
  await tx.execute(sql`update partners p set
      city = case when p.city = '' then ${txt('city')} else p.city end,
      website = case when p.website = '' then ${txt('website')} else p.website end,
      description = case when p.description = '' then ${txt('description')} else p.description end,
      tags = array(select distinct unnest(p.tags || ${arr('tags')})),
      languages = array(select distinct unnest(p.languages || ${arr('languages')})),
      updated_at = now()
    from import_rows r where r.import_id = ${id} and r.action = 'merge' and p.id = r.record_id`);
  await tx.execute(sql`insert into partner_contacts (partner_id, name, role, email, phone, sort)
    select r.record_id, c->>'name', coalesce(c->>'role', ''), coalesce(c->>'email', ''), coalesce(c->>'phone', ''), 100
    from import_rows r cross join lateral jsonb_array_elements(coalesce(r.data->'contacts', '[]'::jsonb)) c
    where r.import_id = ${id} and r.action = 'merge' and not exists (select 1 from partner_contacts x
      where x.partner_id = r.record_id and coalesce(c->>'email', '') <> '' and lower(x.email) = lower(c->>'email'))`);
  progress('search');
  await tx.execute(sql`update partners p set ${searchRefresh}
    where p.id in (select record_id from import_rows where import_id = ${id} and action in ('create', 'merge'))`);
  progress('timeline');
  await tx.execute(sql`insert into partner_events (partner_id, kind, actor_id, ref_entity, ref_id, data, owner_unit_id, visibility)
    select r.record_id, case when r.action = 'create' then 'created' else 'updated' end, ${imp.userId}, 'partner', r.record_id::text,
      jsonb_build_object('importId', ${id}::text, 'row', r.row_number), p.owner_unit_id, p.visibility
    from import_rows r join partners p on p.id = r.record_id where r.import_id = ${id} and r.action in ('create', 'merge')`);
  progress('duplicates');
  await analyze(tx);
  // Exact matches only (same names and country, or same website): trigram pairs for 100,000 rows would take minutes.
  await tx.execute(sql`insert into partner_duplicates (a_id, b_id, score, reasons)
    select least(n.id, o.id), greatest(n.id, o.id), 1, array['same_name_country']
    from import_rows r join partners n on n.id = r.record_id
      join partners o on md5(o.name_key) = md5(n.name_key) and o.name_key = n.name_key
        and o.country_code is not distinct from n.country_code and o.id <> n.id
    where r.import_id = ${id} and r.action = 'create'
    on conflict (a_id, b_id) do nothing`);
  await tx.execute(sql`insert into partner_duplicates (a_id, b_id, score, reasons)
    select least(n.id, o.id), greatest(n.id, o.id), 0.9, array['same_website']
    from import_rows r join partners n on n.id = r.record_id
      join partners o on o.website = n.website and o.id <> n.id
    where r.import_id = ${id} and r.action = 'create' and n.website <> ''
    on conflict (a_id, b_id) do nothing`);
  const counts = await tx.execute<{ action: string | null; n: number }>(sql`select action, count(*)::int as n from import_rows where import_id = ${id} group by action`);
  const by = Object.fromEntries(counts.rows.map((r) => [r.action ?? 'invalid', r.n]));
  return { created: by.create ?? 0, merged: by.merge ?? 0, skipped: by.skip ?? 0 };
}
