import type { ModuleMessages } from '../../i18n/index.js';

/** Server messages of engagements (calendar feed texts), in the three languages. */
export const messages: ModuleMessages = {
  en: {
    'ical.calendar_name': 'Amity engagements',
    'ical.agenda': 'Agenda',
  },
  vi: {
    'ical.calendar_name': 'Hoạt động đối ngoại Amity',
    'ical.agenda': 'Chương trình',
  },
  fr: {
    'ical.calendar_name': 'Activités Amity',
    'ical.agenda': 'Programme',
  },
};
