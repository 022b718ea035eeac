import { IconChecklist } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const ApprovalsPage = lazyPage(() => import('./ApprovalsPage').then((m) => ({ default: m.ApprovalsPage })));
const ApprovalSettingsPage = lazyPage(() => import('./ApprovalSettingsPage').then((m) => ({ default: m.ApprovalSettingsPage })));

/** Engagements waiting for the user's decision, and who approves what. */
export const approvalsFeature: FeatureManifest<Ability> = {
  name: 'approvals',
  routes: [
    { path: '/approvals', page: ApprovalsPage, requires: 'approveEngagements' },
    { path: '/approvals/settings', page: ApprovalSettingsPage, requires: 'approveEngagements' },
  ],
  nav: [
    { id: 'approvals', label: 'nav.approvals', path: '/approvals', icon: IconChecklist, section: 'work', requires: 'approveEngagements' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
