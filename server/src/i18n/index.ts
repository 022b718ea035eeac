import { en } from './en.js';
import { vi } from './vi.js';
import { fr } from './fr.js';

export const languages = ['vi', 'en', 'fr'] as const;
export type Lang = (typeof languages)[number];
import { moduleMessages } from './modules.js';

const merged = (lang: Lang, base: Record<string, string>) => Object.assign({}, base, ...moduleMessages.map((m) => m[lang])) as Record<string, string>;
const catalogs: Record<Lang, Record<string, string>> = { en: merged('en', en), vi: merged('vi', vi), fr: merged('fr', fr) };

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
