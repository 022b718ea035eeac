import type { StringSource } from '../i18n';

/** Strings shared by the UI components and by several features (ui/locales). */
export const uiStrings: StringSource = {
  vi: () => import('./locales/vi.json'),
  en: () => import('./locales/en.json'),
  fr: () => import('./locales/fr.json'),
};
