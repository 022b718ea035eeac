import type { AmityModule } from '../../http/module.js';
import { auditRoutes } from './routes.js';
import { userPolicy } from '../users/policy.js';

/** The audit log's reading side (the writer, core/audit.ts, is on the ground floor). */
export const auditModule: AmityModule = {
  name: 'audit',
  routes: auditRoutes,
  abilities: (scope) => ({ viewAudit: userPolicy.list(scope) }),
};
