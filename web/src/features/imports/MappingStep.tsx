import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCheck, IconEye, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/api';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useLabels, useEnumOptions } from '../partners/labels';
import { useCountries } from '../partners/referenceData';
import type { PartnerType, Visibility } from '../partners/types';
import { UnitSelect } from '../units/UnitSelect';
import { saveMapping, startValidation, type ImportJob, type ImportOptions, type PreviewRow, type UploadWarning } from './api';
import { useImportLabels } from './labels';
import { RowErrors } from './RowErrors';
import { choicesFromMapping, hasNameColumn, mappingFromChoices, repeatedTargets, rowName, type Choice, type DuplicateAction } from './model';

interface Props {
  job: ImportJob;
  /** The file's first rows, known right after the upload (not after a reload). */
  sample: string[][] | undefined;
  /** What the server noticed in the file at upload (e.g. characters that were not UTF-8). */
  warnings?: UploadWarning[];
  defaultUnitId: string;
  onValidating: () => void;
  onRestart: () => void;
}

const SAMPLE_CELLS = 3;

/** Step 2: what each column becomes, the import's options, and a preview of the first rows. */
export function MappingStep({ job, sample, warnings, defaultUnitId, onValidating, onRestart }: Props) {
  const { t } = useTranslation();
  const labels = useImportLabels();
  const partnerLabels = useLabels();
  const enums = useEnumOptions();
  const countries = useCountries();
  const [choices, setChoices] = useState<Choice[]>(() => choicesFromMapping(job.columns, job.mapping));
  const [options, setOptions] = useState<ImportOptions>(() => ({
    ownerUnitId: job.options?.ownerUnitId ?? defaultUnitId,
    visibility: job.options?.visibility ?? 'unit',
    type: job.options?.type,
    duplicateAction: job.options?.duplicateAction ?? 'skip',
  }));
  const [preview, setPreview] = useState<PreviewRow[] | null>(null);
  const [busy, setBusy] = useState<'preview' | 'validate' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const previewRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (preview) previewRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [preview]);

  const repeated = repeatedTargets(choices);
  const named = hasNameColumn(choices);
  const samples = (i: number) => (sample ?? preview?.map((r) => r.cells) ?? []).map((r) => r[i] ?? '').filter(Boolean).slice(0, SAMPLE_CELLS);
  const change = (f: () => void) => {
    f();
    // The preview showed the previous choices.
    setPreview(null);
  };

  const save = async () => (await saveMapping(job.id, mappingFromChoices(choices), { ...options, type: options.type || undefined })).rows;
  const run = async (what: 'preview' | 'validate') => {
    setBusy(what);
    setError(null);
    try {
      const rows = await save();
      if (what === 'preview') setPreview(rows);
      else {
        await startValidation(job.id);
        onValidating();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const fields = isApiError(error) ? error.fields : {};
  const otherFields = Object.entries(fields)
    .filter(([k]) => k !== 'ownerUnitId')
    .map(([, v]) => v);
  const previewErrors = preview?.filter((r) => r.errors.length > 0).length ?? 0;

  return (
    <Stack gap="lg">
      {warnings && warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('imports.warningsTitle')}>
          {warnings.map((w) => (
            <Text key={w.code} size="sm">
              {w.message}
            </Text>
          ))}
        </Alert>
      )}
      <Paper withBorder component="section" aria-labelledby="import-columns">
        <Group justify="space-between" p="md" pb={0}>
          <Title order={2} size="h4" id="import-columns">
            {t('imports.mapping.columnsTitle', { file: job.filename })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('imports.mapping.columnsCount', { count: job.columns.length })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" px="md" pt={4}>
          {t('imports.mapping.columnsIntro')}
        </Text>
        <DataTable
          minWidth={640}
          verticalSpacing="xs"
          mt="sm"
          caption={t('imports.mapping.columnsCaption')}
          columns={[
            t('imports.mapping.column'),
            t('imports.mapping.sample'),
            { label: t('imports.mapping.target'), w: 300 },
          ]}
        >
          {job.columns.map((col, i) => {
            const c = choices[i] ?? 'ignore';
            return (
              <Table.Tr key={i}>
                <Table.Th scope="row" fw={600}>
                  {col || t('imports.mapping.unnamedColumn', { n: i + 1 })}
                </Table.Th>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {samples(i).join(' · ') || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('imports.mapping.targetFor', { column: col || i + 1 })}
                    data={labels.targetData()}
                    value={c}
                    allowDeselect={false}
                    searchable
                    maxDropdownHeight={320}
                    onChange={(v) => change(() => setChoices((prev) => prev.map((p, j) => (j === i ? ((v ?? 'ignore') as Choice) : p))))}
                    error={c !== 'ignore' && repeated.has(c) ? t('imports.mapping.repeated') : undefined}
                    styles={c === 'ignore' ? { input: { color: 'var(--mantine-color-dimmed)' } } : undefined}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
        {!named && (
          <Alert m="md" color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
            {t('imports.mapping.noName')}
          </Alert>
        )}
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="import-options">
        <Title order={2} size="h4" id="import-options" mb="sm">
          {t('imports.options.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <UnitSelect
            label={t('imports.options.ownerUnit')}
            description={t('imports.options.ownerUnitHint')}
            value={options.ownerUnitId}
            allowDeselect={false}
            onChange={(v) => v && change(() => setOptions((o) => ({ ...o, ownerUnitId: v })))}
            error={fields.ownerUnitId}
          />
          <Select
            label={t('imports.options.visibility')}
            description={partnerLabels.visibilityHint(options.visibility)}
            data={enums.visibilities}
            value={options.visibility}
            allowDeselect={false}
            onChange={(v) => v && change(() => setOptions((o) => ({ ...o, visibility: v as Visibility })))}
          />
          <Select
            label={t('imports.options.type')}
            description={t('imports.options.typeHint')}
            placeholder={t('imports.options.typeGuess')}
            data={enums.types}
            value={options.type ?? null}
            clearable
            onChange={(v) => change(() => setOptions((o) => ({ ...o, type: (v || undefined) as PartnerType | undefined })))}
          />
          <Select
            label={t('imports.options.duplicates')}
            description={labels.actionHint(options.duplicateAction)}
            data={labels.actionData()}
            value={options.duplicateAction}
            allowDeselect={false}
            onChange={(v) => v && change(() => setOptions((o) => ({ ...o, duplicateAction: v as DuplicateAction })))}
          />
        </SimpleGrid>
      </Paper>

      {(error !== null || otherFields.length > 0) && !(isApiError(error, 'validation_failed') && otherFields.length === 0) && (
        <ErrorAlert error={error} details={otherFields} />
      )}

      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={onRestart} disabled={busy !== null}>
          {t('imports.uploadAnother')}
        </Button>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={() => void run('preview')} loading={busy === 'preview'} disabled={busy === 'validate'}>
            {t('imports.mapping.preview')}
          </Button>
          <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => void run('validate')} loading={busy === 'validate'} disabled={busy === 'preview'}>
            {t('imports.mapping.validate')}
          </Button>
        </Group>
      </Group>

      {preview && (
        <Paper withBorder component="section" aria-labelledby="import-preview" ref={previewRef}>
          <Group justify="space-between" p="md" pb={0}>
            <Title order={2} size="h4" id="import-preview">
              {t('imports.preview.title')}
            </Title>
            {previewErrors > 0 ? (
              <Badge color="red" variant="light" tt="none">
                {t('imports.preview.withErrors', { count: previewErrors })}
              </Badge>
            ) : (
              <Badge color="green" variant="light" tt="none">
                {t('imports.preview.allValid')}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed" px="md" pt={4}>
            {t('imports.preview.intro', { count: preview.length })}
          </Text>
          <DataTable
            minWidth={820}
            verticalSpacing="xs"
            mt="sm"
            striped
            caption={t('imports.preview.title')}
            columns={[
              t('imports.row'),
              t('imports.name'),
              t('imports.targets.type'),
              t('imports.targets.country'),
              t('imports.targets.city'),
              t('imports.preview.contact'),
              t('imports.preview.check'),
            ]}
          >
            {preview.map((r) => {
              const contact = (r.data.contacts as { name?: string; email?: string; phone?: string }[] | undefined)?.[0];
              return (
                <Table.Tr key={r.rowNumber}>
                  <Table.Td>{r.rowNumber}</Table.Td>
                  <Table.Td fw={500}>{rowName(r.data) || '—'}</Table.Td>
                  <Table.Td>{r.data.type ? partnerLabels.type(String(r.data.type)) : '—'}</Table.Td>
                  <Table.Td>{countries.name(r.data.countryCode as string | undefined) || '—'}</Table.Td>
                  <Table.Td>{(r.data.city as string | undefined) || '—'}</Table.Td>
                  <Table.Td>{[...new Set([contact?.name, contact?.email, contact?.phone].filter(Boolean))].join(' · ') || '—'}</Table.Td>
                  <Table.Td>
                    {r.errors.length === 0 ? (
                      <Group gap={4} c="green">
                        <IconCheck size={16} aria-hidden />
                        <Text size="sm">{t('imports.preview.ok')}</Text>
                      </Group>
                    ) : (
                      <RowErrors errors={r.errors} color="red" />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        </Paper>
      )}
    </Stack>
  );
}

