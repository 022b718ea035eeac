import { IconCalendarEvent } from '@tabler/icons-react';
import { lazyPage } from '../../ui/chunkReload';
import type { FeatureManifest } from '../../ui/manifest';
import type { Ability } from '../auth/me';

const CalendarPage = lazyPage(() => import('./CalendarPage').then((m) => ({ default: m.CalendarPage })));

/** Engagements on a calendar, and the calendar feed. */
export const calendarFeature: FeatureManifest<Ability> = {
  name: 'calendar',
  routes: [
    { path: '/calendar', page: CalendarPage },
  ],
  nav: [
    { id: 'calendar', label: 'nav.calendar', path: '/calendar', icon: IconCalendarEvent, section: 'work' },
  ],
  strings: {
    vi: () => import('./locales/vi.json'),
    en: () => import('./locales/en.json'),
    fr: () => import('./locales/fr.json'),
  },
};
