import type { UnitNames } from './types';

/** The unit's name in the UI language. */
export function unitName(unit: UnitNames | null | undefined, lang: string): string {
  if (!unit) return '';
  if (lang === 'vi') return unit.nameVi;
  if (lang === 'fr') return unit.nameFr;
  return unit.nameEn;
}

/** Lower-case without diacritics, so "Ha Noi" finds "Hà Nội" (đ has no decomposition). */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
