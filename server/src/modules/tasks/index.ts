import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { taskRoutes, taskFiles } from './routes.js';
import { taskReportRoutes, taskReportFiles } from './routes-reports.js';
import { messages } from './messages.js';

/** Tasks, their tree, progress, reports and roll-ups. */
export const tasksModule: AmityModule = {
  name: 'tasks',
  tables,
  routes: (app) => {
    taskRoutes(app);
    taskReportRoutes(app);
  },
  messages,
  attachments: { task: taskFiles, task_report: taskReportFiles },
};
