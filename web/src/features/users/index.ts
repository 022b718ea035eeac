import { IconUsers } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const UsersPage = lazyPage(() => import('./UsersPage').then((m) => ({ default: m.UsersPage })));

/** User accounts. */
export const usersFeature: FeatureManifest<Ability> = {
  name: 'users',
  routes: [
    { path: '/users', page: UsersPage, requires: 'manageUsers' },
  ],
  nav: [
    { id: 'users', label: 'nav.users', path: '/users', icon: IconUsers, section: 'admin', requires: 'manageUsers' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
