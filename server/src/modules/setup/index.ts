import type { AmityModule } from '../../http/module.js';
import { setupRoutes } from './routes.js';

/** First administrator and demo workspace. */
export const setupModule: AmityModule = {
  name: 'setup',
  records: { unscoped: ['system'] },
  routes: setupRoutes,
};
