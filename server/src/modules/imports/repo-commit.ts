import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Visibility } from '../../core/tenancy-schema.js';

// The statements of an import's commit (commit.ts runs them, a batch per transaction).

export type DuplicateAction = 'skip' | 'merge' | 'create';

export interface CommitOptions {
  ownerUnitId: string;
  visibility: Visibility;
  defaultAction: DuplicateAction;
  actions: Record<string, DuplicateAction>;
}

export type CommitResult = { created: number; merged: number; skipped: number };

const txt = (f: string) => sql.raw(`coalesce(r.data->>'${f}', '')`);
const arr = (f: string) => sql.raw(`coalesce(array(select jsonb_array_elements_text(r.data->'${f}')), '{}')`);
const searchRefresh = sql`name_key = amity_fold(concat_ws(' ', p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration)),
  search_text = amity_fold(concat_ws(' ', p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration, array_to_string(p.aliases, ' '),
    p.city, array_to_string(p.tags, ' '), (select string_agg(c.name, ' ') from partner_contacts c where c.partner_id = p.id)))`;

/** Rows lo..hi: their actions, new partners (with search columns), contacts, timeline events, duplicate pairs. */
export async function commitBatch(tx: Database, imp: { id: string; userId: string }, o: CommitOptions, lo: number, hi: number) {
  const id = imp.id;
  const chosen = sql`coalesce(${JSON.stringify(o.actions)}::jsonb ->> row_number::text, ${o.defaultAction})`;
  // A duplicate of an earlier row of the file has no partner to merge into: skipped.
  await tx.execute(sql`update import_rows r set action = a.action, record_id = case when a.action = 'create' then gen_random_uuid() end
    from (select row_number, case when errors is not null then null when duplicate_reason is null then 'create'
        when ${chosen} = 'merge' and duplicate_of is null then 'skip' else ${chosen} end as action
      from import_rows where import_id = ${id} and row_number between ${lo} and ${hi}) a
    where r.import_id = ${id} and r.row_number = a.row_number`);
  const rows = sql`r.import_id = ${id} and r.row_number between ${lo} and ${hi}`;
  // Search columns computed here, as the partner's write path would after its contacts are stored: one write per partner.
  await tx.execute(sql`insert into partners (id, type, name, name_vi, name_en, name_fr, transliteration, country_code, city, languages,
      priority, status, description, website, tags, owner_unit_id, visibility, created_by, import_id, name_key, search_text)
    select s.id, s.type, s.name, s.name_vi, s.name_en, s.name_fr, s.transliteration, s.country_code, s.city, s.languages,
      s.priority, s.status, s.description, s.website, s.tags, ${o.ownerUnitId}, ${o.visibility}::visibility, ${imp.userId}, ${id},
      amity_fold(concat_ws(' ', s.name, s.name_vi, s.name_en, s.name_fr, s.transliteration)),
      amity_fold(concat_ws(' ', s.name, s.name_vi, s.name_en, s.name_fr, s.transliteration, '', s.city, array_to_string(s.tags, ' '), s.contacts))
    from (select r.record_id as id, (r.data->>'type')::partner_type as type, ${txt('name')} as name, ${txt('nameVi')} as name_vi,
        ${txt('nameEn')} as name_en, ${txt('nameFr')} as name_fr, ${txt('transliteration')} as transliteration,
        nullif(r.data->>'countryCode', '') as country_code, ${txt('city')} as city, ${arr('languages')} as languages,
        coalesce((r.data->>'priority')::int, 2) as priority, coalesce((r.data->>'status')::partner_status, 'active') as status,
        ${txt('description')} as description, ${txt('website')} as website, ${arr('tags')} as tags,
        (select string_agg(c->>'name', ' ') from jsonb_array_elements(coalesce(r.data->'contacts', '[]'::jsonb)) c) as contacts
      from import_rows r where ${rows} and r.action = 'create' order by r.row_number) s`);
  await tx.execute(sql`insert into partner_contacts (partner_id, name, role, email, phone, sort)
    select r.record_id, c->>'name', coalesce(c->>'role', ''), coalesce(c->>'email', ''), coalesce(c->>'phone', ''), 0
    from import_rows r cross join lateral jsonb_array_elements(coalesce(r.data->'contacts', '[]'::jsonb)) c
    where ${rows} and r.action = 'create'`);
  await tx.execute(sql`insert into partner_events (partner_id, kind, actor_id, ref_entity, ref_id, data, owner_unit_id, visibility)
    select r.record_id, 'created', ${imp.userId}, 'partner', r.record_id::text,
      jsonb_build_object('importId', ${id}::text, 'row', r.row_number), ${o.ownerUnitId}, ${o.visibility}::visibility
    from import_rows r where ${rows} and r.action = 'create'`);
  // Exact matches only (same names and country, or same website): trigram pairs for 100,000 rows would take minutes.
  await tx.execute(sql`insert into partner_duplicates (a_id, b_id, score, reasons)
    select least(n.id, o.id), greatest(n.id, o.id), 1, array['same_name_country']
    from import_rows r join partners n on n.id = r.record_id
      join partners o on md5(o.name_key) = md5(n.name_key) and o.name_key = n.name_key
        and o.country_code is not distinct from n.country_code and o.id <> n.id
    where ${rows} and r.action = 'create'
    on conflict (a_id, b_id) do nothing`);
  await tx.execute(sql`insert into partner_duplicates (a_id, b_id, score, reasons)
    select least(n.id, o.id), greatest(n.id, o.id), 0.9, array['same_website']
    from import_rows r join partners n on n.id = r.record_id
      join partners o on o.website = n.website and o.id <> n.id
    where ${rows} and r.action = 'create' and n.website <> ''
    on conflict (a_id, b_id) do nothing`);
}

