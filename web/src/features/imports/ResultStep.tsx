import { FAILURE_TEXT } from './labels';
import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconList, IconRefresh, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportJob } from './api';
import { ProgressPanel } from './ProgressPanel';
import { Stat } from './ReportStep';

interface Props {
  job: ImportJob;
  onRevalidate: () => void;
  revalidating: boolean;
  /** Commits the same validated rows again (a failed commit wrote nothing). */
  onRecommit: () => void;
  recommitting: boolean;
  onRestart: () => void;
}

/** Step 4: the commit running, then what it did (or why nothing was written). */
export function ResultStep({ job, onRevalidate, revalidating, onRecommit, recommitting, onRestart }: Props) {
  const { t } = useTranslation();
  if (job.status === 'committing') return <ProgressPanel job={job} title={t('imports.commit.running')} />;

  if (job.status === 'failed') {
    return (
      <Stack>
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={t('imports.commit.failed')}>
          {job.failureMessage ?? (job.failure ? t(FAILURE_TEXT[job.failure]) : t('imports.commit.failedHint'))}
          {job.retry === null && (
            <>
              <br />
              {t('imports.fileGone')}
            </>
          )}
        </Alert>
        <Group>
          {job.retry === 'commit' && (
            <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRecommit} loading={recommitting}>
              {t('imports.retry')}
            </Button>
          )}
          {job.retry !== null && (
            <Button
              variant={job.retry === 'commit' ? 'default' : 'filled'}
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={onRevalidate}
              loading={revalidating}
            >
              {t('imports.commit.revalidate')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={onRestart}>
            {t('imports.uploadAnother')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const r = job.result ?? { created: 0, merged: 0, skipped: 0 };
  return (
    <Stack gap="lg">
      <Alert color="green" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} title={t('imports.commit.doneTitle')}>
        {t('imports.commit.done', { file: job.filename })}
      </Alert>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" aria-label={t('imports.commit.summary')}>
        <Stat label={t('imports.commit.created')} value={r.created} color="green" testId="result-created" />
        <Stat label={t('imports.commit.merged')} value={r.merged} color="blue" testId="result-merged" />
        <Stat label={t('imports.commit.skipped')} value={r.skipped} testId="result-skipped" />
      </SimpleGrid>
      <Group>
        <Button component={Link} to="/partners" leftSection={<IconList size={16} aria-hidden />}>
          {t('imports.commit.openList')}
        </Button>
        <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={onRestart}>
          {t('imports.uploadAnother')}
        </Button>
      </Group>
    </Stack>
  );
}
