import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { AppError, forbidden, notFound, fieldError } from '../../core/errors.js';
import { auditFrom, type Actor } from '../../core/actor.js';
import type { Visibility } from '../../core/tenancy-schema.js';
import { appendAudit } from '../audit/repo.js';
import { partnerPolicy } from '../partners/policy.js';
import type { PartnerType } from '../partners/schema.js';
import { imports, importRows, type Import } from './schema.js';
import { peek, readRows, type Format } from './reader.js';
import { guessMapping, type Mapping } from './mapping.js';
import { convertRow, loadDictionaries } from './rows.js';
import * as repo from './repo.js';
import { commitRows, type DuplicateAction } from './commit.js';

const BATCH = 1000;
export interface ImportOptions {
  ownerUnitId: string;
  visibility: Visibility;
  type?: PartnerType;
  duplicateAction: DuplicateAction;
}

/** Progress of the work running in this process, finer than what is stored. */
const live = new Map<string, { phase: string; processed: number }>();
export const liveProgress = (id: string) => live.get(id);

export async function createImport(db: Database, actor: Actor, dir: string, file: { filename: string; stream: Readable }) {
  if (!partnerPolicy.create(actor.scope)) throw forbidden();
  const ext = path.extname(file.filename).toLowerCase();
  const format: Format | undefined = ext === '.csv' || ext === '.txt' ? 'csv' : ext === '.xlsx' ? 'xlsx' : undefined;
  if (!format) {
    file.stream.resume();
    throw fieldError('file', 'field.unsupported_file');
  }
  const id = crypto.randomUUID();
  fs.mkdirSync(dir, { recursive: true });
  const filePath = path.join(dir, `${id}.${format}`);
  await pipeline(file.stream, fs.createWriteStream(filePath));
  if ((file.stream as Readable & { truncated?: boolean }).truncated) {
    fs.rmSync(filePath, { force: true });
    throw new AppError('payload_too_large');
  }
  let header: string[];
  let sample: string[][];
  try {
    ({ header, sample } = await peek(filePath, format));
  } catch {
    fs.rmSync(filePath, { force: true });
    throw fieldError('file', 'field.unreadable_file');
  }
  if (header.length === 0) throw fieldError('file', 'field.empty_file');
  const mapping = guessMapping(header);
  const options: ImportOptions = { ownerUnitId: actor.scope.unitId, visibility: 'unit', duplicateAction: 'skip' };
  const [row] = await db.transaction(async (tx) => {
    const r = await tx.insert(imports).values({ id, entity: 'partners', userId: actor.scope.userId, unitId: actor.scope.unitId, filename: file.filename.slice(0, 300), format, filePath, columns: header, mapping, options }).returning();
    await appendAudit(tx, auditFrom(actor, { action: 'create', entity: 'import', entityId: id, diff: { after: { filename: file.filename, format } } }));
    return r;
  });
  return { import: row!, sample };
}

/** Sets the mapping and options, and shows the first rows as they would be imported. */
export async function configure(db: Database, actor: Actor, id: string, mapping: Mapping, options: ImportOptions) {
  const imp = await repo.findImport(db, actor.scope, id);
  if (!imp) throw notFound();
  if (imp.status === 'committing' || imp.status === 'done' || imp.status === 'validating') throw new AppError('conflict');
  if (!partnerPolicy.ownBy(actor.scope, options.ownerUnitId)) throw fieldError('ownerUnitId', 'field.unit_out_of_scope');
  const columns = (imp.columns as string[]).length;
  if (Object.keys(mapping).some((k) => Number(k) >= columns)) throw fieldError('mapping', 'field.invalid');
  await repo.updateImport(db, id, { mapping, options, status: 'uploaded' });
  const dict = await loadDictionaries(db);
  const { sample } = await peek(imp.filePath, imp.format as Format, 20);
  return sample.map((cells, i) => ({ rowNumber: i + 2, cells, ...convertRow(cells, mapping, dict, options) }));
}

