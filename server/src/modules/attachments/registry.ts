import type { Database } from '../../db/types.js';
import { deleteAllOf } from './repo.js';
import { removeEverywhere } from './storages.js';
import type { AttachmentAccess } from '../../http/module.js';

/** Filled from the modules' manifests (`attachments`) by the composition root. */
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
