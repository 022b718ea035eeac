import { en } from './en.js';
import { vi } from './vi.js';
import { fr } from './fr.js';

export const languages = ['vi', 'en', 'fr'] as const;
export type Lang = (typeof languages)[number];

/** A module's strings (modules/<m>/messages.ts): the same keys in each language. */
export interface ModuleMessages {
  en: Record<string, string>;
  vi: Record<string, string>;
  fr: Record<string, string>;
}

/**
 * The catalogs: the ground floor's strings (error codes, field messages) here, each module's
 * beside it, handed in by the composition root (modules/index.ts) through `registerMessages`.
 */
const catalogs: Record<Lang, Record<string, string>> = { en: { ...en }, vi: { ...vi }, fr: { ...fr } };
export const moduleMessages: ModuleMessages[] = [];

export function registerMessages(list: ModuleMessages[]): void {
  for (const m of list) {
    if (moduleMessages.includes(m)) continue;
    moduleMessages.push(m);
    for (const lang of languages) Object.assign(catalogs[lang], m[lang]);
  }
}

/** Whether a message exists (in English, which every catalog has). */
export const hasMessage = (key: string): boolean => key in catalogs.en;

export function translate(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  const text = catalogs[lang][key] ?? catalogs.en[key] ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Picks vi/en/fr from an Accept-Language header by quality, or undefined. */
export function pickLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.find((x) => (languages as readonly string[]).includes(x.lang ?? ''))?.lang as Lang | undefined;
}
