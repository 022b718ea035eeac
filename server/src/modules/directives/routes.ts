import type { App } from '../../http/context.js';

/** /api/v1/directives and /api/v1/task-groups (docs/API.md). */
export function directiveRoutes(app: App): void {
  void app;
}
