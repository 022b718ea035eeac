import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from './api';
import { useImportLabels } from './labels';
import { progressPercent } from './model';

/** The running validation or commit: a bar (striped while its end is unknown), the phase and the rows read. */
export function ProgressPanel({ job, title }: { job: ImportJob; title: string }) {
  const { t, i18n } = useTranslation();
  const labels = useImportLabels();
  const percent = progressPercent(job);
  const nf = new Intl.NumberFormat(i18n.language);
  return (
    <Paper withBorder p="lg" component="section" aria-label={title} aria-busy>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{title}</Text>
          {percent !== null && (
            <Text size="sm" c="dimmed" data-testid="import-percent">
              {percent}%
            </Text>
          )}
        </Group>
        <Progress
          value={percent ?? 100}
          striped={percent === null}
          animated
          size="lg"
          aria-label={title}
          aria-valuetext={percent === null ? labels.phase(job.phase) || title : `${percent}%`}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {job.phase ? labels.phase(job.phase) : t('imports.progress.working')}
          </Text>
          {(job.status === 'validating' || job.phase === 'partners') && job.processedRows > 0 && (
            <Text size="sm" c="dimmed">
              {job.totalRows > 0
                ? t('imports.progress.rowsOf', { done: nf.format(job.processedRows), total: nf.format(job.totalRows) })
                : t('imports.progress.rows', { count: job.processedRows, done: nf.format(job.processedRows) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
