import i18n from '../i18n';
import { ApiError } from './api';

/** A failed answer in the shape `api()` throws (a proxy's 413 may come without a JSON body). */
function errorOf(status: number, text: string, statusText: string): ApiError {
  let err: { code?: string; message?: string; fields?: Record<string, string> } | undefined;
  try {
    err = (JSON.parse(text) as { error?: typeof err }).error;
  } catch {
    err = undefined;
  }
  const code = err?.code ?? (status === 413 ? 'payload_too_large' : status === 415 ? 'file_type_not_allowed' : status >= 500 ? 'internal' : 'unknown');
  return new ApiError(status, code, err?.message ?? statusText, err?.fields ?? {});
}

/**
 * POSTs one file as multipart/form-data (field `file`) to `/api/v1{path}` with upload progress:
 * XMLHttpRequest, since fetch reports none; the browser sets the Content-Type with its boundary.
 * `x-amity-upload` is the CSRF proof the server requires of multipart requests.
 */
export function uploadFile<T>(path: string, file: File, onProgress?: (loaded: number, total: number) => void, signal?: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', i18n.resolvedLanguage ?? i18n.language ?? 'en');
    xhr.setRequestHeader('x-amity-upload', '1');
    xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as T);
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

/** Upload progress in percent (0 while the size is not known). */
export function uploadPercent(loaded: number, total: number): number {
  if (!total || total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((loaded / total) * 100)));
}

/** 1536 → "1.5 KB", in the UI language's number format. */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const n = new Intl.NumberFormat(lang, { maximumFractionDigits: u === 0 || v >= 10 ? 0 : 1 }).format(v);
  return `${n} ${units[u]}`;
}
