import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/types.js';
import { users } from '../../core/tenancy-schema.js';
import { attachments, type Attachment } from './schema.js';

export type NewAttachment = Omit<Attachment, 'id' | 'createdAt'>;

export async function insertAttachment(db: Database, values: NewAttachment): Promise<Attachment> {
  const [row] = await db.insert(attachments).values(values).returning();
  return row!;
}

export type AttachmentWithUploader = Attachment & { uploaderName: string | null };

/** A record's files, oldest first, with the uploader's name (null once the user is gone). */
export async function listOf(db: Database, entity: string, entityId: string): Promise<AttachmentWithUploader[]> {
  const rows = await db
    .select({ a: attachments, uploaderName: users.displayName })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(and(eq(attachments.entity, entity), eq(attachments.entityId, entityId)))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  return rows.map((r) => ({ ...r.a, uploaderName: r.uploaderName }));
}

export async function findAttachment(db: Database, id: string): Promise<AttachmentWithUploader | undefined> {
  const [row] = await db
    .select({ a: attachments, uploaderName: users.displayName })
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.uploadedBy))
    .where(eq(attachments.id, id));
  return row ? { ...row.a, uploaderName: row.uploaderName } : undefined;
}

export async function deleteAttachment(db: Database, id: string): Promise<Attachment | undefined> {
  const [row] = await db.delete(attachments).where(eq(attachments.id, id)).returning();
  return row;
}

/** Deletes every row of a record; answers the storage keys of their files. */
export async function deleteAllOf(db: Database, entity: string, entityId: string): Promise<string[]> {
  const rows = await db
    .delete(attachments)
    .where(and(eq(attachments.entity, entity), eq(attachments.entityId, entityId)))
    .returning({ storageKey: attachments.storageKey });
  return rows.map((r) => r.storageKey);
}
