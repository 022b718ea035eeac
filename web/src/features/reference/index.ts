import { IconBooks } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const ReferenceRoutes = lazyPage(() => import('./ReferenceRoutes').then((m) => ({ default: m.ReferenceRoutes })));

/** Reference data (countries, fields, …): the administrators' (everyone reads it through other pages). */
export const referenceFeature: FeatureManifest<Ability> = {
  name: 'reference',
  routes: [
    { path: '/reference/*', page: ReferenceRoutes, requires: 'admin' },
  ],
  nav: [
    { id: 'reference', label: 'nav.reference', path: '/reference', icon: IconBooks, section: 'admin', requires: 'admin' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
