import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { visibleWhere } from '../../core/tenancy.js';
import { partners, type Partner } from './schema.js';

export type DuplicateReason = 'same_name_country' | 'similar_name' | 'same_website' | 'same_email';
/** How similar two folded names must be (pg_trgm similarity) to be called likely duplicates. */
export const NAME_SIMILARITY = 0.6;

/** "https://www.Example.org/" and "example.org" are the same site. */
export const websiteKey = (col: SQL | string | AnyPgColumn) => sql`lower(regexp_replace(regexp_replace(${col}, '^https?://(www\\.)?', '', 'i'), '/+$', ''))`;

export interface DuplicateProbe {
  names: string[];
  countryCode?: string | null;
  website?: string;
  emails?: string[];
  excludeId?: string;
}

/** Likely duplicates of a record about to be saved, among the partners the user can see. */
export async function findCandidates(db: Database, scope: Scope, probe: DuplicateProbe, limit = 10) {
  const names = probe.names.map((n) => n.trim()).filter(Boolean);
  const emails = (probe.emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean);
  const website = probe.website?.trim() ?? '';
  if (!names.length && !emails.length && !website) return [];
  const p = partners;
  const nameArr = sql`array[${sql.join(names.length ? names.map((n) => sql`amity_fold(${n})`) : [sql`''`], sql`, `)}]::text[]`;
  const ownNames = sql`array[amity_fold(${p.name}), amity_fold(${p.nameVi}), amity_fold(${p.nameEn}), amity_fold(${p.nameFr}), amity_fold(${p.transliteration})]`;
  const sim = sql<number>`(select coalesce(max(word_similarity(x, ${p.nameKey})), 0) from unnest(${nameArr}) x where x <> '')`;
  const sameName = sql<boolean>`(${ownNames} && ${nameArr} and ${p.countryCode} is not distinct from ${probe.countryCode ?? null})`;
  const sameSite = website ? sql<boolean>`(${p.website} <> '' and ${websiteKey(p.website)} = ${websiteKey(website)})` : sql<boolean>`false`;
  // "partners"."id" written out: in a select list Drizzle prints a bare "id", which the subquery would capture.
  const sameEmail = emails.length
    ? sql<boolean>`exists (select 1 from partner_contacts c where c.partner_id = "partners"."id" and lower(c.email) in (${sql.join(emails.map((e) => sql`${e}`), sql`, `)}))`
    : sql<boolean>`false`;
  const similarIdx = names.length ? sql.join(names.map((n) => sql`amity_fold(${n}) <% ${p.nameKey}`), sql` or `) : sql`false`;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY)}, true)`);
    return tx
      .select({ partner: p, sim, sameName, sameSite, sameEmail })
      .from(p)
      .where(
        sql`${visibleWhere(scope, p, 'partner')} and ${probe.excludeId ? sql`${p.id} <> ${probe.excludeId}` : sql`true`}
            and ((${similarIdx}) or ${sameSite} or ${sameEmail})`,
      )
      .orderBy(sql`(${sameName} or ${sameSite} or ${sameEmail}) desc, ${sim} desc`)
      .limit(limit);
  });
  return rows.map((r) => {
    const reasons: DuplicateReason[] = [];
    if (r.sameName) reasons.push('same_name_country');
    if (Number(r.sim) >= NAME_SIMILARITY) reasons.push('similar_name');
    if (r.sameSite) reasons.push('same_website');
    if (r.sameEmail) reasons.push('same_email');
    const score = Math.min(1, Math.max(Number(r.sim), r.sameName ? 1 : 0, r.sameSite || r.sameEmail ? 0.9 : 0));
    return { partner: r.partner, score: Math.round(score * 100) / 100, reasons };
  });
}

/**
 * Candidate pairs among everything the user can see: similar names (trigram
 * index), the same website, or a shared contact email.
 */
export async function duplicatePairs(db: Database, scope: Scope, limit: number, offset: number) {
  const pairs = sql`
    with visible as (select * from partners where ${visibleWhere(scope, partners, 'partner')}),
    pairs as (
      select a.id as a_id, b.id as b_id, similarity(a.name_key, b.name_key) as sim,
        (a.country_code is not distinct from b.country_code) as same_country,
        (a.website <> '' and ${websiteKey(sql`a.website`)} = ${websiteKey(sql`b.website`)}) as same_site,
        false as same_email
      from visible a join visible b on a.id < b.id and (a.name_key % b.name_key
        or (a.website <> '' and ${websiteKey(sql`a.website`)} = ${websiteKey(sql`b.website`)}))
      union all
      select least(ca.partner_id, cb.partner_id), greatest(ca.partner_id, cb.partner_id), 0, false, false, true
      from partner_contacts ca join partner_contacts cb on lower(ca.email) = lower(cb.email) and ca.partner_id < cb.partner_id
      where ca.email <> '' and ca.partner_id in (select id from visible) and cb.partner_id in (select id from visible)
    )
    select a_id, b_id, max(sim) as sim, bool_or(same_country) as same_country, bool_or(same_site) as same_site, bool_or(same_email) as same_email
    from pairs group by a_id, b_id`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY)}, true)`);
    const rows = (
      await tx.execute<{ a_id: string; b_id: string; sim: number; same_country: boolean; same_site: boolean; same_email: boolean; total: number }>(sql`
        select *, count(*) over ()::int as total from (${pairs}) x
        order by greatest(sim, case when same_site or same_email then 0.9 else 0 end) desc, a_id, b_id
        limit ${limit} offset ${offset}`)
    ).rows;
    const ids = [...new Set(rows.flatMap((r) => [r.a_id, r.b_id]))];
    const byId = new Map<string, Partner>();
    if (ids.length) {
      const found = await tx.select().from(partners).where(sql`${partners.id} in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`);
      for (const f of found) byId.set(f.id, f);
    }
    return {
      total: rows[0]?.total ?? 0,
      items: rows.map((r) => {
        const reasons: DuplicateReason[] = [];
        const sim = Number(r.sim);
        if (sim >= 0.99 && r.same_country) reasons.push('same_name_country');
        if (sim >= NAME_SIMILARITY) reasons.push('similar_name');
        if (r.same_site) reasons.push('same_website');
        if (r.same_email) reasons.push('same_email');
        const score = Math.round(Math.max(sim, r.same_site || r.same_email ? 0.9 : 0) * 100) / 100;
        return { a: byId.get(r.a_id)!, b: byId.get(r.b_id)!, score, reasons };
      }),
    };
  });
}
