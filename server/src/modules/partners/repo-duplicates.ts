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
export async function findCandidates(db: Database, scope: Scope | null, probe: DuplicateProbe, limit = 10) {
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
  // Similar names count within one country only: "X–Vietnam Friendship Association" exists in sixty countries.
  const sameCountry = probe.countryCode ? sql`(${p.countryCode} is null or ${p.countryCode} = ${probe.countryCode})` : sql`true`;
  const similarIdx = names.length ? sql`(${sql.join(names.map((n) => sql`amity_fold(${n}) <% ${p.nameKey}`), sql` or `)}) and ${sameCountry}` : sql`false`;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(NAME_SIMILARITY)}, true)`);
    return tx
      .select({ partner: p, sim, sameName, sameSite, sameEmail })
      .from(p)
      .where(
        sql`${scope ? visibleWhere(scope, p, 'partner') : sql`true`} and ${probe.excludeId ? sql`${p.id} <> ${probe.excludeId}` : sql`true`}
            and ((${similarIdx}) or ${sameSite} or ${sameEmail})`,
      )
      .orderBy(sql`(${sameName} or ${sameSite} or ${sameEmail}) desc, ${sim} desc`)
      .limit(limit);
  });
  return rows.map((r) => {
    const reasons: DuplicateReason[] = [];
    if (r.sameName) reasons.push('same_name_country');
    if (Number(r.sim) >= NAME_SIMILARITY && (!probe.countryCode || !r.partner.countryCode || r.partner.countryCode === probe.countryCode)) reasons.push('similar_name');
    if (r.sameSite) reasons.push('same_website');
    if (r.sameEmail) reasons.push('same_email');
    const score = Math.min(1, Math.max(Number(r.sim), r.sameName ? 1 : 0, r.sameSite || r.sameEmail ? 0.9 : 0));
    return { partner: r.partner, score: Math.round(score * 100) / 100, reasons };
  });
}

/** Recomputes the stored candidate pairs of one partner (dismissed pairs stay dismissed). */
export async function refreshCandidates(db: Database, partnerId: string): Promise<void> {
  const [p] = await db.select().from(partners).where(sql`${partners.id} = ${partnerId}`);
  await db.execute(sql`delete from partner_duplicates where (a_id = ${partnerId} or b_id = ${partnerId}) and not dismissed`);
  if (!p) return;
  const emails = (await db.execute<{ email: string }>(sql`select email from partner_contacts where partner_id = ${partnerId} and email <> ''`)).rows.map((r) => r.email);
  const found = await findCandidates(db, null, { names: [p.name, p.nameVi, p.nameEn, p.nameFr, p.transliteration], countryCode: p.countryCode, website: p.website, emails, excludeId: p.id }, 20);
  for (const c of found.filter((f) => f.reasons.length > 0)) {
    const [a, b] = [p.id, c.partner.id].sort() as [string, string];
    await db.execute(sql`insert into partner_duplicates (a_id, b_id, score, reasons) values (${a}, ${b}, ${c.score}, array[${sql.join(c.reasons.map((r) => sql`${r}`), sql`, `)}]::text[])
      on conflict (a_id, b_id) do nothing`);
  }
}

/** Stored candidate pairs whose two partners the user can both see, best first. */
export async function duplicatePairs(db: Database, scope: Scope, limit: number, offset: number) {
  const a = sql`(select id from partners where ${visibleWhere(scope, partners, 'partner')})`;
  const rows = (
    await db.execute<{ a_id: string; b_id: string; score: number; reasons: string[]; total: number }>(sql`
      select d.a_id, d.b_id, d.score, d.reasons, count(*) over ()::int as total from partner_duplicates d
      where not d.dismissed and d.a_id in ${a} and d.b_id in ${a}
      order by d.score desc, d.a_id, d.b_id limit ${limit} offset ${offset}`)
  ).rows;
  const ids = [...new Set(rows.flatMap((r) => [r.a_id, r.b_id]))];
  const byId = new Map<string, Partner>();
  if (ids.length) for (const f of await db.select().from(partners).where(sql`${partners.id} in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`)) byId.set(f.id, f);
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((r) => ({ a: byId.get(r.a_id)!, b: byId.get(r.b_id)!, score: Number(r.score), reasons: r.reasons as DuplicateReason[] })),
  };
}

/** "These two are not the same": the pair is not proposed again. */
export async function dismissPair(db: Database, aId: string, bId: string): Promise<boolean> {
  const [a, b] = [aId, bId].sort() as [string, string];
  const res = await db.execute(sql`update partner_duplicates set dismissed = true where a_id = ${a} and b_id = ${b} and not dismissed`);
  return (res.rowCount ?? 0) > 0;
}
