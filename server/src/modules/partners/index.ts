import { refTo, type AmityModule } from '../../http/module.js';
import { messages } from './messages.js';
import { partners, partnerNotes, partnerRelationships } from './schema.js';
import { scopedPartners } from './repo.js';
import * as tables from './schema.js';
import { partnerRoutes } from './routes.js';
import { partnerDuplicateRoutes } from './routes-duplicates.js';
import { partnerExportRoutes } from './routes-export.js';
import { savedFilterRoutes } from './routes-saved-filters.js';
import { partnerRelatedRoutes } from './routes-related.js';
import { partnerPolicy } from './policy.js';
import { loadPartnerDemo } from './demo/index.js';


/**
 * The network of foreign partners: organisations, people, contacts, notes, relationships.
 * Later modules that point at partners hand in what a partner needs to know of them:
 * merge.ts registerPartnerReference (a merge moves their links), timeline.ts
 * registerTimelineSource (who sees their entries on a partner's timeline).
 */
export const partnersModule: AmityModule = {
  name: 'partners',
  messages,
  records: {
    owned: { partner: { table: partners, scoped: scopedPartners } },
    children: {
      partner_note: { table: partnerNotes, parents: (f) => refTo('partner', f.partnerId) },
      // Both ends: a relationship shows the other partner.
      partner_relationship: { table: partnerRelationships, parents: (f) => [...refTo('partner', f.fromPartnerId), ...refTo('partner', f.toPartnerId)] },
      partner_duplicate: { parents: (_f, id) => id.split(':').flatMap((x) => refTo('partner', x)) },
    },
    unscoped: ['saved_filter'],
  },
  tables,
  routes: (app) => {
    partnerRoutes(app);
    partnerDuplicateRoutes(app);
    partnerExportRoutes(app);
    savedFilterRoutes(app);
    partnerRelatedRoutes(app);
  },
  abilities: (scope) => ({ createPartners: partnerPolicy.create(scope), writeNotes: partnerPolicy.note(scope) }),
  demo: loadPartnerDemo,
};
