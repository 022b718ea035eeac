import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/types.js';
import { inTransaction } from '../../db/tx.js';
import { AppError, forbidden, notFound, fieldError } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import type { Visibility } from '../../core/tenancy-schema.js';
import { partnerPolicy } from '../partners/policy.js';
import type { PartnerType } from '../partners/schema.js';
import type { Import } from './schema.js';
import { cleanText, peek, readRows, type Format } from './reader.js';
import { guessMapping, type Mapping } from './mapping.js';
import { convertRow, loadDictionaries } from './rows.js';
import * as repo from './repo.js';
import { commitImport } from './commit.js';
import type { DuplicateAction } from './repo-commit.js';
import { checkContent } from './sniff.js';
import { rollbackCommit, setProgress, startRunning } from './recovery.js';

const BATCH = 1000;
export interface ImportOptions {
  ownerUnitId: string;
  visibility: Visibility;
  type?: PartnerType;
  duplicateAction: DuplicateAction;
}

export { liveProgress } from './recovery.js';

/** The upload as stored, and what the importer should know about it (translated by the route). */
export interface Created {
  import: Import;
  sample: string[][];
  warnings: { code: 'replaced_characters'; count: number }[];
}

/**
 * Stores an upload after checking it is what its name says and has a header and at least one row.
 * Anything refused (422) is deleted at once: nothing of it stays in the upload directory.
 * Unnamed header cells (a merged, two-row grouped header) get a name: `columnName(n)`.
 */
export async function createImport(db: Database, actor: Actor, dir: string, file: { filename: string; stream: Readable }, columnName: (n: number) => string): Promise<Created> {
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
  try {
    await pipeline(file.stream, fs.createWriteStream(filePath));
    if ((file.stream as Readable & { truncated?: boolean }).truncated) throw new AppError('payload_too_large');
    const { replaced } = await checkContent(filePath, format);
    let header: string[];
    let sample: string[][];
    try {
      ({ header, sample } = await peek(filePath, format));
    } catch {
      throw fieldError('file', 'field.unreadable_file');
    }
    if (header.length === 0 || sample.length === 0) throw fieldError('file', 'field.empty_file');
    const columns = header.map((h, i) => h || columnName(i + 1));
    const mapping = guessMapping(columns);
    const options: ImportOptions = { ownerUnitId: actor.scope.unitId, visibility: 'unit', duplicateAction: 'skip' };
    const row = await inTransaction(db, async (tx) => {
      const r = await repo.insertImport(tx, { id, entity: 'partners', userId: actor.scope.userId, unitId: actor.scope.unitId, filename: cleanText(file.filename).slice(0, 300), format, filePath, columns, mapping, options });
      await audit(tx, actor, { action: 'create', entity: 'import', entityId: id, diff: { after: { filename: cleanText(file.filename), format } } });
      return r;
    });
    return { import: row, sample, warnings: replaced > 0 ? [{ code: 'replaced_characters', count: replaced }] : [] };
  } catch (e) {
    fs.rmSync(filePath, { force: true });
    throw e;
  }
}

/** Sets the mapping and options, and shows the first rows as they would be imported. */
export async function configure(db: Database, actor: Actor, id: string, mapping: Mapping, options: ImportOptions) {
  const imp = await repo.findImport(db, actor.scope, id);
  if (!imp) throw notFound();
  if (imp.status === 'committing' || imp.status === 'done' || imp.status === 'validating') throw new AppError('conflict');
  if (!partnerPolicy.ownBy(actor.scope, options.ownerUnitId)) throw fieldError('ownerUnitId', 'field.unit_out_of_scope');
  const columns = (imp.columns as string[]).length;
  if (Object.keys(mapping).some((k) => Number(k) >= columns)) throw fieldError('mapping', 'field.invalid');
  const dict = await loadDictionaries(db);
  const sample = await readSample(imp);
  // A failed commit whose undoing was cut short (processed_rows > 0): finished before the import leaves 'failed'.
  if (imp.status === 'failed' && imp.failedStep === 'committing' && imp.processedRows > 0) await rollbackCommit(db, id, true);
  await repo.updateImport(db, id, { mapping, options, status: 'uploaded', failure: null, failedStep: null });
  return sample.map((cells, i) => ({ rowNumber: i + 2, cells, ...convertRow(cells, mapping, dict, options) }));
}

