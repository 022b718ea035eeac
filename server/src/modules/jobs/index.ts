import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { jobRoutes } from './routes.js';
import { messages } from './messages.js';
import { startJobScheduler } from './scheduler.js';
import { checkpointSettings } from '../audit/checkpoint.js';

/** The daily job (reminders, recurring tasks, roll-ups, audit checkpoint) and its runs. */
export const jobsModule: AmityModule = {
  name: 'jobs',
  tables,
  routes: jobRoutes,
  messages,
  start: async (app) =>
    startJobScheduler(app.ctx.db, app.log, {
      checkpoint: checkpointSettings(app.ctx.config.dataDir),
      steps: app.modules.flatMap((m) => m.daily ?? []),
    }),
};
