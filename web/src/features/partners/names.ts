import type { UnitNames } from '../../ui/types';
import type { PartnerNames } from './types';

const byLanguage: Record<string, keyof PartnerNames> = { vi: 'nameVi', en: 'nameEn', fr: 'nameFr' };

const clean = (s: string | null | undefined) => (s ?? '').trim();

/**
 * The name shown for a partner: its name in the UI language when there is one,
 * else the name as written (any script), else whichever other name exists.
 */
export function partnerName(p: Partial<PartnerNames>, lang: string): string {
  const own = byLanguage[lang];
  const order: (keyof PartnerNames)[] = [
    ...(own ? [own] : []),
    'name',
    'nameEn',
    'nameVi',
    'nameFr',
    'transliteration',
  ];
  for (const key of order) {
    const v = clean(p[key]);
    if (v) return v;
  }
  return '';
}

/**
 * The original-script name (and its transliteration) shown under the display name,
 * when it adds something: "中越友好协会 · Zhong Yue Youhao Xiehui".
 */
export function partnerSecondaryName(p: Partial<PartnerNames>, lang: string): string {
  const shown = partnerName(p, lang);
  const parts = [clean(p.name), clean(p.transliteration)].filter((s, i, all) => s && s !== shown && all.indexOf(s) === i);
  return parts.join(' · ');
}

/** Country (or any trilingual reference item) in the UI language; the code when unknown. */
export function refName(item: UnitNames | null | undefined, lang: string, fallback = ''): string {
  if (!item) return fallback;
  const v = lang === 'vi' ? item.nameVi : lang === 'fr' ? item.nameFr : item.nameEn;
  return v || item.nameEn || item.nameVi || item.nameFr || fallback;
}

/** Duplicate scores as 0..1, whether the server sends 0..1 or 0..100. */
export function scoreRatio(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(1, Math.max(0, score <= 1 ? score : score / 100));
}

export function formatScore(score: number): string {
  if (!Number.isFinite(score)) return '';
  return `${Math.round(scoreRatio(score) * 100)}%`;
}

export const scoreColor = (score: number) => (scoreRatio(score) >= 0.85 ? 'red' : scoreRatio(score) >= 0.6 ? 'orange' : 'yellow');
