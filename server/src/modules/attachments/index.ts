import type { AmityModule } from '../../http/module.js';
import { attachments } from './schema.js';

import * as tables from './schema.js';
import { attachmentRoutes } from './routes.js';

/** Files on records; which records carry files comes from the other modules' manifests. */
export const attachmentsModule: AmityModule = {
  name: 'attachments',
  records: {
    children: { attachment: { table: attachments, parents: (f) => (typeof f.entityId === 'string' && f.entityId ? [{ entity: String(f.entity ?? ''), id: f.entityId }] : []) } },
  },
  tables,
  routes: attachmentRoutes,
};
