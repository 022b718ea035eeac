import { z } from 'zod';
import type { Attachment } from './schema.js';

export const attachmentOut = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
  uploadedBy: z.uuid().nullable(),
  uploaderName: z.string().nullable(),
  can: z.object({ delete: z.boolean() }),
});

export const presentAttachment = (a: Attachment, uploaderName: string | null, canDelete: boolean): z.output<typeof attachmentOut> => ({
  id: a.id,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  createdAt: a.createdAt.toISOString(),
  uploadedBy: a.uploadedBy,
  uploaderName,
  can: { delete: canDelete },
});

/** RFC 6266 / 5987: an ASCII fallback for old clients, the exact UTF-8 name in filename*. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Text is stored without a charset (the type is what was sniffed); it was checked to be UTF-8. */
export const servedType = (contentType: string) => (contentType.startsWith('text/') ? `${contentType}; charset=utf-8` : contentType);
