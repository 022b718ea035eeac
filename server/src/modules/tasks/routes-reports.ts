import type { App } from '../../http/context.js';

/** /api/v1/tasks/:id/reports and /api/v1/task-reports (docs/API.md). */
export function taskReportRoutes(app: App): void {
  void app;
}
