import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from './me';

/** Sign-in and the session (the app shell shows its sign-in page). */
export const authFeature: FeatureManifest<Ability> = {
  name: 'auth',
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
