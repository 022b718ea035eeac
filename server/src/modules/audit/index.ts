import type { AmityModule } from '../../http/module.js';
import { auditRoutes } from './routes.js';
import { userPolicy } from '../users/policy.js';
import { checkpointSettings, writeCheckpoint } from './checkpoint.js';

/** The audit log's reading side (the writer, core/audit.ts, is on the ground floor). */
export const auditModule: AmityModule = {
  name: 'audit',
  routes: auditRoutes,
  abilities: (scope) => ({ viewAudit: userPolicy.list(scope) }),
  // A signed audit checkpoint at every start (one query); the daily job writes one a day.
  start: async (app) => {
    void writeCheckpoint(app.ctx.db, checkpointSettings(app.ctx.config.dataDir), 'start').catch((e: Error) => app.log.error(e, 'audit checkpoint not written'));
  },
};
