import { IconPlaneArrival } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const EngagementsRoutes = lazyPage(() => import('./EngagementsRoutes').then((m) => ({ default: m.EngagementsRoutes })));

/** Delegations, meetings and other engagements with partners. */
export const engagementsFeature: FeatureManifest<Ability> = {
  name: 'engagements',
  routes: [
    { path: '/engagements/*', page: EngagementsRoutes },
  ],
  nav: [
    { id: 'engagements', label: 'nav.engagements', path: '/engagements', icon: IconPlaneArrival, section: 'network' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
