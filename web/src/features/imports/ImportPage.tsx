import { Button, Stack, Stepper } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { importsKey, startCommit, startValidation, useImport, type ImportJob, type UploadedImport, type UploadWarning } from './api';
import { MappingStep } from './MappingStep';
import { commitActions, STEP_MAPPING, STEP_UPLOAD, STEP_VALIDATE, stepOf, type DuplicateAction, type Step } from './model';
import { ReportStep } from './ReportStep';
import { ResultStep } from './ResultStep';
import { UploadStep } from './UploadStep';

/**
 * The partner import wizard: upload → mapping → validation report → commit.
 * The import's id stays in the URL, so a reload comes back to the same step.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useMe();
  const [u, setU] = useUrlState(['id'] as const);
  const id = u.id || null;
  const job = useImport(id);
  const [samples, setSamples] = useState<Record<string, string[][]>>({});
  const [warnings, setWarnings] = useState<Record<string, UploadWarning[]>>({});
  const [editing, setEditing] = useState(false);
  const [committed, setCommitted] = useState(false);
  const [choices, setChoices] = useState<Record<number, DuplicateAction>>({});
  const [committing, setCommitting] = useState(false);
  const [commitError, setCommitError] = useState<unknown>(null);
  const [revalidating, setRevalidating] = useState(false);

  const status = job.data?.status;
  useEffect(() => {
    // New partners: every cached list, count and facet is out of date.
    if (status === 'done') void qc.invalidateQueries({ queryKey: ['partners'] });
  }, [status, qc]);

  const reset = () => {
    setEditing(false);
    setCommitted(false);
    setChoices({});
    setCommitError(null);
  };

  const onUploaded = (imp: UploadedImport) => {
    const { sample, warnings: told, ...rest } = imp;
    qc.setQueryData([...importsKey, imp.id], rest);
    setSamples((s) => ({ ...s, [imp.id]: sample }));
    setWarnings((w) => ({ ...w, [imp.id]: told ?? [] }));
    reset();
    setU({ id: imp.id });
  };

  /**
   * Shows the work as running at once: the server may not answer the status before the
   * work is done (on PGlite, one connection, a long statement holds every request).
   */
  const markRunning = (running: 'validating' | 'committing') =>
    qc.setQueryData<ImportJob>([...importsKey, id], (j) => j && { ...j, status: running, phase: null, processedRows: 0, failure: null });

  /** A new validation: the previous report and choices no longer apply. */
  const onValidating = () => {
    reset();
    markRunning('validating');
    qc.removeQueries({ queryKey: [...importsKey, id, 'errors'] });
    qc.removeQueries({ queryKey: [...importsKey, id, 'duplicates'] });
    void qc.invalidateQueries({ queryKey: [...importsKey, id], exact: true });
  };

  const onCommit = async () => {
    if (!id) return;
    setCommitting(true);
    setCommitError(null);
    try {
      await startCommit(id, commitActions(choices));
      setCommitted(true);
      markRunning('committing');
      void qc.invalidateQueries({ queryKey: [...importsKey, id], exact: true });
    } catch (e) {
      setCommitError(e);
      // The import may have changed under us (e.g. validated again elsewhere).
      void qc.invalidateQueries({ queryKey: [...importsKey, id], exact: true });
    } finally {
      setCommitting(false);
    }
  };

  const onRevalidate = async () => {
    if (!id) return;
    setRevalidating(true);
    try {
      await startValidation(id);
      onValidating();
    } catch (e) {
      setCommitError(e);
    } finally {
      setRevalidating(false);
    }
  };

  const onRestart = () => {
    reset();
    setU({ id: null });
  };

  // A failed commit (here or before a reload: the server offers to commit again) is shown at the commit step.
  const step: Step = !id || !job.data ? STEP_UPLOAD : editing ? STEP_MAPPING : stepOf(job.data.status, committed || job.data.retry === 'commit');
  // Each step starts at the top of the page (the previous one may have been scrolled).
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step]);

  let content;
  if (id && job.isError) {
    content = (
      <Stack align="flex-start">
        <ErrorAlert error={job.error} />
        <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={onRestart}>
          {t('imports.uploadAnother')}
        </Button>
      </Stack>
    );
  } else if (id && (job.isPending || me.isPending)) {
    content = <Spinner />;
  } else if (!id || !job.data) {
    content = <UploadStep onUploaded={onUploaded} />;
  } else if (step === STEP_MAPPING) {
    content = (
      <MappingStep
        key={`${job.data.id}-${editing}`}
        job={job.data}
        sample={samples[job.data.id]}
        warnings={warnings[job.data.id]}
        defaultUnitId={me.data?.user.unitId ?? ''}
        onValidating={onValidating}
        onRestart={onRestart}
      />
    );
  } else if (step === STEP_VALIDATE) {
    content = (
      <ReportStep
        key={job.data.id}
        job={job.data}
        choices={choices}
        onChoice={(row, action) => setChoices((c) => ({ ...c, [row]: action }))}
        onCommit={() => void onCommit()}
        committing={committing}
        commitError={commitError}
        onBack={() => setEditing(true)}
        onRestart={onRestart}
        onRetry={() => void onRevalidate()}
        retrying={revalidating}
      />
    );
  } else {
    content = (
      <Stack>
        <ErrorAlert error={commitError} />
        <ResultStep
          job={job.data}
          onRevalidate={() => void onRevalidate()}
          revalidating={revalidating}
          onRecommit={() => void onCommit()}
          recommitting={committing}
          onRestart={onRestart}
        />
      </Stack>
    );
  }

  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/partners', label: t('partners.title') }]} current={t('imports.title')} />
      <PageHeader title={t('imports.title')} description={t('imports.intro')} />
      <Stepper active={status === 'done' && step === 3 ? 4 : step} mb="xl" size="sm" aria-label={t('imports.steps.label')}>
        <Stepper.Step label={t('imports.steps.upload')} description={t('imports.steps.uploadHint')} />
        <Stepper.Step label={t('imports.steps.mapping')} description={t('imports.steps.mappingHint')} />
        <Stepper.Step label={t('imports.steps.validate')} description={t('imports.steps.validateHint')} />
        <Stepper.Step label={t('imports.steps.commit')} description={t('imports.steps.commitHint')} />
      </Stepper>
      {content}
    </>
  );
}
