import { useQuery } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import { uploadFile } from '../../ui/upload';
import type { Item, Reply } from '../../api/contract';

export type Attachment = Item<'/attachments'>;

export const attachmentsKey = ['attachments'] as const;
const enc = encodeURIComponent;

export function useAttachments(entity: string, entityId: string) {
  return useQuery({
    queryKey: [...attachmentsKey, entity, entityId],
    queryFn: ({ signal }) => api<Reply<'/attachments'>>(`/attachments${toQuery({ entity, entityId })}`, { signal }),
    select: (d) => d.items,
    enabled: !!entityId,
  });
}

export const deleteAttachment = (id: string) => api<Reply<'/attachments/{id}', 'delete'>>(`/attachments/${enc(id)}`, { method: 'DELETE' });

/** The file itself (the session cookie goes with the link). */
export const downloadHref = (id: string) => `/api/v1/attachments/${enc(id)}/download`;

/** Sends one file to a record, with upload progress. */
export const uploadAttachment = (entity: string, entityId: string, file: File, onProgress?: (loaded: number, total: number) => void, signal?: AbortSignal) =>
  uploadFile<Reply<'/attachments', 'post'>>(`/attachments${toQuery({ entity, entityId })}`, file, onProgress, signal);
