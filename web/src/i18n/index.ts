import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const SUPPORTED_LANGUAGES = ['vi', 'en', 'fr'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isUiLanguage(v: unknown): v is UiLanguage {
  return typeof v === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(v);
}

/** First of vi/en/fr among the browser's preferred languages; English otherwise (widest understood by foreign partners). */
export function detectBrowserLanguage(langs: readonly string[] | undefined): UiLanguage {
  for (const tag of langs ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

type Catalog = Record<string, unknown>;
const isCatalog = (v: unknown): v is Catalog => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Strings live beside their code (ui/locales, app/locales, features/<f>/locales), each file holding whole
 * namespaces or parts of them; one language's files merge into one catalog. A key defined twice is an error.
 */
export function mergeStrings(catalogs: readonly Catalog[]): Catalog {
  const into = (out: Catalog, add: Catalog, at: string) => {
    for (const [k, v] of Object.entries(add)) {
      const key = at ? `${at}.${k}` : k;
      const mine = out[k];
      if (mine === undefined) out[k] = isCatalog(v) ? into({}, v, key) : v;
      else if (isCatalog(mine) && isCatalog(v)) into(mine, v, key);
      else throw new Error(`string "${key}" is defined twice`);
    }
    return out;
  };
  return catalogs.reduce<Catalog>((out, c) => into(out, c, ''), {});
}

/** Where the strings come from: the app hands them in (app/features.ts), so this module imports no feature. */
export type StringSource = Record<UiLanguage, () => Promise<{ default: Catalog }>>;

const initial =
  typeof navigator !== 'undefined'
    ? detectBrowserLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
    : 'en';

/** One language's strings from every source, loaded when first needed. */
export async function loadTranslation(sources: readonly StringSource[], lang: string): Promise<Catalog> {
  if (!isUiLanguage(lang)) throw new Error(`no strings for language ${lang}`);
  return mergeStrings(await Promise.all(sources.map(async (s) => (await s[lang]()).default)));
}

// Only the language in use is downloaded (the three together weigh ~220 kB; vite.config.ts puts each
// language's files in one chunk); changeLanguage loads the next one before switching, so the page never
// shows keys. Every key exists in all three (i18n.test.ts): no fallback language is needed.
const lazyStrings = (sources: readonly StringSource[]): BackendModule => ({
  type: 'backend',
  init: () => {},
  read: (language: string, _namespace: string, callback: ReadCallback) => {
    loadTranslation(sources, language).then(
      (data) => callback(null, data),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
});

/** Starts i18n with the app's strings; resolves once the first language's strings are in: render after it. */
export function initI18n(sources: readonly StringSource[]) {
  const ready = i18n
    .use(lazyStrings(sources))
    .use(initReactI18next)
    .init({
      lng: initial,
      fallbackLng: false,
      supportedLngs: [...SUPPORTED_LANGUAGES],
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
  syncHtmlLang(i18n.language);
  i18n.on('languageChanged', syncHtmlLang);
  return ready;
}

function syncHtmlLang(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}

export default i18n;
