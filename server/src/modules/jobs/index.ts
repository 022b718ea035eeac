import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { jobRoutes } from './routes.js';
import { messages } from './messages.js';

/** The daily job (reminders, recurring tasks, roll-ups, audit checkpoint) and its runs. */
export const jobsModule: AmityModule = {
  name: 'jobs',
  tables,
  routes: jobRoutes,
  messages,
};
