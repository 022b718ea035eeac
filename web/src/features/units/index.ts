import { IconSitemap } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const UnitsPage = lazyPage(() => import('./UnitsPage').then((m) => ({ default: m.UnitsPage })));

/** The unit tree. */
export const unitsFeature: FeatureManifest<Ability> = {
  name: 'units',
  routes: [
    { path: '/units', page: UnitsPage, requires: 'manageUnits' },
  ],
  nav: [
    { id: 'units', label: 'nav.units', path: '/units', icon: IconSitemap, section: 'admin', requires: 'manageUnits' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
