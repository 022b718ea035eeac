import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { deleteAllOf } from './repo.js';
import { removeEverywhere } from './storages.js';

/**
 * Each module whose records carry files registers who may read and who may change them.
 * Reading: the user may see the record (else 404). Writing: the user may edit it (else 403).
 */
export interface AttachmentAccess {
  canRead(db: Database, scope: Scope, entityId: string): Promise<boolean>;
  canWrite(db: Database, scope: Scope, entityId: string): Promise<boolean>;
}

const registry = new Map<string, AttachmentAccess>();

export function registerAttachmentEntity(entity: string, access: AttachmentAccess): void {
  registry.set(entity, access);
}

export function attachmentAccess(entity: string): AttachmentAccess | undefined {
  return registry.get(entity);
}

/**
 * Deletes the attachment rows of a record in the caller's transaction and answers their storage keys;
 * pass them to removeStoredFiles after commit (files of a deleted record are deleted, not orphaned).
 */
export async function deleteAttachmentsOf(db: Database, entity: string, entityId: string): Promise<string[]> {
  return deleteAllOf(db, entity, entityId);
}

/** Removes stored files; never throws (a leftover file is logged). */
export async function removeStoredFiles(keys: string[]): Promise<void> {
  await removeEverywhere(keys);
}
