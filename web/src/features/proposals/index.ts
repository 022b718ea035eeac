import { IconMessage2Share } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const ProposalsRoutes = lazyPage(() => import('./ProposalsRoutes').then((m) => ({ default: m.ProposalsRoutes })));

/** Proposals from partners and units, and their follow-up. */
export const proposalsFeature: FeatureManifest<Ability> = {
  name: 'proposals',
  routes: [
    { path: '/proposals/*', page: ProposalsRoutes },
  ],
  nav: [
    { id: 'proposals', label: 'nav.proposals', path: '/proposals', icon: IconMessage2Share, section: 'plans' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