/** The first rows again; a file gone or broken since the upload is the importer's 422, not a 500. */
async function readSample(imp: Import) {
  try {
    return (await peek(imp.filePath, imp.format as Format, 20)).sample;
  } catch {
    throw new AppError('file_unreadable');
  }
}

/** Reads the whole file, validates every row and flags duplicates; runs in the background. Also the retry of a failed import. */
export async function validate(db: Database, actor: Actor, id: string) {
  const imp = await repo.findImport(db, actor.scope, id);
  if (!imp) throw notFound();
  if (!fs.existsSync(imp.filePath)) throw new AppError('file_unreadable');
  if (!(await repo.claimRun(db, id, ['uploaded', 'validated', 'failed'], 'validating', { processedRows: 0, errorRows: 0, duplicateRows: 0 }))) {
    throw new AppError('conflict');
  }
  void background(db, id, 'validating', 'unreadable', async () => {
    // What a failed commit of this import may have left (its undoing cut short): nothing of it may remain.
    if (imp.failedStep === 'committing') await rollbackCommit(db, id, true);
    await repo.deleteRows(db, id);
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
      setProgress(id, 'validating', n);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    setProgress(id, 'duplicates', n);
    const duplicates = await repo.flagDuplicates(db, actor.scope, id);
    await repo.updateImport(db, id, { status: 'validated', totalRows: n, processedRows: n, errorRows: errors, duplicateRows: duplicates });
  });
}

/**
 * All or nothing as the user sees the outcome: batches of short transactions, each partner tagged
 * with the import; a failure undoes them by the import id before the import is marked failed
 * (commit.ts, recovery.ts). A failed commit may be started again (its rows are still validated).
 */
export async function commit(db: Database, actor: Actor, id: string, actions: Record<string, DuplicateAction>) {
  const imp = await repo.findImport(db, actor.scope, id);
  if (!imp) throw notFound();
  const retry = imp.status === 'failed' && imp.failedStep === 'committing';
  if (imp.status !== 'validated' && !retry) throw new AppError('conflict');
  if (imp.errorRows > 0) throw new AppError('import_has_errors', undefined, { count: imp.errorRows });
  const options = imp.options as ImportOptions;
  if (!partnerPolicy.ownBy(actor.scope, options.ownerUnitId)) throw forbidden();
  if (!(await repo.claimRun(db, id, retry ? ['failed'] : ['validated'], 'committing', { processedRows: 0 }))) throw new AppError('conflict');
  void background(db, id, 'committing', 'internal', async () => {
    // What an earlier attempt may have left (a crash during its rollback).
    await rollbackCommit(db, id, true);
    await commitImport(db, imp, { ...options, defaultAction: options.duplicateAction, actions }, {
      progress: (phase, processed) => setProgress(id, phase, processed),
      finish: async (tx, r) => {
        await audit(tx, actor, { action: 'import', entity: 'partner', entityId: id, diff: { after: { importId: id, filename: imp.filename, ...r } } });
        await repo.updateImport(tx, id, { status: 'done', processedRows: imp.totalRows, result: r });
      },
    });
    fs.rmSync(imp.filePath, { force: true });
  });
}

/**
 * What the importer is told when background work fails: a code the UI translates
 * ('unreadable': the file broke while being read; 'internal'; 'interrupted' after a restart).
 * The message itself goes to the server log, not to the user.
 */
export type ImportFailure = 'unreadable' | 'internal' | 'interrupted';

async function background(db: Database, id: string, step: 'validating' | 'committing', failure: ImportFailure, work: () => Promise<unknown>) {
  const done = startRunning(db, id, step);
  try {
    await work();
  } catch (e) {
    console.error(`import ${id} failed:`, e);
    // Undo first, while the import still shows as running here (no retry can start meanwhile).
    const undone = step === 'committing' ? await rollbackCommit(db, id, true).then(() => true, () => false) : true;
    await repo.updateImport(db, id, { status: 'failed', failure, failedStep: step, ...(undone ? { processedRows: 0 } : {}) }).catch(() => {});
  } finally {
    done();
  }
}

export type { Import };
