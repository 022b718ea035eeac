import { IconHistory } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const AuditPage = lazyPage(() => import('./AuditPage').then((m) => ({ default: m.AuditPage })));

/** The audit log. */
export const auditFeature: FeatureManifest<Ability> = {
  name: 'audit',
  routes: [
    { path: '/audit', page: AuditPage, requires: 'viewAudit' },
  ],
  nav: [
    { id: 'audit', label: 'nav.audit', path: '/audit', icon: IconHistory, section: 'admin', requires: 'viewAudit' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
