import { IconWorld } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const PartnersRoutes = lazyPage(() => import('./PartnersRoutes').then((m) => ({ default: m.PartnersRoutes })));

/** Foreign partners: organisations and people. */
export const partnersFeature: FeatureManifest<Ability> = {
  name: 'partners',
  routes: [
    { path: '/partners/*', page: PartnersRoutes },
  ],
  nav: [
    { id: 'partners', label: 'nav.partners', path: '/partners', icon: IconWorld, section: 'network' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
