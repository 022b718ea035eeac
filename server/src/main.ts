import { loadConfig } from './config.js';
import { openDatabase } from './db/connect.js';
import { runMigrations } from './db/migrate.js';
import { buildApp } from './app.js';

const config = loadConfig();
const dbh = await openDatabase(config);
const migration = await runMigrations(dbh.pool);
const app = await buildApp({ config, dbh, db: dbh.db, migration }, { logger: true });

// Each module's start-up work (its manifest's `start`: reference data, recovery, timers, the daily job).
const stops: (() => void)[] = [];
for (const m of app.modules) {
  const stop = await m.start?.(app);
  if (stop) stops.push(stop);
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  for (const s of stops) s();
  await app.close();
  await dbh.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await app.listen({ port: config.port, host: config.host });
app.log.info(`Amity on http://localhost:${config.port} (${dbh.kind}, migration ${migration})`);
