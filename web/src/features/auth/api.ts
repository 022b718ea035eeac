import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api, isApiError } from '../../ui/api';
import type { Body, Reply } from '../../api/contract';
import type { Me } from './me';

export const meKey = ['me'] as const;

/** `null` means signed out (401), so the app can show the sign-in page. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Reply<'/me'>>('/me');
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

export function useMe(enabled = true) {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false, enabled });
}

export const login = (body: Body<'/auth/login', 'post'>) => api<Reply<'/auth/login', 'post'>>('/auth/login', { method: 'POST', body });

export const logout = () => api<Reply<'/auth/logout', 'post'>>('/auth/logout', { method: 'POST' });

export const logoutAll = () => api<Reply<'/auth/logout-all', 'post'>>('/auth/logout-all', { method: 'POST' });

/** Forget everything cached for the previous user and show the sign-in page; the next user starts at home. */
export function useSignedOut() {
  const qc = useQueryClient();
  const navigate = useNavigate();
  return () => {
    qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup' });
    qc.setQueryData(meKey, null);
    notifications.clean();
    void navigate('/', { replace: true });
  };
}
