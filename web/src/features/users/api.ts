import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, toQuery } from '../../ui/api';
import type { Language, Page, Role, UserItem } from '../../ui/types';

export const usersKey = ['users'] as const;

/** A user as listed to those who manage them: with their sign-in throttle. */
export interface UserRow extends UserItem {
  /** Until when failed sign-ins slow this account down from some address; null when they do not. */
  throttledUntil?: string | null;
  can: UserItem['can'] & { clearThrottle?: boolean };
}

export interface UserFilters {
  page: number;
  limit: number;
  q?: string;
  unitId?: string;
  role?: string;
  active?: string;
  sort?: string;
}

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, filters],
    queryFn: ({ signal }) => api<Page<UserRow>>(`/users${toQuery({ ...filters })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  unitId: string;
  role: Role;
  language: Language;
}

export const createUser = (body: NewUser) => api<UserItem>('/users', { method: 'POST', body });

export const updateUser = (
  id: string,
  body: Partial<{ displayName: string; unitId: string; role: Role; language: Language; active: boolean }>,
) => api<UserItem>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });

export const setUserPassword = (id: string, password: string) =>
  api<void>(`/users/${encodeURIComponent(id)}/password`, { method: 'POST', body: { password } });

/** The user's failed sign-ins are forgotten: they may sign in again at once. */
export const clearLoginThrottle = (id: string) => api<void>(`/users/${encodeURIComponent(id)}/login-throttle`, { method: 'DELETE' });

/** User changes show in lists, unit member counts and the audit log. */
export function useInvalidateUsers() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: usersKey }),
      qc.invalidateQueries({ queryKey: ['units'] }),
      qc.invalidateQueries({ queryKey: ['audit'] }),
      qc.invalidateQueries({ queryKey: ['me'] }),
    ]);
}
