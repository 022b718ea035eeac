import { and, or, sql, type SQL } from 'drizzle-orm';
import { foldedTokens } from '../../core/search.js';
import type { Database } from '../../db/types.js';
import { partners } from './schema.js';

/** Trigram similarity a dictionary word needs to stand in for a misspelt one. */
export const TYPO_SIMILARITY = 0.4;
/** How many dictionary words may stand in for one misspelt word. */
const TYPO_ALTERNATIVES = 5;
/** Above this many matches the count stops and the order is a cheap one (see BENCHMARKS.md). */
export const SEARCH_CAP = 1000;

/**
 * A search box's words, resolved: each word is matched as a substring of search_text,
 * or (when it occurs nowhere: a typo) by the dictionary words most similar to it.
 */
export interface ResolvedSearch {
  q: string;
  words: { word: string; alternatives?: string[] }[];
}

/** Scripts written without spaces between words: there a short word is matched anywhere. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/** The characters amity_short_grams indexes (migration 0012): the same ranges. */
const GRAM_SCRIPTS = /^[\u0e00-\u0eff\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+$/;

const unescape = (w: string) => w.replace(/\\(.)/g, '$1');

/**
 * Looks every word of 3+ characters up in search_words: one found nowhere is taken for a
 * typo and replaced by its most similar words. Cheap (the dictionary is small and indexed),
 * and it keeps `similarity` off the partners table, where it would run once per row.
 */
export async function resolveSearch(db: Database, q: string | undefined): Promise<ResolvedSearch | undefined> {
  const tokens = foldedTokens(q);
  if (!q || tokens.length === 0) return undefined;
  const long = tokens.filter((w) => [...w].length >= 3);
  const similar = new Map<string, string[]>();
  if (long.length > 0) {
    // One round trip for every word; the similar words are looked for only when a word occurs nowhere
    // (CASE evaluates its ELSE branch lazily).
    const { rows } = await db.execute<{ i: number; similar: string[] | null }>(sql`
      select t.i::int as i, case when exists (select 1 from search_words where word like '%' || amity_fold(t.w) || '%') then null
        else (select array_agg(s.word) from (
          select word from search_words where word % amity_fold(t.raw)
          order by similarity(word, amity_fold(t.raw)) desc, word limit ${TYPO_ALTERNATIVES}) s) end as similar
      from unnest(array[${sql.join(long.map((w) => sql`${w}`), sql`, `)}]::text[], array[${sql.join(long.map((w) => sql`${unescape(w)}`), sql`, `)}]::text[])
        with ordinality as t(w, raw, i)`);
    for (const r of rows) if (r.similar?.length) similar.set(long[r.i - 1]!, r.similar);
  }
  return { q, words: tokens.map((word) => (similar.has(word) ? { word, alternatives: similar.get(word)! } : { word })) };
}

/**
 * Every word must occur in some name, alias, contact, city or tag: as a substring (prefixes,
 * "pari" → "paris"); a word under 3 characters at the start of a word (it has no trigram, and
 * "an" inside every "Nguyen Van Anh…" would match everything), except in scripts without
 * spaces ("北京" inside "中国北京大学"); a typo by its alternatives.
 */
export function searchWhere(s: ResolvedSearch | undefined): SQL | undefined {
  if (!s) return undefined;
  const st = partners.searchText;
  return and(
    ...s.words.map(({ word, alternatives }) => {
      if (alternatives) return or(...alternatives.map((w) => sql`${st} like '%' || ${w.replace(/[\\%_]/g, (c) => `\\${c}`)} || '%'`))!;
      const f = sql`amity_fold(${word})`;
      const short = [...word].length < 3;
      if (short && !NO_SPACES.test(word)) return sql`(${st} like ${f} || '%' or ${st} like '% ' || ${f} || '%')`;
      // No trigram to look up: the index of short pieces finds the rows, LIKE confirms them.
      if (short && GRAM_SCRIPTS.test(word)) return sql`(amity_short_grams(${st}) @> array[${f}] and ${st} like '%' || ${f} || '%')`;
      return sql`${st} like '%' || ${f} || '%'`;
    }),
  );
}

/** LIKE pattern of names starting with the query (its own % and _ taken literally). */
const startsWith = (q: string) => sql`replace(replace(replace(amity_fold(${q}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;

/** Names that start with the query, through partners_name_prefix_idx (a range, not a scan). */
export const nameStartsWith = (q: string) => sql`left(${partners.nameKey}, 200) like ${startsWith(q)}`;

const prefixBonus = (q: string) => sql`(case when ${partners.nameKey} like ${startsWith(q)} then 4 else 0 end)`;

/** 2 when a word of the names starts with w, 1 when w is inside one, else 0 (w folded). */
const wordInNames = (w: SQL) => sql`(case when strpos(' ' || ${partners.nameKey}, ' ' || ${w}) > 0 then 2 when strpos(${partners.nameKey}, ${w}) > 0 then 1 else 0 end)`;

/**
 * Relevance, by the names only, from cheap string tests (a per-row similarity cost ~10x more and
 * decided the p95 of broad searches; BENCHMARKS.md): a name starting with the whole query first,
 * then how many of the words start a word of the names (a typo by its best alternative), then
 * shorter names. Matches only through a contact, city or tag come after name matches.
 */
export function searchScore(s: ResolvedSearch): SQL<number> {
  const words = s.words.map(({ word, alternatives }) =>
    alternatives ? sql`greatest(${sql.join(alternatives.map((a) => wordInNames(sql`${a}`)), sql`, `)})` : wordInNames(sql`amity_fold(${unescape(word)})`),
  );
  return sql<number>`(${prefixBonus(s.q)} + (${sql.join(words, sql` + `)})::float8 / ${words.length} - least(length(${partners.nameKey}), 9999) / 10000.0)::float8`;
}

/**
 * Name order, served by partners_name_order_idx: with LIMIT, the database reads matches in this
 * order and stops at the page, instead of scoring and sorting every match. Used when a search
 * finds more than SEARCH_CAP partners (relevance among so many says little) and for sort=name.
 */
export const nameOrder = sql`left(${partners.nameKey}, 200)`;

/** Runs fn in one transaction with the dictionary's similarity threshold set for it only. */
export async function withSearchSettings<T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(TYPO_SIMILARITY)}, true)`);
    return fn(tx);
  });
}

/** Recomputes the folded search columns of one partner from its names, aliases, city, tags and contacts. */
export async function refreshSearchText(db: Database, partnerId: string): Promise<void> {
  await db.execute(sql`
    update partners p set
      name_key = amity_fold(concat_ws(' ', p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration)),
      search_text = amity_fold(concat_ws(' ',
        p.name, p.name_vi, p.name_en, p.name_fr, p.transliteration, array_to_string(p.aliases, ' '),
        p.city, array_to_string(p.tags, ' '),
        (select string_agg(c.name, ' ') from partner_contacts c where c.partner_id = p.id)))
    where p.id = ${partnerId}`);
}
