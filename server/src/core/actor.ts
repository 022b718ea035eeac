import type { Scope } from './scope.js';
import type { Lang } from '../i18n/index.js';

/** Who is acting, as services need it: their scope plus what the audit log records. */
export interface Actor {
  scope: Scope;
  email: string;
  ip: string | null;
  lang: Lang;
}
