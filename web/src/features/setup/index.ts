import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

/** First-run setup (the app shell shows its page before anything else). */
export const setupFeature: FeatureManifest<Ability> = {
  name: 'setup',
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
