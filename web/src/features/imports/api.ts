import { keepPreviousData, useQuery } from '@tanstack/react-query';
import i18n from '../../i18n';
import { api, ApiError, toQuery } from '../../ui/api';
import type { Page } from '../../ui/types';
import type { PartnerType, Visibility } from '../partners/types';
import { isRunning, type DuplicateAction, type ImportStatus, type ServerMapping } from './model';

export interface ImportOptions {
  ownerUnitId: string;
  visibility: Visibility;
  type?: PartnerType;
  duplicateAction: DuplicateAction;
}

export interface ImportResult {
  created: number;
  merged: number;
  skipped: number;
}

export interface ImportJob {
  id: string;
  status: ImportStatus;
  filename: string;
  format: string;
  columns: string[];
  mapping: ServerMapping | null;
  options: Partial<ImportOptions> | null;
  totalRows: number;
  processedRows: number;
  errorRows: number;
  duplicateRows: number;
  phase: string | null;
  result: ImportResult | null;
  failure: string | null;
  createdAt: string;
}

export interface UploadedImport extends ImportJob {
  /** The first rows of the file, as read. */
  sample: string[][];
}

export interface RowError {
  field: string;
  /** Already in the UI language (the server translates). */
  message: string;
}

export interface PreviewRow {
  rowNumber: number;
  cells: string[];
  data: Record<string, unknown>;
  errors: RowError[];
}

export interface BadRow {
  rowNumber: number;
  errors: RowError[];
}

export interface DuplicateRow {
  rowNumber: number;
  data: Record<string, unknown>;
  duplicateOf: string | null;
  reason: string;
}

export const importsKey = ['imports'] as const;
const enc = encodeURIComponent;

/** The answer of a failed request, in the same shape as `api()` throws. */
function errorOf(status: number, text: string, statusText: string): ApiError {
  let err: { code?: string; message?: string; fields?: Record<string, string> } | undefined;
  try {
    err = (JSON.parse(text) as { error?: typeof err }).error;
  } catch {
    err = undefined;
  }
  return new ApiError(status, err?.code ?? (status >= 500 ? 'internal' : status === 413 ? 'payload_too_large' : 'unknown'), err?.message ?? statusText, err?.fields ?? {});
}

/**
 * Sends the file as multipart/form-data (field `file`). XMLHttpRequest rather than
 * fetch, for upload progress; the browser sets the Content-Type with its boundary.
 * `x-amity-upload` is the CSRF proof the server requires of multipart requests.
 */
export function uploadImport(file: File, onProgress?: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<UploadedImport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/imports');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.resolvedLanguage ?? i18n.language ?? 'en');
    xhr.setRequestHeader('x-amity-upload', '1');
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as UploadedImport);
        } catch {
          reject(new ApiError(xhr.status, 'unknown', 'invalid response'));
        }
      } else reject(errorOf(xhr.status, xhr.responseText, xhr.statusText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

export const getImport = (id: string, signal?: AbortSignal) => api<ImportJob>(`/imports/${enc(id)}`, { signal });

export const saveMapping = (id: string, mapping: ServerMapping, options: ImportOptions) =>
  api<{ rows: PreviewRow[] }>(`/imports/${enc(id)}/mapping`, { method: 'PUT', body: { mapping, options } });

export const startValidation = (id: string) => api<{ ok: true }>(`/imports/${enc(id)}/validate`, { method: 'POST' });

export const startCommit = (id: string, actions: Record<string, DuplicateAction>) =>
  api<{ ok: true }>(`/imports/${enc(id)}/commit`, { method: 'POST', body: { actions } });

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
    queryFn: ({ signal }) => api<Page<BadRow>>(`/imports/${enc(id)}/errors${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useImportDuplicates(id: string, page: number, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: [...importsKey, id, 'duplicates', page, limit],
    queryFn: ({ signal }) => api<Page<DuplicateRow>>(`/imports/${enc(id)}/duplicates${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
