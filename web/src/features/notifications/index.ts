import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';
import { NotificationBell } from './NotificationBell';

const NotificationsPage = lazyPage(() => import('./NotificationsPage').then((m) => ({ default: m.NotificationsPage })));

/** The user's notifications: a bell in the header and a page. */
export const notificationsFeature: FeatureManifest<Ability> = {
  name: 'notifications',
  routes: [
    { path: '/notifications', page: NotificationsPage },
  ],
  header: NotificationBell,
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
