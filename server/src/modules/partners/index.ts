import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { partnerRoutes } from './routes.js';
import { partnerDuplicateRoutes } from './routes-duplicates.js';
import { partnerExportRoutes } from './routes-export.js';
import { partnerRelatedRoutes } from './routes-related.js';
import { partnerPolicy } from './policy.js';
import { loadPartnerDemo } from './demo.js';

/** The network of foreign partners: organisations, people, contacts, notes, relationships. */
export const partnersModule: AmityModule = {
  name: 'partners',
  tables,
  routes: (app) => {
    partnerRoutes(app);
    partnerDuplicateRoutes(app);
    partnerExportRoutes(app);
    partnerRelatedRoutes(app);
  },
  abilities: (scope) => ({ createPartners: partnerPolicy.create(scope), writeNotes: partnerPolicy.note(scope) }),
  demo: async (db, ctx) => {
    await loadPartnerDemo(db, ctx);
  },
};
