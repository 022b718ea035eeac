import { useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';
import type { Body, Reply } from '../../api/contract';

export const setupKey = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => api<Reply<'/setup'>>('/setup'),
    staleTime: Infinity,
    retry: 1,
  });
}

export type SetupBody = Body<'/setup', 'post'>;

export const runSetup = (body: SetupBody) => api<Reply<'/setup', 'post'>>('/setup', { method: 'POST', body });

export type DemoResult = Reply<'/setup/demo', 'post'>;

export const loadDemo = () => api<DemoResult>('/setup/demo', { method: 'POST', body: {} });
