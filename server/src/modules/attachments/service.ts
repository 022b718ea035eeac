import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { AppError, fieldError, forbidden, notFound } from '../../core/errors.js';
import { type Actor } from '../../core/actor.js';
import { audit } from '../../core/audit.js';
import { diffOf } from '../../core/audit-hash.js';
import { attachmentAccess } from './registry.js';
import * as repo from './repo.js';
import { newStorageKey, type Storage } from './storage.js';
import { removeEverywhere } from './storages.js';
import { cleanFileName, receiveToTemp, sniffContentType } from './receive.js';
import { scanFile } from './scan.js';
import type { Attachment } from './schema.js';
import { inTransaction } from '../../db/tx.js';

/**
 * The record decides: an unknown kind of record or one the user may not see is not found (404);
 * one they see but may not edit is forbidden (403).
 */
async function requireAccess(db: Database, scope: Scope, entity: string, entityId: string, need: 'read' | 'write') {
  const access = attachmentAccess(entity);
  if (!access || !(await access.canRead(db, scope, entityId))) throw notFound();
  if (need === 'write' && !(await access.canWrite(db, scope, entityId))) throw forbidden();
}

const mayWrite = async (db: Database, scope: Scope, entity: string, entityId: string) =>
  (await attachmentAccess(entity)?.canWrite(db, scope, entityId)) ?? false;

export async function listAttachments(db: Database, actor: Actor, entity: string, entityId: string) {
  await requireAccess(db, actor.scope, entity, entityId, 'read');
  const [items, canDelete] = await Promise.all([repo.listOf(db, entity, entityId), mayWrite(db, actor.scope, entity, entityId)]);
  return { items, canDelete };
}

export interface IncomingFile {
  fileName: string | undefined;
  stream: Readable;
  /** True when the upload went past the size limit (the stream was cut there). */
  truncated(): boolean;
}

export interface UploadPlace {
  storage: Storage;
  tmpDir: string;
}

const audited = (a: Attachment) => ({ entity: a.entity, entityId: a.entityId, fileName: a.fileName, contentType: a.contentType, size: a.size, sha256: a.sha256 });

/**
 * Checks access before reading a byte (`open` starts reading the upload), then size, type and
 * virus scan; stores the bytes and writes the row and its audit entry in one transaction.
 */
export async function addAttachment(
  db: Database,
  actor: Actor,
  place: UploadPlace,
  target: { entity: string; entityId: string },
  open: () => Promise<IncomingFile | undefined>,
): Promise<Attachment> {
  await requireAccess(db, actor.scope, target.entity, target.entityId, 'write');
  const incoming = await open();
  if (!incoming) throw fieldError('file', 'field.required');
  const received = await receiveToTemp(incoming.stream, place.tmpDir);
  try {
    if (incoming.truncated()) throw new AppError('payload_too_large');
    if (received.size === 0) throw fieldError('file', 'field.empty_file');
    const fileName = cleanFileName(incoming.fileName);
    const contentType = await sniffContentType(received.path, fileName);
    const verdict = await scanFile({ path: received.path, fileName, contentType });
    if (!verdict.ok) throw new AppError('file_rejected');
    const storageKey = newStorageKey();
    await place.storage.put(storageKey, fs.createReadStream(received.path), received.size);
    try {
      return await inTransaction(db, async (tx) => {
        const row = await repo.insertAttachment(tx, { ...target, fileName, contentType, size: received.size, sha256: received.sha256, storageKey, uploadedBy: actor.scope.userId });
        await audit(tx, actor, { action: 'create', entity: 'attachment', entityId: row.id, diff: diffOf(null, audited(row)) });
        return row;
      });
    } catch (err) {
      await removeEverywhere([storageKey]);
      throw err;
    }
  } finally {
    await fs.promises.rm(received.path, { force: true });
  }
}

export async function openDownload(db: Database, actor: Actor, storage: Storage, id: string) {
  const attachment = await repo.findAttachment(db, id);
  if (!attachment) throw notFound();
  await requireAccess(db, actor.scope, attachment.entity, attachment.entityId, 'read');
  return { attachment, stream: await storage.get(attachment.storageKey) };
}

/** Deletes the row (audited) and then its file: a file left over is logged, never an error. */
export async function removeAttachment(db: Database, actor: Actor, id: string): Promise<void> {
  const found = await repo.findAttachment(db, id);
  if (!found) throw notFound();
  await requireAccess(db, actor.scope, found.entity, found.entityId, 'write');
  const gone = await inTransaction(db, async (tx) => {
    const row = await repo.deleteAttachment(tx, id);
    if (!row) throw notFound();
    await audit(tx, actor, { action: 'delete', entity: 'attachment', entityId: id, diff: diffOf(audited(row), null) });
    return row;
  });
  await removeEverywhere([gone.storageKey]);
}
