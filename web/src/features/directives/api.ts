import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ApiError, toQuery } from '../../ui/api';
import type { Reply } from '../../api/contract';
import { directivesRoot } from '../tasks/api';
import type { DirectiveInput, DirectivePatch, DirectiveTree, GroupInput, GroupPatch } from './types';

export const directivesKey = [...directivesRoot, 'directives'] as const;
const enc = encodeURIComponent;

export function useDirectives(params: Record<string, string | number | undefined>, enabled = true) {
  return useQuery({
    queryKey: [...directivesKey, 'list', params],
    queryFn: ({ signal }) => api<Reply<'/directives'>>(`/directives${toQuery(params)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDirective(id: string | null | undefined) {
  return useQuery({
    queryKey: [...directivesKey, 'one', id],
    queryFn: ({ signal }) => api<Reply<'/directives/{id}'>>(`/directives/${enc(id!)}`, { signal }),
    enabled: !!id,
  });
}

export function useDirectiveTree(id: string) {
  return useQuery({
    queryKey: [...directivesKey, 'one', id, 'tree'],
    queryFn: ({ signal }) => api<DirectiveTree>(`/directives/${enc(id)}/tree`, { signal }),
  });
}

export function useMatrix(id: string) {
  return useQuery({
    queryKey: [...directivesKey, 'one', id, 'matrix'],
    queryFn: ({ signal }) => api<Reply<'/directives/{id}/matrix'>>(`/directives/${enc(id)}/matrix`, { signal }),
  });
}

export const createDirective = (body: DirectiveInput) => api<Reply<'/directives', 'post'>>('/directives', { method: 'POST', body });
export const updateDirective = (id: string, body: DirectivePatch) => api<Reply<'/directives/{id}', 'patch'>>(`/directives/${enc(id)}`, { method: 'PATCH', body });
export const deleteDirective = (id: string) => api<Reply<'/directives/{id}', 'delete'>>(`/directives/${enc(id)}`, { method: 'DELETE' });

export const createGroup = (body: GroupInput) => api<Reply<'/task-groups', 'post'>>('/task-groups', { method: 'POST', body });
export const updateGroup = (id: string, body: GroupPatch) => api<Reply<'/task-groups/{id}', 'patch'>>(`/task-groups/${enc(id)}`, { method: 'PATCH', body });
export const deleteGroup = (id: string) => api<Reply<'/task-groups/{id}', 'delete'>>(`/task-groups/${enc(id)}`, { method: 'DELETE' });

/**
 * The implementation status as XLSX. Fetched (not a plain link) so it carries Accept-Language — headers and
 * status names come in the UI language — and the button can show that it is working.
 */
export async function downloadExport(id: string, code: string, lang: string): Promise<void> {
  const res = await fetch(`/api/v1/directives/${enc(id)}/export.xlsx`, { headers: { 'Accept-Language': lang }, credentials: 'include' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new ApiError(res.status, body?.error?.code ?? 'internal', body?.error?.message ?? res.statusText);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${code}-implementation.xlsx`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
