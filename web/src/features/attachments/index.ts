import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

/** Files attached to records, shown inside other features' pages. */
export const attachmentsFeature: FeatureManifest<Ability> = {
  name: 'attachments',
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
