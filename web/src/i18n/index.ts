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

const initial =
  typeof navigator !== 'undefined'
    ? detectBrowserLanguage(navigator.languages?.length ? navigator.languages : [navigator.language])
    : 'en';

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en }, fr: { translation: fr } },
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
