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

/**
 * Features may keep their strings beside them (features/<f>/locales/<lang>.json, each holding its
 * own top-level namespaces) so parallel work does not edit one big file; merged here, and checked
 * for completeness by i18n.test.ts like the main files.
 */
const mainFiles = import.meta.glob<Record<string, unknown>>('./locales/*.json', { import: 'default' });
const featureFiles = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', { import: 'default' });
export function mergeFeatureLocales(base: Record<string, unknown>, lang: string, files: Record<string, Record<string, unknown>>) {
  const out = { ...base };
  for (const [file, strings] of Object.entries(files)) {
    if (!file.endsWith(`/${lang}.json`)) continue;
    for (const [ns, v] of Object.entries(strings)) {
      if (ns in out) throw new Error(`${file}: namespace "${ns}" already defined`);
      out[ns] = v;
    }
  }
  return out;
}

const initial =
  typeof navigator !== 'undefined'
    ? detectBrowserLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
    : 'en';

/** One language's strings (the main file and every feature's), loaded when first needed. */
export async function loadTranslation(lang: string): Promise<Record<string, unknown>> {
  const main = mainFiles[`./locales/${lang}.json`];
  if (!main) throw new Error(`no strings for language ${lang}`);
  const mine = Object.entries(featureFiles).filter(([file]) => file.endsWith(`/${lang}.json`));
  const files = Object.fromEntries(await Promise.all(mine.map(async ([file, load]) => [file, await load()] as const)));
  return mergeFeatureLocales(await main(), lang, files);
}

// Only the language in use is downloaded (the three together weigh ~220 kB); changeLanguage loads the
// next one before switching, so the page never shows keys. Every key exists in all three (i18n.test.ts):
// no fallback language is needed.
const lazyStrings: BackendModule = {
  type: 'backend',
  init: () => {},
  read: (language: string, _namespace: string, callback: ReadCallback) => {
    loadTranslation(language).then(
      (data) => callback(null, data),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

/** Resolves once the first language's strings are in: render after it. */
export const i18nReady = i18n
  .use(lazyStrings)
  .use(initReactI18next)
  .init({
    lng: initial,
    fallbackLng: false,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });

function syncHtmlLang(lng: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

export default i18n;
