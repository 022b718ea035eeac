import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { attachmentRoutes } from './routes.js';

/** Files on records; which records carry files comes from the other modules' manifests. */
export const attachmentsModule: AmityModule = {
  name: 'attachments',
  tables,
  routes: attachmentRoutes,
};
