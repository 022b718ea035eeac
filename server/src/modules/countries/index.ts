import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { countryRoutes } from './routes.js';
import { ensureReferenceData } from './reference.js';

/** Countries and the reference lists (fields, partner kinds…). */
export const countriesModule: AmityModule = {
  name: 'countries',
  records: { unscoped: ['country', 'relationship_group', 'cooperation_field'] },
  tables,
  routes: countryRoutes,
  start: async (app) => {
    await ensureReferenceData(app.ctx.db);
  },
};
