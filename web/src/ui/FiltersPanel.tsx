import { Button, Paper } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The filters above a list: a landmark named "Filters". */
export function FiltersPanel({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-label={t('common.filters')}>
      {children}
    </Paper>
  );
}

/** Resets a list's filters; disabled while none is set. */
export function ClearFiltersButton({ label, disabled, onClick }: { label: string; disabled: boolean; onClick: () => void }) {
  return (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={disabled} onClick={onClick}>
      {label}
    </Button>
  );
}
