import type { ImportFailure } from './labels';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import i18n from '../../i18n';
import { api, toQuery } from '../../ui/api';
import { uploadFile } from '../../ui/upload';
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
  failure: ImportFailure | null;
  /** The failure in the UI language (the server translates). */
  failureMessage?: string | null;
  /** What starting a failed import again does; null: its file is gone, upload it again. */
  retry?: RetryAction | null;
  createdAt: string;
}

export type RetryAction = 'validate' | 'commit';

/** Something the importer should know about the uploaded file (already translated). */
export interface UploadWarning {
  code: string;
  count: number;
  message: string;
}

export interface UploadedImport extends ImportJob {
  /** The first rows of the file, as read. */
  sample: string[][];
  warnings?: UploadWarning[];
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

/** Sends the file, with upload progress. */
export const uploadImport = (file: File, onProgress?: (loaded: number, total: number) => void, signal?: AbortSignal) =>
  uploadFile<UploadedImport>('/imports', file, onProgress, signal);

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
