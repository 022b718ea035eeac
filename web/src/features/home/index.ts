import { IconHome } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const HomePage = lazyPage(() => import('./HomePage').then((m) => ({ default: m.HomePage })));

/** The signed-in user's start page. */
export const homeFeature: FeatureManifest<Ability> = {
  name: 'home',
  routes: [
    { path: '/home', page: HomePage },
  ],
  nav: [
    { id: 'home', label: 'nav.home', path: '/home', icon: IconHome, section: 'work' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
