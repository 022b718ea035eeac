import { FAILURE_TEXT } from './labels';
import { Alert, Anchor, Badge, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft, IconDatabaseImport, IconExternalLink, IconRefresh, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Pager } from '../../ui/Pager';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { useCountries } from '../partners/referenceData';
import { useImportDuplicates, useImportErrors, type ImportJob } from './api';
import { useImportLabels } from './labels';
import { RowErrors } from './RowErrors';
import { canMerge, choiceFor, DUPLICATE_ACTIONS, rowName, type DuplicateAction } from './model';
import { ProgressPanel } from './ProgressPanel';

interface Props {
  job: ImportJob;
  choices: Record<number, DuplicateAction>;
  onChoice: (rowNumber: number, action: DuplicateAction) => void;
  onCommit: () => void;
  committing: boolean;
  commitError: unknown;
  onBack: () => void;
  onRestart: () => void;
  /** Validates the same upload again (a failed validation whose file is still on the server). */
  onRetry: () => void;
  retrying: boolean;
}

export function Stat({ label, value, color, testId }: { label: string; value: number; color?: string; testId?: string }) {
  const { i18n } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} c={value > 0 ? color : undefined}>
        {new Intl.NumberFormat(i18n.language).format(value)}
      </Text>
    </Paper>
  );
}

