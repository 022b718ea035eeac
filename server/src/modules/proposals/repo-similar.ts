import { and, ne, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { units } from '../../core/tenancy-schema.js';
import { proposals } from './schema.js';
import { scopedProposals } from './repo.js';

export interface SimilarInput {
  title: string;
  body?: string;
  targetUnitId?: string;
  excludeId?: string;
}

/** Below this trigram similarity of the titles two proposals are not "the same question". */
export const TITLE_SIMILARITY = 0.2;

/**
 * Visible proposals asking the same thing, best first (at most 10). Matches: the titles' trigram similarity ≥ 0.2,
 * the typed title found as a phrase-like run of the stored text (word_similarity through `%>`, served by the
 * trigram index on search_text), or every word of it in the stored text (full text). All folded: no diacritics needed.
 */
export async function findSimilar(db: Database, scope: Scope, input: SimilarInput) {
  const title = sql`amity_fold(${input.title})`;
  const all = sql`amity_fold(${`${input.title} ${input.body ?? ''}`})`;
  const score = sql<number>`greatest(similarity(amity_fold(${proposals.title}), ${title}), word_similarity(${title}, ${proposals.searchText}), similarity(${proposals.searchText}, ${all}))`;
  const rows = await db
    .select({
      id: proposals.id,
      code: proposals.code,
      title: proposals.title,
      state: proposals.state,
      groupId: proposals.groupId,
      answer: proposals.answer,
      ownerUnit: { id: units.id, nameVi: units.nameVi, nameEn: units.nameEn, nameFr: units.nameFr },
      similarity: score,
    })
    .from(proposals)
    .innerJoin(units, eq(units.id, proposals.ownerUnitId))
    .where(
      scopedProposals.where(
        scope,
        and(
          sql`(${proposals.searchText} %> ${title}
            or similarity(amity_fold(${proposals.title}), ${title}) >= ${TITLE_SIMILARITY}
            or to_tsvector('simple', ${proposals.searchText}) @@ plainto_tsquery('simple', ${title}))`,
          input.targetUnitId ? eq(proposals.targetUnitId, input.targetUnitId) : undefined,
          input.excludeId ? ne(proposals.id, input.excludeId) : undefined,
        ),
      ),
    )
    .orderBy(sql`${score} desc`, proposals.code)
    .limit(10);
  return rows.map((r) => ({ ...r, similarity: Math.round(Number(r.similarity) * 1000) / 1000 }));
}
