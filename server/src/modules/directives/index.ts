import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { directiveRoutes, directiveFiles } from './routes.js';
import { directivePolicy } from './policy.js';
import { messages } from './messages.js';
import { loadDirectiveDemo } from './demo.js';

/** Directives (programmes, plans, instructions) that hand tasks to units. */
export const directivesModule: AmityModule = {
  name: 'directives',
  tables,
  routes: directiveRoutes,
  messages,
  abilities: (scope) => ({ createDirectives: directivePolicy.create(scope) }),
  demo: async (db, ctx) => {
    await loadDirectiveDemo(db, ctx);
  },
  attachments: { directive: directiveFiles },
};