/** Reads the whole file, validates every row and flags duplicates; runs in the background. */
export async function validate(db: Database, actor: Actor, id: string) {
  const imp = await repo.findImport(db, actor.scope, id);
  if (!imp) throw notFound();
  if (imp.status === 'committing' || imp.status === 'done' || imp.status === 'validating') throw new AppError('conflict');
  await repo.updateImport(db, id, { status: 'validating', processedRows: 0, errorRows: 0, duplicateRows: 0, failure: null });
  void background(db, id, 'unreadable', async () => {
    await db.delete(importRows).where(sql`${importRows.importId} = ${id}`);
    const dict = await loadDictionaries(db);
    const options = imp.options as ImportOptions;
    let n = 0;
    let errors = 0;
    let batch: { rowNumber: number; data: unknown; errors: unknown }[] = [];
    const flush = async () => {
      await repo.insertRows(db, id, batch);
      batch = [];
      await repo.updateImport(db, id, { processedRows: n, errorRows: errors });
    };
    let first = true;
    for await (const cells of readRows(imp.filePath, imp.format as Format)) {
      if (first) {
        first = false; // the header row
        continue;
      }
      n++;
      const r = convertRow(cells, imp.mapping as Mapping, dict, options);
      if (r.errors.length) errors++;
      batch.push({ rowNumber: n + 1, data: r.data, errors: r.errors.length ? r.errors : null });
      live.set(id, { phase: 'validating', processed: n });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    live.set(id, { phase: 'duplicates', processed: n });
    const duplicates = await repo.flagDuplicates(db, actor.scope, id);
    await repo.updateImport(db, id, { status: 'validated', totalRows: n, processedRows: n, errorRows: errors, duplicateRows: duplicates });
  });
}

/** All or nothing: one transaction writes every row, or none when anything fails. */
export async function commit(db: Database, actor: Actor, id: string, actions: Record<string, DuplicateAction>) {
  const imp = await repo.findImport(db, actor.scope, id);
  if (!imp) throw notFound();
  if (imp.status !== 'validated') throw new AppError('conflict');
  if (imp.errorRows > 0) throw new AppError('import_has_errors', undefined, { count: imp.errorRows });
  const options = imp.options as ImportOptions;
  if (!partnerPolicy.ownBy(actor.scope, options.ownerUnitId)) throw forbidden();
  await repo.updateImport(db, id, { status: 'committing', processedRows: 0 });
  void background(db, id, 'internal', async () => {
    const result = await db.transaction(async (tx) => {
      const r = await commitRows(tx, imp, { ...options, defaultAction: options.duplicateAction, actions }, (phase) => live.set(id, { phase, processed: 0 }));
      await appendAudit(tx, auditFrom(actor, { action: 'import', entity: 'partner', entityId: id, diff: { after: { importId: id, filename: imp.filename, ...r } } }));
      await repo.updateImport(tx, id, { status: 'done', processedRows: imp.totalRows, result: r });
      return r;
    });
    fs.rmSync(imp.filePath, { force: true });
    return result;
  });
}

/**
 * What the importer is told when background work fails: a code the UI translates
 * ('unreadable': the file broke while being read; 'internal'; 'interrupted' after a restart).
 * The message itself goes to the server log, not to the user.
 */
export type ImportFailure = 'unreadable' | 'internal' | 'interrupted';

async function background(db: Database, id: string, failure: ImportFailure, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (e) {
    console.error(`import ${id} failed:`, e);
    await repo.updateImport(db, id, { status: 'failed', failure }).catch(() => {});
  } finally {
    live.delete(id);
  }
}

/** After a restart, work that was running is gone: say so instead of showing it running forever. */
export async function failInterrupted(db: Database) {
  await db.execute(sql`update imports set status = 'failed', failure = 'interrupted' where status in ('validating', 'committing')
    and updated_at < now() - interval '10 minutes'`);
}

export type { Import };
