import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './locales/vi.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

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
const featureFiles = import.meta.glob<Record<string, unknown>>('../features/*/locales/*.json', { eager: true, import: 'default' });
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

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: mergeFeatureLocales(vi, 'vi', featureFiles) },
    en: { translation: mergeFeatureLocales(en, 'en', featureFiles) },
    fr: { translation: mergeFeatureLocales(fr, 'fr', featureFiles) },
  },
  lng: initial,
  fallbackLng: 'en',
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
