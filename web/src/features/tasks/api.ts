import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Page } from '../../ui/types';
import type { BoardColumn, Report, ReportAction, ReportInput, Task, TaskGroup, TaskInput, TaskItem } from './types';

// Tasks and directives share one cache root: a report accepted on a task changes its directive's roll-up.
export const tasksKey = ['directives-tasks', 'tasks'] as const;
export const directivesRoot = ['directives-tasks'] as const;
const enc = encodeURIComponent;

export type TaskListParams = Record<string, string | number | undefined>;

export function useTasks(params: TaskListParams, enabled = true) {
  return useQuery({
    queryKey: [...tasksKey, 'list', params],
    queryFn: ({ signal }) => api<Page<TaskItem>>(`/tasks${toQuery(params)}`, { signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTask(id: string | null | undefined) {
  return useQuery({
    queryKey: [...tasksKey, 'one', id],
    queryFn: ({ signal }) => api<Task>(`/tasks/${enc(id!)}`, { signal }),
    enabled: !!id,
  });
}

export function useBoard() {
  return useQuery({
    queryKey: [...tasksKey, 'board'],
    queryFn: ({ signal }) => api<{ columns: BoardColumn[] }>('/tasks/board', { signal }),
    select: (d) => d.columns,
  });
}

export function useTaskGroups(directiveId: string | null | undefined) {
  return useQuery({
    queryKey: [...directivesRoot, 'groups', directiveId],
    queryFn: ({ signal }) => api<{ items: TaskGroup[] }>(`/task-groups${toQuery({ directiveId: directiveId! })}`, { signal }),
    select: (d) => d.items,
    enabled: !!directiveId,
  });
}

export const createTask = (body: TaskInput) => api<Task>('/tasks', { method: 'POST', body });
export const updateTask = (id: string, body: TaskInput) => api<Task>(`/tasks/${enc(id)}`, { method: 'PATCH', body });
export const deleteTask = (id: string) => api<void>(`/tasks/${enc(id)}`, { method: 'DELETE' });

export interface CascadeInput {
  code: string;
  titleVi?: string;
  titleEn?: string;
  titleFr?: string;
  issuedOn?: string;
  visibility?: string;
}
export const cascadeTask = (id: string, body: CascadeInput) => api<{ id: string }>(`/tasks/${enc(id)}/cascade`, { method: 'POST', body });

export function useReports(taskId: string, page: number, limit: number) {
  return useQuery({
    queryKey: [...tasksKey, 'one', taskId, 'reports', page, limit],
    queryFn: ({ signal }) => api<Page<Report>>(`/tasks/${enc(taskId)}/reports${toQuery({ page, limit })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export const createReport = (taskId: string, body: ReportInput) => api<Report>(`/tasks/${enc(taskId)}/reports`, { method: 'POST', body });
export const updateReport = (id: string, body: ReportInput) => api<Report>(`/task-reports/${enc(id)}`, { method: 'PATCH', body });
export const deleteReport = (id: string) => api<void>(`/task-reports/${enc(id)}`, { method: 'DELETE' });
export const transitionReport = (id: string, body: { action: ReportAction; comment?: string }) =>
  api<{ report: Report }>(`/task-reports/${enc(id)}/transitions`, { method: 'POST', body });

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
