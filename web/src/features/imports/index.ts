import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const ImportPage = lazyPage(() => import('./ImportPage').then((m) => ({ default: m.ImportPage })));

/** Importing partners from a spreadsheet (under the partners' address). */
export const importsFeature: FeatureManifest<Ability> = {
  name: 'imports',
  routes: [
    { path: '/partners/import', page: ImportPage },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
