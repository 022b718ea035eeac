import type { AmityModule } from '../../http/module.js';
import * as tables from './schema.js';
import { importRoutes } from './routes.js';
import { messages } from './messages.js';
import { recoverImports } from './recovery.js';

/** Imports of partners from CSV and Excel files. */
export const importsModule: AmityModule = {
  name: 'imports',
  records: { unscoped: ['import'] },
  tables,
  routes: importRoutes,
  messages,
  // Imports left running by a process that died are failed and undone before anyone can see them stuck.
  // PGlite has one process: all of them; on PostgreSQL, those whose heartbeat stopped (another process may run the others).
  start: async (app) => {
    const { db, dbh } = app.ctx;
    const recover = (everyone: boolean) => recoverImports(db, { everyone }).catch((e: Error) => app.log.error(e, 'import recovery failed'));
    await recover(dbh.kind === 'pglite');
    if (dbh.kind !== 'postgres') return;
    const timer = setInterval(() => void recover(false), 30_000);
    timer.unref();
    return () => clearInterval(timer);
  },
};
