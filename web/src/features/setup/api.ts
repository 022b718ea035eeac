import { useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';
import type { Language, Pillar, Role, UnitKind, User } from '../../ui/types';

export const setupKey = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({
    queryKey: setupKey,
    queryFn: () => api<{ required: boolean }>('/setup'),
    staleTime: Infinity,
    retry: 1,
  });
}

export interface SetupBody {
  rootUnit: { nameVi: string; nameEn: string; nameFr: string; kind: UnitKind; pillar: Pillar };
  admin: { email: string; displayName: string; password: string; language: Language };
}

export const runSetup = (body: SetupBody) => api<{ user: User }>('/setup', { method: 'POST', body });

export interface DemoResult {
  password: string;
  accounts: { email: string; role: Role; unitName: string }[];
}

export const loadDemo = () => api<DemoResult>('/setup/demo', { method: 'POST', body: {} });
