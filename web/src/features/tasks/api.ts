import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Body, Reply } from '../../api/contract';
import type { CascadeInput, ReportInput, ReportPatch, TaskInput, TaskPatch } from './types';

// Tasks and directives share one cache root: a report accepted on a task changes its directive's roll-up.
export const tasksKey = ['directives-tasks', 'tasks'] as const;
export const directivesRoot = ['directives-tasks'] as const;
const enc = encodeURIComponent;

export type TaskListParams = Record<string, string | number | undefined>;

export function useTasks(params: TaskListParams, enabled = true) {
  return useQuery({
    queryKey: [...tasksKey, 'list', params],
    queryFn: ({ signal }) => api<Reply<'/tasks'>>(`/tasks${toQuery(params)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTask(id: string | null | undefined) {
  return useQuery({
    queryKey: [...tasksKey, 'one', id],
    queryFn: ({ signal }) => api<Reply<'/tasks/{id}'>>(`/tasks/${enc(id!)}`, { signal }),
    enabled: !!id,
  });
}

export function useBoard() {
  return useQuery({
    queryKey: [...tasksKey, 'board'],
    queryFn: ({ signal }) => api<Reply<'/tasks/board'>>('/tasks/board', { signal }),
    select: (d) => d.columns,
  });
}

export function useTaskGroups(directiveId: string | null | undefined) {
  return useQuery({
    queryKey: [...directivesRoot, 'groups', directiveId],
    queryFn: ({ signal }) => api<Reply<'/task-groups'>>(`/task-groups${toQuery({ directiveId: directiveId! })}`, { signal }),
    select: (d) => d.items,
    enabled: !!directiveId,
  });
}

export const createTask = (body: TaskInput) => api<Reply<'/tasks', 'post'>>('/tasks', { method: 'POST', body });
export const updateTask = (id: string, body: TaskPatch) => api<Reply<'/tasks/{id}', 'patch'>>(`/tasks/${enc(id)}`, { method: 'PATCH', body });
export const deleteTask = (id: string) => api<Reply<'/tasks/{id}', 'delete'>>(`/tasks/${enc(id)}`, { method: 'DELETE' });

export const cascadeTask = (id: string, body: CascadeInput) => api<Reply<'/tasks/{id}/cascade', 'post'>>(`/tasks/${enc(id)}/cascade`, { method: 'POST', body });

export function useReports(taskId: string, page: number, limit: number) {
  return useQuery({
    queryKey: [...tasksKey, 'one', taskId, 'reports', page, limit],
    queryFn: ({ signal }) => api<Reply<'/tasks/{id}/reports'>>(`/tasks/${enc(taskId)}/reports${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export const createReport = (taskId: string, body: ReportInput) =>
  api<Reply<'/tasks/{id}/reports', 'post'>>(`/tasks/${enc(taskId)}/reports`, { method: 'POST', body });
export const updateReport = (id: string, body: ReportPatch) => api<Reply<'/task-reports/{id}', 'patch'>>(`/task-reports/${enc(id)}`, { method: 'PATCH', body });
export const deleteReport = (id: string) => api<Reply<'/task-reports/{id}', 'delete'>>(`/task-reports/${enc(id)}`, { method: 'DELETE' });
export const transitionReport = (id: string, body: Body<'/task-reports/{id}/transitions', 'post'>) =>
  api<Reply<'/task-reports/{id}/transitions', 'post'>>(`/task-reports/${enc(id)}/transitions`, { method: 'POST', body });

/** A task or report change shows in directives (roll-ups, tree, matrix), the board, notifications and the audit log. */
export function useInvalidateTasks() {
  const qc = useQueryClient();
  return (gone: string[] = []) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: directivesRoot, predicate: (q) => !(q.queryKey[2] === 'one' && gone.includes(String(q.queryKey[3]))) }),
      qc.invalidateQueries({ queryKey: ['notifications'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
    ]);
}
