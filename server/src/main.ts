import { loadConfig } from './config.js';
import { openDatabase } from './db/connect.js';
import { runMigrations } from './db/migrate.js';
import { buildApp } from './app.js';
import { purgeExpired } from './modules/auth/repo.js';
import { recoverImports } from './modules/imports/recovery.js';
import { ensureReferenceData } from './modules/countries/reference.js';
import { startJobScheduler } from './modules/jobs/scheduler.js';
import { checkpointSettings, writeCheckpoint } from './modules/audit/checkpoint.js';

const config = loadConfig();
const dbh = await openDatabase(config);
const migration = await runMigrations(dbh.pool);
await ensureReferenceData(dbh.db);
const app = await buildApp({ config, dbh, db: dbh.db, migration }, { logger: true });

const purge = () => purgeExpired(dbh.db, config.sessionIdleSeconds).catch((e: Error) => app.log.warn(e, 'purge failed'));
void purge();
// Imports left running by a process that died are failed and undone before anyone can see them stuck.
// PGlite has one process: all of them; on PostgreSQL, those whose heartbeat stopped (another process may run the others).
const recover = (everyone: boolean) => recoverImports(dbh.db, { everyone }).catch((e: Error) => app.log.error(e, 'import recovery failed'));
await recover(dbh.kind === 'pglite');
if (dbh.kind === 'postgres') setInterval(() => void recover(false), 30_000).unref();
setInterval(purge, 3600_000).unref();

// A signed audit checkpoint at every start (one query), and one with each day's job.
const checkpoint = checkpointSettings(config.dataDir);
void writeCheckpoint(dbh.db, checkpoint, 'start').catch((e: Error) => app.log.error(e, 'audit checkpoint not written'));
const stopJobs = startJobScheduler(dbh.db, app.log, checkpoint);

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
