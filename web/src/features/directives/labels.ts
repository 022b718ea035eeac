import { useTranslation } from 'react-i18next';
import type { DirectiveKind, DirectiveStatus } from './types';

// Literal keys (not built at run time) so the locale test can see every one is used.
export const KIND_LABELS: Record<DirectiveKind, string> = {
  directive: 'directives.kinds.directive',
  resolution: 'directives.kinds.resolution',
  conclusion: 'directives.kinds.conclusion',
  plan: 'directives.kinds.plan',
  decision: 'directives.kinds.decision',
  programme: 'directives.kinds.programme',
};

export const STATUS_LABELS: Record<DirectiveStatus, string> = {
  in_force: 'directives.statuses.in_force',
  superseded: 'directives.statuses.superseded',
  expired: 'directives.statuses.expired',
};

export const DIRECTIVE_STATUS_COLORS: Record<DirectiveStatus, string> = { in_force: 'teal', superseded: 'gray', expired: 'dark' };

export function useDirectiveLabels() {
  const { t } = useTranslation();
  const of = (map: Record<string, string>) => (v: string | null | undefined) => {
    const key = map[String(v)];
    return key ? t(key) : String(v ?? '');
  };
  return { kind: of(KIND_LABELS), status: of(STATUS_LABELS) };
}

export function useDirectiveOptions() {
  const { t } = useTranslation();
  const opts = (map: Record<string, string>) => Object.entries(map).map(([value, key]) => ({ value, label: t(key) }));
  return { kinds: opts(KIND_LABELS), statuses: opts(STATUS_LABELS) };
}
