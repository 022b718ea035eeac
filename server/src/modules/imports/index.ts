import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { importRoutes } from './routes.js';
import { messages } from './messages.js';

/** Imports of partners from CSV and Excel files. */
export const importsModule: AmityModule = {
  name: 'imports',
  tables,
  routes: importRoutes,
  messages,
};
