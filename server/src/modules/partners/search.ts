import { and, sql, type SQL } from 'drizzle-orm';
import { foldedTokens } from '../../core/search.js';
import type { Database } from '../../db/types.js';
import { partners } from './schema.js';

/** Word similarity needed for a typo to still match (pg_trgm's default is 0.6: too strict for one typo in a short word). */
export const WORD_SIMILARITY = 0.5;

/**
 * The search box: every word must match some name, alias, contact, city or tag,
 * as a substring (prefixes, "pari" → "paris") or by trigram word similarity
 * (one typo). Both forms use the GIN trigram index on search_text.
 */
export function searchWhere(q: string | undefined): SQL | undefined {
  const tokens = foldedTokens(q);
  if (tokens.length === 0) return undefined;
  return and(
    ...tokens.map(
      (tok) => sql`(${partners.searchText} like '%' || amity_fold(${tok}) || '%' or amity_fold(${tok}) <% ${partners.searchText})`,
    ),
  );
}

/** Relevance: closeness of the whole query to the names first, then to everything searchable. */
export function searchScore(q: string): SQL<number> {
  return sql<number>`(word_similarity(amity_fold(${q}), ${partners.nameKey}) * 2 + word_similarity(amity_fold(${q}), ${partners.searchText})
    + case when ${partners.nameKey} like amity_fold(${q}) || '%' then 1 else 0 end)::float8`;
}

/** Runs fn with the similarity threshold set for its transaction only. */
export async function withSearchSettings<T>(db: Database, fn: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`);
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
