import path from 'node:path';
import { z } from 'zod';
import type { App } from '../../http/context.js';
import { requireSession } from '../../http/context.js';
import { AppError } from '../../core/errors.js';
import { openStorage } from './storages.js';
import * as service from './service.js';
import { attachmentOut, contentDisposition, presentAttachment, servedType } from './present.js';
import { idParams } from '../../http/params.js';

const tags = ['attachments'];
const target = z.strictObject({ entity: z.string().regex(/^[a-z][a-z_]{0,49}$/), entityId: z.uuid() });

/** Files on records (docs/API.md). Multipart is already registered by the imports module. */
export async function attachmentRoutes(app: App) {
  const { config } = app.ctx;
  const storage = await openStorage(config, app.log);
  const place = { storage, tmpDir: path.join(config.dataDir, 'tmp', 'uploads') };
  // A mistyped ATTACHMENT_MAX_MB (NaN, 0) must not lift the limit.
  const maxBytes = Math.floor((config.attachmentMaxMb > 0 ? config.attachmentMaxMb : 25) * 1024 * 1024);

  app.get('/api/v1/attachments', {
    schema: { tags, summary: 'Files attached to a record', querystring: target, response: { 200: z.object({ items: z.array(attachmentOut) }) } },
    handler: async (req) => {
      const { actor } = requireSession(req);
      const { items, canDelete } = await service.listAttachments(app.ctx.db, actor, req.query.entity, req.query.entityId);
      return { items: items.map((a) => presentAttachment(a, a.uploaderName, canDelete)) };
    },
  });

  app.post('/api/v1/attachments', {
    schema: {
      tags,
      summary: `Attach a file to a record (multipart, field "file", header x-amity-upload: 1; at most ATTACHMENT_MAX_MB)`,
      consumes: ['multipart/form-data'],
      querystring: target,
      response: { 201: attachmentOut },
    },
    handler: async (req, reply) => {
      const { actor, user } = requireSession(req);
      // A custom header no cross-site form can send: multipart is not JSON, so the CSRF rule needs this.
      if (req.headers['x-amity-upload'] !== '1') throw new AppError('csrf_failed');
      if (!req.isMultipart()) throw new AppError('unsupported_media_type');
      const row = await service.addAttachment(app.ctx.db, actor, place, req.query, async () => {
        const file = await req.file({ limits: { fileSize: maxBytes, files: 1 }, throwFileSizeLimit: false });
        if (!file || file.fieldname !== 'file') return undefined;
        return { fileName: file.filename, stream: file.file, truncated: () => file.file.truncated };
      });
      return reply.code(201).send(presentAttachment(row, user.displayName, true));
    },
  });

  app.get('/api/v1/attachments/:id/download', {
    schema: { tags, summary: 'The bytes of an attached file', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      const { attachment, stream } = await service.openDownload(app.ctx.db, actor, storage, req.params.id);
      return reply
        .header('Content-Type', servedType(attachment.contentType))
        .header('Content-Length', attachment.size)
        .header('Content-Disposition', contentDisposition(attachment.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Cache-Control', 'private, no-store')
        .send(stream);
    },
  });

  app.delete('/api/v1/attachments/:id', {
    schema: { tags, summary: 'Remove an attached file (who may edit the record)', params: idParams },
    handler: async (req, reply) => {
      const { actor } = requireSession(req);
      await service.removeAttachment(app.ctx.db, actor, req.params.id);
      return reply.code(204).send();
    },
  });
}
