import { refTo, type AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { directives, taskGroups, tasks, taskReports } from './schema.js';
import { scopedDirectives } from './repo-directives.js';
import { scopedTasks } from './repo-tasks.js';
import { advanceRecurringDueDates } from './repo-rollup.js';
import { recomputeAllRollups } from './rollup.js';
import { directiveRoutes, directiveFiles } from './routes-directives.js';
import { taskRoutes, taskFiles } from './routes-tasks.js';
import { taskReportRoutes, taskReportFiles } from './routes-reports.js';
import { directivePolicy } from './policy.js';
import { messages } from './messages.js';
import { loadDirectiveDemo } from './demo/index.js';

/**
 * Plans: directives (programmes, plans, instructions) with their groups, the tasks they hand to
 * units (their tree, the cascade into units' own plans), progress reports and roll-ups.
 * One module because each half is made of the other: a task lives in a directive, a plan implements a task.
 */
export const plansModule: AmityModule = {
  name: 'plans',
  tables,
  routes: (app) => {
    directiveRoutes(app);
    taskRoutes(app);
    taskReportRoutes(app);
  },
  messages,
  abilities: (scope) => ({ createDirectives: directivePolicy.create(scope) }),
  records: {
    owned: { directive: { table: directives, scoped: scopedDirectives }, task: { table: tasks, scoped: scopedTasks } },
    children: {
      task_group: { table: taskGroups, parents: (f) => refTo('directive', f.directiveId) },
      task_report: { table: taskReports, parents: (f) => refTo('task', f.taskId) },
      report: { table: taskReports, parents: (f) => refTo('task', f.taskId) },
    },
  },
  demo: async (db, ctx) => {
    await loadDirectiveDemo(db, ctx);
  },
  attachments: { directive: directiveFiles, task: taskFiles, task_report: taskReportFiles },
  daily: [
    // Recurring tasks move to their current period first, so they are chased per period, not as overdue.
    { key: 'recurring', phase: 'before', run: (tx, day) => advanceRecurringDueDates(tx, day) },
    // After reminders: "late" reaches parents as days pass.
    { key: 'rollups', phase: 'after', run: (tx, _day, now) => recomputeAllRollups(tx, now) },
  ],
};