/** Step 3: validation progress, then the report (bad rows, duplicates with a choice each) and the commit button. */
export function ReportStep({ job, choices, onChoice, onCommit, committing, commitError, onBack, onRestart, onRetry, retrying }: Props) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const countries = useCountries();
  const [errPage, setErrPage] = useState(1);
  const [errLimit, setErrLimit] = useState(10);
  const [dupPage, setDupPage] = useState(1);
  const [dupLimit, setDupLimit] = useState(10);
  const validated = job.status === 'validated';
  const errors = useImportErrors(job.id, errPage, errLimit, validated && job.errorRows > 0);
  const duplicates = useImportDuplicates(job.id, dupPage, dupLimit, validated && job.duplicateRows > 0);
  const fallback = (job.options?.duplicateAction ?? 'skip') as DuplicateAction;

  if (job.status === 'validating') return <ProgressPanel job={job} title={t('imports.validate.running')} />;

  if (job.status === 'failed') {
    return (
      <Stack>
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={t('imports.validate.failed')}>
          {job.failureMessage ?? t(FAILURE_TEXT[job.failure ?? 'internal'])}
          {job.retry === null && (
            <>
              <br />
              {t('imports.fileGone')}
            </>
          )}
        </Alert>
        <Group>
          {job.retry === 'validate' && (
            <Button leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry} loading={retrying}>
              {t('imports.retry')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack}>
            {t('imports.backToMapping')}
          </Button>
          <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={onRestart}>
            {t('imports.uploadAnother')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const valid = job.totalRows - job.errorRows;
  const blocked = job.errorRows > 0;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" aria-label={t('imports.validate.summary')}>
        <Stat label={t('imports.validate.rows')} value={job.totalRows} testId="stat-rows" />
        <Stat label={t('imports.validate.valid')} value={valid} color="green" testId="stat-valid" />
        <Stat label={t('imports.validate.errors')} value={job.errorRows} color="red" testId="stat-errors" />
        <Stat label={t('imports.validate.duplicates')} value={job.duplicateRows} color="orange" testId="stat-duplicates" />
      </SimpleGrid>

      {job.errorRows > 0 && (
        <Paper withBorder component="section" aria-labelledby="import-errors">
          <Title order={2} size="h4" id="import-errors" p="md" pb={0}>
            {t('imports.validate.errorsTitle')}
          </Title>
          {errors.isError ? (
            <ErrorAlert error={errors.error} />
          ) : (
            <DataTable
              minWidth={560}
              verticalSpacing="xs"
              mt="sm"
              caption={t('imports.validate.errorsTitle')}
              columns={[
                { label: t('imports.row'), w: 90 },
                t('imports.validate.reasons'),
              ]}
            >
              <TableStatusRows loading={errors.isPending} empty={(errors.data?.items.length ?? 0) === 0} colSpan={2} />
              {errors.data?.items.map((r) => (
                <Table.Tr key={r.rowNumber}>
                  <Table.Td>{r.rowNumber}</Table.Td>
                  <Table.Td>
                    <RowErrors errors={r.errors} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
          {errors.data && (
            <Stack px="md" pb="md">
              <Pager
                page={errPage}
                limit={errLimit}
                total={errors.data.total}
                onPage={setErrPage}
                onLimit={(l) => {
                  setErrLimit(l);
                  setErrPage(1);
                }}
              />
            </Stack>
          )}
        </Paper>
      )}

      {job.duplicateRows > 0 && (
        <Paper withBorder component="section" aria-labelledby="import-duplicates">
          <Title order={2} size="h4" id="import-duplicates" p="md" pb={0}>
            {t('imports.duplicates.title')}
          </Title>
          <Text size="sm" c="dimmed" px="md" pt={4}>
            {t('imports.duplicates.intro', { action: labels.action(fallback) })}
          </Text>
          {duplicates.isError ? (
            <ErrorAlert error={duplicates.error} />
          ) : (
            <DataTable
              minWidth={820}
              verticalSpacing="xs"
              mt="sm"
              caption={t('imports.duplicates.title')}
              columns={[
                { label: t('imports.row'), w: 70 },
                t('imports.name'),
                t('imports.duplicates.reason'),
                t('imports.duplicates.existing'),
                t('imports.duplicates.choice'),
              ]}
            >
              <TableStatusRows loading={duplicates.isPending} empty={(duplicates.data?.items.length ?? 0) === 0} colSpan={5} />
              {duplicates.data?.items.map((r) => {
                const name = rowName(r.data) || t('imports.rowNumber', { n: r.rowNumber });
                const mergeable = canMerge(r.duplicateOf);
                const value = choiceFor(choices, r.rowNumber, fallback);
                return (
                  <Table.Tr key={r.rowNumber} data-testid={`duplicate-row-${r.rowNumber}`}>
                    <Table.Td>{r.rowNumber}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[countries.name(r.data.countryCode as string | undefined), r.data.city as string | undefined].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="outline" tt="none">
                        {labels.reason(r.reason)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {r.duplicateOf ? (
                        <Anchor component={Link} to={`/partners/${r.duplicateOf}`} target="_blank" size="sm">
                          <Group gap={4} wrap="nowrap">
                            {t('imports.duplicates.open')}
                            <IconExternalLink size={14} aria-hidden />
                            <VisuallyHidden>{t('imports.duplicates.newTab')}</VisuallyHidden>
                          </Group>
                        </Anchor>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('imports.duplicates.earlierRow')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        aria-label={t('imports.duplicates.choiceFor', { row: r.rowNumber, name })}
                        value={!mergeable && value === 'merge' ? 'skip' : value}
                        onChange={(v) => onChoice(r.rowNumber, v as DuplicateAction)}
                        data={DUPLICATE_ACTIONS.map((a) => ({ value: a, label: labels.action(a), disabled: a === 'merge' && !mergeable }))}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </DataTable>
          )}
          {duplicates.data && (
            <Stack px="md" pb="md">
              <Pager
                page={dupPage}
                limit={dupLimit}
                total={duplicates.data.total}
                onPage={setDupPage}
                onLimit={(l) => {
                  setDupLimit(l);
                  setDupPage(1);
                }}
              />
            </Stack>
          )}
        </Paper>
      )}

      {blocked ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title={t('imports.commit.blockedTitle', { count: job.errorRows })} data-testid="commit-blocked">
          {t('imports.commit.blocked')}
        </Alert>
      ) : (
        <Alert color="green" variant="light" title={t('imports.commit.readyTitle')}>
          {t('imports.commit.ready', { count: valid })}
        </Alert>
      )}
      <ErrorAlert error={commitError} />
      <Group justify="space-between">
        <Group gap="sm">
          <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onBack} disabled={committing}>
            {t('imports.backToMapping')}
          </Button>
          <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={onRestart} disabled={committing}>
            {t('imports.uploadAnother')}
          </Button>
        </Group>
        <Button
          leftSection={<IconDatabaseImport size={16} aria-hidden />}
          onClick={onCommit}
          disabled={blocked || valid === 0}
          loading={committing}
          aria-describedby={blocked ? 'commit-blocked-text' : undefined}
        >
          {t('imports.commit.action')}
        </Button>
      </Group>
      {blocked && (
        <VisuallyHidden id="commit-blocked-text">{t('imports.commit.blocked')}</VisuallyHidden>
      )}
    </Stack>
  );
}
