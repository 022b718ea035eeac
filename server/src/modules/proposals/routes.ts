import type { App } from '../../http/context.js';

/** /api/v1/proposals, /api/v1/proposal-groups, proposal settings (docs/API.md). */
export function proposalRoutes(app: App): void {
  void app;
}
