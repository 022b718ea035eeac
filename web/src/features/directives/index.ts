import { IconFileCertificate } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const DirectivesRoutes = lazyPage(() => import('./DirectivesRoutes').then((m) => ({ default: m.DirectivesRoutes })));

/** Directives and plans; one lazy chunk serves /directives and /tasks. */
export const directivesFeature: FeatureManifest<Ability> = {
  name: 'directives',
  routes: [
    { path: '/directives/*', page: DirectivesRoutes },
    { path: '/tasks/*', page: DirectivesRoutes },
  ],
  nav: [
    { id: 'directives', label: 'nav.directives', path: '/directives', icon: IconFileCertificate, section: 'plans' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
