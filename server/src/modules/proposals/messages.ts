import type { ModuleMessages } from '../../i18n/modules.js';

/** This feature's server messages (e-mail subjects and bodies, field messages), in the three languages. */
export const messages: ModuleMessages = {
  en: {},
  vi: {},
  fr: {},
};
