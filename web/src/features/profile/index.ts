import { IconUserCircle } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const ProfilePage = lazyPage(() => import('./ProfilePage').then((m) => ({ default: m.ProfilePage })));

/** The user's own account: name, language, password, sessions, tokens. */
export const profileFeature: FeatureManifest<Ability> = {
  name: 'profile',
  routes: [
    { path: '/profile', page: ProfilePage },
  ],
  nav: [
    { id: 'profile', label: 'nav.profile', path: '/profile', icon: IconUserCircle, section: 'account' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
