import { IconListCheck } from '@tabler/icons-react';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

/** Tasks of directives. Their pages are under /tasks, served by the directives routes (directives builds on tasks). */
export const tasksFeature: FeatureManifest<Ability> = {
  name: 'tasks',
  nav: [
    { id: 'tasks', label: 'nav.tasks', path: '/tasks', icon: IconListCheck, section: 'work' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
