import { loadConfig } from './config.js';
import { openDatabase } from './db/connect.js';
import { runMigrations } from './db/migrate.js';
import { buildApp } from './app.js';
import { purgeExpired } from './modules/auth/repo.js';
import { failInterrupted } from './modules/imports/service.js';
import { ensureReferenceData } from './modules/countries/reference.js';
import { startJobScheduler } from './modules/jobs/scheduler.js';

const config = loadConfig();
const dbh = await openDatabase(config);
const migration = await runMigrations(dbh.pool);
await ensureReferenceData(dbh.db);
const app = await buildApp({ config, dbh, db: dbh.db, migration }, { logger: true });

const purge = () => purgeExpired(dbh.db, config.sessionIdleSeconds).catch((e: Error) => app.log.warn(e, 'purge failed'));
void purge();
void failInterrupted(dbh.db).catch(() => {});
setInterval(purge, 3600_000).unref();

const stopJobs = startJobScheduler(dbh.db, app.log);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  stopJobs();
  await app.close();
  await dbh.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await app.listen({ port: config.port, host: config.host });
app.log.info(`Amity on http://localhost:${config.port} (${dbh.kind}, migration ${migration})`);
