import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import multipart from '@fastify/multipart';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { idParams } from '../../http/params.js';
import { AppError, fieldError } from '../../core/errors.js';
import { pageQuery, pageSchema, offsetOf } from '../../core/pagination.js';
import { visibility } from '../../core/tenancy-schema.js';
import { translate, type Lang } from '../../i18n/index.js';
import { partnerType } from '../partners/schema.js';
import { TARGETS } from './mapping.js';
import * as repo from './repo.js';
import * as service from './service.js';
import { importStatus, type Import } from './schema.js';
import type { RowError } from './rows.js';

export const MAX_UPLOAD = 100 * 1024 * 1024;
const tags = ['imports'];
const duplicateAction = z.enum(['skip', 'merge', 'create']);
const optionsIn = z.strictObject({ ownerUnitId: z.uuid(), visibility: z.enum(visibility.enumValues), type: z.enum(partnerType.enumValues).optional(), duplicateAction });

/** Options as stored: what PUT …/mapping took (all optional: an import not yet mapped has none). */
const optionsOut = z.object(optionsIn.shape).partial();
const rowErrorOut = z.object({ field: z.string(), message: z.string() });

const importOut = z.object({
  id: z.uuid(),
  status: z.enum(importStatus.enumValues),
  filename: z.string(),
  format: z.string(),
  columns: z.array(z.string()),
  mapping: z.record(z.string(), z.enum(TARGETS)).nullable(),
  options: optionsOut.nullable(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  errorRows: z.number().int(),
  duplicateRows: z.number().int(),
  phase: z.string().nullable(),
  result: z.object({ created: z.number().int(), merged: z.number().int(), skipped: z.number().int() }).nullable().describe('what the commit did'),
  failure: z.enum(['unreadable', 'internal', 'interrupted']).nullable().describe('why background work failed: a code the UI translates'),
  failureMessage: z.string().nullable().describe('the failure in the caller\'s language'),
  retry: z.enum(['validate', 'commit']).nullable().describe('what starting a failed import again does: validate the file again, or commit its validated rows again; null: upload it again'),
  createdAt: z.string(),
});

/** The upload's answer: the import, the first rows as read, and what the importer should know (translated). */
const uploadedOut = importOut.extend({
  sample: z.array(z.array(z.string())),
  warnings: z.array(z.object({ code: z.string(), count: z.number().int(), message: z.string() })),
});

type Failure = 'unreadable' | 'internal' | 'interrupted';

function present(imp: Import, lang: Lang) {
  const live = service.liveProgress(imp.id);
  const failure = (imp.failure === null ? null : ['unreadable', 'interrupted'].includes(imp.failure) ? imp.failure : 'internal') as Failure | null;
  return {
    id: imp.id,
    status: imp.status,
    filename: imp.filename,
    format: imp.format,
    // Stored before unnamed columns were named (a merged header cell was null): named here too.
    columns: (imp.columns as unknown[]).map((c, i) => (typeof c === 'string' && c !== '' ? c : translate(lang, 'imports.column', { n: i + 1 }))),
    mapping: (imp.mapping ?? null) as Record<string, (typeof TARGETS)[number]> | null,
    options: (imp.options ?? null) as z.input<typeof optionsOut> | null,
    totalRows: imp.totalRows,
    processedRows: Math.max(imp.processedRows, live?.processed ?? 0),
    errorRows: imp.errorRows,
    duplicateRows: imp.duplicateRows,
    phase: live?.phase ?? null,
    result: (imp.result ?? null) as { created: number; merged: number; skipped: number } | null,
    failure,
    failureMessage: failure === null ? null : translate(lang, `imports.failure.${failure}`),
    retry: imp.status !== 'failed' ? null : imp.failedStep === 'committing' && imp.errorRows === 0 ? ('commit' as const) : fs.existsSync(imp.filePath) ? ('validate' as const) : null,
    createdAt: imp.createdAt.toISOString(),
  };
}

export async function importRoutes(app: App) {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD, files: 1, fields: 5 } });
  const dir = () => path.join(app.ctx.config.dataDir, 'imports');

  app.post('/api/v1/imports', {
    schema: { tags, summary: 'Upload a CSV or XLSX file of partners (multipart, field "file"); answers with columns, a guessed mapping, the first rows and warnings; a file that is not what its name says is refused (422 file_unreadable) and deleted',
      consumes: ['multipart/form-data'],
      response: { 201: uploadedOut },
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      // A custom header no cross-site form can send: multipart is not JSON, so the CSRF rule needs this.
      if (req.headers['x-amity-upload'] !== '1') throw new AppError('csrf_failed');
      if (!req.isMultipart()) throw new AppError('unsupported_media_type');
      const file = await req.file();
      if (!file) throw fieldError('file', 'field.required');
      const columnName = (n: number) => translate(req.lang, 'imports.column', { n });
      const { import: imp, sample, warnings } = await service.createImport(app.ctx.db, actor, dir(), { filename: file.filename, stream: file.file }, columnName);
      const told = warnings.map((w) => ({ ...w, message: translate(req.lang, `imports.warning.${w.code}`, { count: w.count }) }));
      return reply.code(201).send({ ...present(imp, req.lang), sample, warnings: told });
    },
  });

  app.get('/api/v1/imports/:id', {
    schema: { tags, summary: 'Status and progress of an import', params: idParams, response: { 200: importOut } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const imp = await repo.findImport(app.ctx.db, actor.scope, req.params.id);
      if (!imp) throw new AppError('not_found');
      return present(imp, req.lang);
    },
  });

  app.put('/api/v1/imports/:id/mapping', {
    schema: {
      tags,
      summary: 'Set the column mapping and options; answers with the first rows as they would be imported',
      params: idParams,
      body: z.strictObject({ mapping: z.record(z.string().regex(/^\d{1,3}$/), z.enum(TARGETS)), options: optionsIn }),
      response: { 200: z.object({ rows: z.array(z.object({ rowNumber: z.number().int(), cells: z.array(z.string()), data: z.record(z.string(), z.unknown()), errors: z.array(rowErrorOut) })) }) },
    },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const rows = await service.configure(app.ctx.db, actor, req.params.id, req.body.mapping, req.body.options);
      return { rows: rows.map((r) => ({ rowNumber: r.rowNumber, cells: r.cells, data: r.data, errors: translateErrors(req.lang, r.errors) })) };
    },
  });

  app.post('/api/v1/imports/:id/validate', {
    schema: { tags, summary: 'Validate every row and flag duplicates (in the background: poll the status)', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.validate(app.ctx.db, actor, req.params.id);
      return reply.code(202).send({ ok: true });
    },
  });

  app.get('/api/v1/imports/:id/errors', {
    schema: { tags, summary: 'Every bad row with its reasons', params: idParams, querystring: z.strictObject(pageQuery), response: { 200: pageSchema(z.object({ rowNumber: z.number().int(), errors: z.array(rowErrorOut) })) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      if (!(await repo.findImport(app.ctx.db, actor.scope, req.params.id))) throw new AppError('not_found');
      const { items, total } = await repo.rowErrors(app.ctx.db, req.params.id, req.query.limit, offsetOf(req.query));
      return { items: items.map((r) => ({ rowNumber: r.rowNumber, errors: translateErrors(req.lang, r.errors as RowError[]) })), total, page: req.query.page, limit: req.query.limit };
    },
  });

  app.get('/api/v1/imports/:id/duplicates', {
    schema: { tags, summary: 'Rows that look like existing partners or earlier rows', params: idParams, querystring: z.strictObject(pageQuery), response: { 200: pageSchema(z.object({ rowNumber: z.number().int(), data: z.record(z.string(), z.unknown()), duplicateOf: z.uuid().nullable(), reason: z.string() })) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      if (!(await repo.findImport(app.ctx.db, actor.scope, req.params.id))) throw new AppError('not_found');
      const { items, total } = await repo.duplicateRowsPage(app.ctx.db, req.params.id, req.query.limit, offsetOf(req.query));
      return { items: items.map((r) => ({ rowNumber: r.rowNumber, data: r.data as Record<string, unknown>, duplicateOf: r.duplicateOf, reason: r.duplicateReason! })), total, page: req.query.page, limit: req.query.limit };
    },
  });

  app.post('/api/v1/imports/:id/commit', {
    schema: {
      tags,
      summary: 'Write every row, all or nothing (in the background: poll the status); per-row choices for duplicates; also starts a failed commit again',
      params: idParams,
      body: z.strictObject({ actions: z.record(z.string().regex(/^\d+$/), duplicateAction).default({}) }),
    },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.commit(app.ctx.db, actor, req.params.id, req.body.actions);
      return reply.code(202).send({ ok: true });
    },
  });
}

const translateErrors = (lang: Parameters<typeof translate>[0], errors: RowError[] | null) =>
  (errors ?? []).map((e) => ({ field: e.field, message: translate(lang, e.key, e.params) }));
