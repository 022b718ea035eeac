import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { DatabaseLockedError, openDatabase, type DbHandle } from '../db/connect.js';
import { runMigrations } from '../db/migrate.js';
import * as cmd from './commands.js';
import { jobsRun } from './jobs.js';
import { ensureReferenceData } from '../modules/countries/reference.js';

const usage = `Usage: npm run amity -- <command>
  migrate                         apply pending database migrations
  create-admin --email E --name N [--password P]
  reset-password <email> [--password P]
  audit-verify                    check the audit log's hash chain and its signed checkpoints
  audit-checkpoint                sign the audit log's head now (appended to AUDIT_CHECKPOINT_FILE)
  backup <file>                   write a backup (gzipped JSON lines, attached files included)
  restore <file>                  replace all data and put back the attached files of a backup
  demo [--force]                  load the demo data set
  jobs run [--date D] [--force]   run the daily job (reminders, roll-ups) for today or day D
Database: DATABASE_URL (PostgreSQL) or the embedded one in DATA_DIR (default ./data).`;

export async function run(argv: string[], out: cmd.Out = console.log): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, force: { type: 'boolean' }, date: { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, arg] = positionals;
  const needsArg = ['reset-password', 'backup', 'restore', 'jobs'];
  const known = ['migrate', 'create-admin', 'audit-verify', 'audit-checkpoint', 'demo', ...needsArg];
  if (values.help || !command || !known.includes(command) || (needsArg.includes(command) && !arg) || (command === 'create-admin' && (!values.email || !values.name)) || (command === 'jobs' && arg !== 'run')) {
    out(usage);
    return command && !values.help ? 2 : 0;
  }
  const config = loadConfig();
  let h: DbHandle;
  try {
    h = await openDatabase(config);
  } catch (e) {
    // The usual case: the server is running on the embedded database. One sentence, no stack trace.
    if (e instanceof DatabaseLockedError) {
      out(`The Amity server is running and holds the embedded database in ${e.dataDir} (process ${e.pid ?? '?'}); stop it first, or use its web pages.`);
    } else out(`Error: the database could not be opened: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  try {
    const migration = await runMigrations(h.pool);
    await ensureReferenceData(h.db);
    switch (command) {
      case 'migrate':
        out(`Database (${h.kind}) is at migration ${migration}.`);
        return 0;
      case 'create-admin':
        await cmd.createAdmin(h, out, { email: values.email!, name: values.name!, password: values.password });
        return 0;
      case 'reset-password':
        await cmd.resetPassword(h, out, arg!, values.password);
        return 0;
      case 'audit-verify':
        return (await cmd.auditVerify(h, out, config)) ? 0 : 1;
      case 'audit-checkpoint':
        await cmd.auditCheckpoint(h, out, config);
        return 0;
      case 'demo':
        await cmd.demo(h, out, !!values.force);
        return 0;
      case 'jobs':
        return (await jobsRun(h, out, { date: values.date, force: values.force, dataDir: config.dataDir })) ? 0 : 1;
      case 'backup':
        await cmd.backupCmd(h, out, arg!, migration, config);
        return 0;
      default:
        await cmd.restoreCmd(h, out, arg!, migration, config);
        return 0;
    }
  } catch (e) {
    if (e instanceof cmd.CliError || e instanceof Error) out(`Error: ${e.message}`);
    return 1;
  } finally {
    await h.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  process.exitCode = await run(process.argv.slice(2));
}
