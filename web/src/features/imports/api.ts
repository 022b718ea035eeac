import type { ImportFailure } from './labels';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import i18n from '../../i18n';
import { api, toQuery } from '../../ui/api';
import { uploadFile } from '../../ui/upload';
import type { Body, Item, Reply } from '../../api/contract';
import { isRunning, type DuplicateAction, type ServerMapping } from './model';

export type ImportOptions = Body<'/imports/{id}/mapping', 'put'>['options'];

/** What the commit did. */
export type ImportResult = NonNullable<Reply<'/imports/{id}'>['result']>;

/**
 * `failureMessage`: the failure in the UI language (the server translates). `retry`: what starting a
 * failed import again does; null: its file is gone, upload it again.
 */
export type ImportJob = Omit<Reply<'/imports/{id}'>, 'failure'> & { failure: ImportFailure | null };

export type RetryAction = NonNullable<ImportJob['retry']>;

/** The upload's answer: the import, the first rows as read and warnings (already translated). */
export type UploadedImport = Reply<'/imports', 'post'>;
/** Something the importer should know about the uploaded file (already translated). */
export type UploadWarning = UploadedImport['warnings'][number];

export type BadRow = Item<'/imports/{id}/errors'>;
/** `message` is already in the UI language (the server translates). */
export type RowError = BadRow['errors'][number];

/** `data` is the row as read, by field. */
export type DuplicateRow = Item<'/imports/{id}/duplicates'>;
type DuplicatesPage = Reply<'/imports/{id}/duplicates'>;

/** A row as it would be imported, with its problems (already translated). */
export type PreviewRow = Reply<'/imports/{id}/mapping', 'put'>['rows'][number];

export const importsKey = ['imports'] as const;
const enc = encodeURIComponent;

/** Sends the file, with upload progress. */
export const uploadImport = (file: File, onProgress?: (loaded: number, total: number) => void, signal?: AbortSignal) =>
  uploadFile<UploadedImport>('/imports', file, onProgress, signal);

export const getImport = (id: string, signal?: AbortSignal) => api<ImportJob>(`/imports/${enc(id)}`, { signal });

export const saveMapping = (id: string, mapping: ServerMapping, options: ImportOptions) =>
  api<Reply<'/imports/{id}/mapping', 'put'>>(`/imports/${enc(id)}/mapping`, { method: 'PUT', body: { mapping, options } satisfies Body<'/imports/{id}/mapping', 'put'> });

export const startValidation = (id: string) => api<Reply<'/imports/{id}/validate', 'post'>>(`/imports/${enc(id)}/validate`, { method: 'POST' });

export const startCommit = (id: string, actions: Record<string, DuplicateAction>) =>
  api<Reply<'/imports/{id}/commit', 'post'>>(`/imports/${enc(id)}/commit`, { method: 'POST', body: { actions } satisfies Body<'/imports/{id}/commit', 'post'> });

/** The import, polled every half second while the server works on it. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: [...importsKey, id],
    queryFn: ({ signal }) => getImport(id!, signal),
    enabled: !!id,
    refetchInterval: (q) => (isRunning(q.state.data?.status) ? 500 : false),
  });
}

export function useImportErrors(id: string, page: number, limit: number, enabled: boolean) {
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return useQuery({
    // The messages come translated: a language change asks again.
    queryKey: [...importsKey, id, 'errors', page, limit, lang],
    queryFn: ({ signal }) => api<Reply<'/imports/{id}/errors'>>(`/imports/${enc(id)}/errors${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useImportDuplicates(id: string, page: number, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: [...importsKey, id, 'duplicates', page, limit],
    queryFn: ({ signal }) => api<DuplicatesPage>(`/imports/${enc(id)}/duplicates${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
