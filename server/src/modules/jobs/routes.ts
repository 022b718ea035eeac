import type { App } from '../../http/context.js';

/** /api/v1/jobs/runs (docs/API.md). */
export function jobRoutes(app: App): void {
  void app;
}