/**
 * The last step: rows marked "merge" fill the empty fields of the partner they duplicate
 * (never overwriting) and add tags, languages and contacts; then the counts.
 * Merged partners existed before the import, so this runs with the final state change.
 */
export async function mergeAndCount(tx: Database, imp: { id: string; userId: string }, o: CommitOptions): Promise<CommitResult> {
  const id = imp.id;
  const merging = sql`r.import_id = ${id} and r.action = 'merge'`;
  await tx.execute(sql`update import_rows set record_id = duplicate_of where import_id = ${id} and action = 'merge'`);
  await tx.execute(sql`update partners p set
      city = case when p.city = '' then ${txt('city')} else p.city end,
      website = case when p.website = '' then ${txt('website')} else p.website end,
      description = case when p.description = '' then ${txt('description')} else p.description end,
      tags = array(select distinct unnest(p.tags || ${arr('tags')})),
      languages = array(select distinct unnest(p.languages || ${arr('languages')})),
      updated_at = now()
    from import_rows r where ${merging} and p.id = r.record_id`);
  await tx.execute(sql`insert into partner_contacts (partner_id, name, role, email, phone, sort)
    select r.record_id, c->>'name', coalesce(c->>'role', ''), coalesce(c->>'email', ''), coalesce(c->>'phone', ''), 100
    from import_rows r cross join lateral jsonb_array_elements(coalesce(r.data->'contacts', '[]'::jsonb)) c
    where ${merging} and not exists (select 1 from partner_contacts x
      where x.partner_id = r.record_id and coalesce(c->>'email', '') <> '' and lower(x.email) = lower(c->>'email'))`);
  await tx.execute(sql`update partners p set ${searchRefresh}
    where p.id in (select record_id from import_rows r where ${merging})`);
  await tx.execute(sql`insert into partner_events (partner_id, kind, actor_id, ref_entity, ref_id, data, owner_unit_id, visibility)
    select r.record_id, 'updated', ${imp.userId}, 'partner', r.record_id::text,
      jsonb_build_object('importId', ${id}::text, 'row', r.row_number), p.owner_unit_id, p.visibility
    from import_rows r join partners p on p.id = r.record_id where ${merging}`);
  const counts = await tx.execute<{ action: string | null; n: number }>(sql`select action, count(*)::int as n from import_rows where import_id = ${id} group by action`);
  const by = Object.fromEntries(counts.rows.map((r) => [r.action ?? 'invalid', r.n]));
  return { created: by.create ?? 0, merged: by.merge ?? 0, skipped: by.skip ?? 0 };
}

/** Rows up to `processed` are written: processed_rows > 0 also tells recovery that partners of this import may exist. */
export async function markCommitted(tx: Database, importId: string, processed: number) {
  await tx.execute(sql`update imports set processed_rows = ${processed}, heartbeat_at = now() where id = ${importId}`);
}
