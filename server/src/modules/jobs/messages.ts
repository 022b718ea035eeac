import type { ModuleMessages } from '../../i18n/index.js';

/**
 * This feature's server messages. The reminders' texts live with their records: task ones in
 * tasks/messages.ts, proposal ones in proposals/messages.ts.
 */
export const messages: ModuleMessages = {
  en: {},
  vi: {},
  fr: {},
};
