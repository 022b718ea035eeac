/**
 * Logical backup as gzipped JSON lines, the same on PGlite and PostgreSQL:
 * a header, then one line per row, then the attachments' bytes (backup-files.ts).
 * Restore replaces everything in one transaction, so a failed restore leaves the
 * database as it was (files it already put back are under their own unique keys).
 */
import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import type { Storage } from '../modules/attachments/storage.js';
import { emptyFileReport, fileLines, FileRestorer, type FileReport } from './backup-files.js';

const FORMAT = 'amity-backup';
/** 1: rows only; 2: rows, then files. */
const VERSION = 2;
const BATCH = 500;
/** Tables that triggers fill from others: left out of the file, rebuilt as the restore inserts their sources. */
const DERIVED = new Set(['search_words']);

/** App tables, parents before children (by foreign keys), so inserts never dangle. */
export async function tablesInOrder(client: pg.PoolClient): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(`select tablename as name from pg_tables where schemaname = 'public' order by tablename`)
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`)
  ).rows;
  const done: string[] = [];
  const visit = (t: string, seen: Set<string>) => {
    if (done.includes(t) || seen.has(t)) return;
    seen.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t) visit(e.parent, seen);
    done.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return done;
}

async function selfReferencingTables(client: pg.PoolClient): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(`
    select distinct c.conrelid::regclass::text as name from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where c.contype = 'f' and n.nspname = 'public' and c.conrelid = c.confrelid`);
  return new Set(rows.map((r) => r.name));
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export interface BackupSummary {
  /** Rows per table. */
  tables: Record<string, number>;
  files: FileReport;
}

/** Without `storage`, rows only (the attachments' bytes are left out). */
export async function backup(pool: pg.Pool, file: string, migration: string, storage?: Storage): Promise<BackupSummary> {
  const client = await pool.connect();
  const counts: Record<string, number> = {};
  const files = emptyFileReport();
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = (await tablesInOrder(client)).filter((t) => !DERIVED.has(t));
    async function* lines() {
      yield `${JSON.stringify({ format: FORMAT, version: VERSION, migration, createdAt: new Date().toISOString(), tables })}\n`;
      for (const t of tables) {
        counts[t] = 0;
        await client.query(`declare amity_backup no scroll cursor for select * from ${ident(t)}`);
        for (;;) {
          const { rows } = await client.query(`fetch ${BATCH} from amity_backup`);
          if (rows.length === 0) break;
          counts[t] += rows.length;
          yield rows.map((r) => `${JSON.stringify({ t, r })}\n`).join('');
        }
        await client.query('close amity_backup');
      }
      if (storage) yield* fileLines(client, storage, files);
    }
    await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(file));
    await client.query('commit');
    return { tables: counts, files };
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Files in the backup are checked and put into `storage` (a backup of version 1 has none). */
export async function restore(pool: pg.Pool, file: string, migration: string, storage?: Storage): Promise<BackupSummary> {
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  const client = await pool.connect();
  const counts: Record<string, number> = {};
  const files = new FileRestorer(storage);
  try {
    let header: { format: string; migration: string; tables: string[] } | undefined;
    let batch: { t: string; rows: unknown[] } | undefined;
    let selfReferencing = new Set<string>();
    const flush = async () => {
      if (!batch?.rows.length) return;
      const t = ident(batch.t);
      // json_populate_recordset converts every column to its real type on both engines.
      await client.query(`insert into ${t} select * from json_populate_recordset(null::${t}, $1::json)`, [JSON.stringify(batch.rows)]);
      counts[batch.t] = (counts[batch.t] ?? 0) + batch.rows.length;
      batch.rows = [];
    };
    for await (const line of input) {
      if (!line) continue;
      const obj = JSON.parse(line);
      if (!header) {
        if (obj.format !== FORMAT) throw new Error('Not an Amity backup file.');
        if (!(obj.version >= 1 && obj.version <= VERSION)) throw new Error(`The backup is of format version ${obj.version}; this Amity reads up to ${VERSION}.`);
        if (obj.migration !== migration) {
          throw new Error(`The backup is of schema ${obj.migration}; this database is at ${migration}. Restore with the matching Amity version.`);
        }
        header = obj;
        await client.query('begin');
        const tables = await tablesInOrder(client);
        await client.query(`truncate table ${tables.map(ident).join(', ')} restart identity cascade`);
        selfReferencing = await selfReferencingTables(client);
        continue;
      }
      if ('file' in obj) {
        await flush();
        await files.line(obj);
        continue;
      }
      if (batch?.t !== obj.t) await flush();
      const current: { t: string; rows: unknown[] } = batch && batch.t === obj.t ? batch : { t: String(obj.t), rows: [] };
      batch = current;
      current.rows.push(obj.r);
      // A table that refers to itself (sub-tasks, report versions) goes in one statement: its foreign keys are
      // checked at the statement's end, so a child stored before its parent does not break the restore.
      if (current.rows.length >= BATCH && !selfReferencing.has(current.t)) await flush();
    }
    if (!header) throw new Error('The backup file is empty.');
    await flush();
    files.finish();
    // Sequences must continue after the restored ids.
    const seqs = await client.query<{ t: string; c: string; s: string }>(`
      select c.table_name as t, c.column_name as c, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as s
      from information_schema.columns c
      where c.table_schema = 'public' and pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) is not null`);
    for (const { t, c, s } of seqs.rows) {
      await client.query(`select setval($1, coalesce((select max(${ident(c)}) from ${ident(t)}), 0) + 1, false)`, [s]);
    }
    await client.query('commit');
    return { tables: counts, files: files.report };
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
    input.close();
    await files.cleanup();
  }
}
