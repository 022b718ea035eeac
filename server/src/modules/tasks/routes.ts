import type { App } from '../../http/context.js';

/** /api/v1/tasks (docs/API.md). */
export function taskRoutes(app: App): void {
  void app;
}
