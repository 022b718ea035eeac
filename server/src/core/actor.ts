import type { Scope } from './scope.js';
import type { Lang } from '../i18n/index.js';
import type { AuditEntry } from '../modules/audit/repo.js';

/** Who is acting, as services need it: their scope plus what the audit log records. */
export interface Actor {
  scope: Scope;
  email: string;
  ip: string | null;
  lang: Lang;
}

export const auditFrom = (
  actor: Actor | null,
  e: Pick<AuditEntry, 'action' | 'entity' | 'entityId' | 'diff'>,
  fallback: { unitId?: string | null; ip?: string | null } = {},
): AuditEntry => ({
  userId: actor?.scope.userId ?? null,
  userEmail: actor?.email ?? null,
  unitId: actor?.scope.unitId ?? fallback.unitId ?? null,
  ip: actor?.ip ?? fallback.ip ?? null,
  ...e,
});
