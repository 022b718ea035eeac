import { Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { FormSection } from '../../ui/FormSection';
import { useApiForm } from '../../ui/useApiForm';
import { useLabels as usePartnerLabels, VISIBILITY_LABELS } from '../partners/labels';
import { useInvalidateTasks } from '../tasks/api';
import type { Visibility } from '../tasks/types';
import { UnitSelect } from '../units/UnitSelect';
import { createDirective, updateDirective, useDirectives } from './api';
import { directiveRules, toDirectiveInput, type DirectiveFormValues } from './formModel';
import { useDirectiveOptions } from './labels';
import type { Directive, DirectiveKind, DirectiveStatus } from './types';

const AREA_LABELS = {
  summaryVi: 'directives.fields.summaryVi',
  summaryEn: 'directives.fields.summaryEn',
  summaryFr: 'directives.fields.summaryFr',
  fullText: 'directives.fields.fullText',
} as const;

/** The directive that replaces this one, searched on the server (`GET /directives?q=`). */
function SupersededBySelect({ value, label, selfId, onChange, error }: { value: string; label: string; selfId?: string; onChange: (id: string, label: string) => void; error?: ReactNode }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useDirectives({ q, limit: 20 }, q.length > 0);
  const data = (q ? (found.data?.items ?? []) : [])
    .filter((d) => d.id !== selfId)
    .map((d) => ({ value: d.id, label: `${d.code} — ${d.title}` }));
  if (value && !data.some((d) => d.value === value)) data.unshift({ value, label: label || value });
  return (
    <Select
      label={t('directives.fields.supersededBy')}
      placeholder={t('tasks.form.typeToSearch')}
      required
      searchable
      clearable
      data={data}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q ? t('common.noResults') : t('tasks.form.typeToSearch')}
      onChange={(id) => onChange(id ?? '', data.find((d) => d.value === id)?.label ?? '')}
      error={error}
    />
  );
}

export function DirectiveForm({ directive, initialValues }: { directive?: Directive; initialValues: DirectiveFormValues }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useDirectiveOptions();
  const partnerLabels = usePartnerLabels();
  const invalidate = useInvalidateTasks();
  const form = useApiForm<DirectiveFormValues>({ initialValues, validate: directiveRules(directive?.id) });
  const v = form.values;
  const save = useMutation({
    mutationFn: (values: DirectiveFormValues) => (directive ? updateDirective(directive.id, toDirectiveInput(values)) : createDirective(toDirectiveInput(values))),
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({ color: 'green', message: t(directive ? 'directives.form.saved' : 'directives.form.created') });
      navigate(`/directives/${saved?.id ?? directive?.id}`);
    },
    onError: form.setServerError,
  });
  const submit = (e: FormEvent) => {
    form.onSubmit((values) => save.mutate(values))(e);
  };
  const visibilities = Object.keys(VISIBILITY_LABELS).map((x) => ({ value: x, label: partnerLabels.visibility(x) }));
  // A plan is made from the task it implements ("Create our implementation plan"), not here.
  const kinds = options.kinds.filter((k) => k.value !== 'plan' || v.kind === 'plan');
  const area = (k: 'summaryVi' | 'summaryEn' | 'summaryFr' | 'fullText', rows = 2) => (
    <Textarea
      label={t(AREA_LABELS[k])}
      autosize
      minRows={rows}
      maxRows={k === 'fullText' ? 20 : 8}
      value={v[k]}
      onChange={(e) => form.setFieldValue(k, e.currentTarget.value)}
      error={form.errors[k]}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
        <FormSection title={t('directives.form.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('directives.fields.code')} required data-autofocus {...form.getInputProps('code')} />
            <Select label={t('directives.fields.kind')} data={kinds} required allowDeselect={false} value={v.kind || null} onChange={(x) => form.setFieldValue('kind', (x ?? '') as DirectiveKind)} error={form.errors.kind} />
            <TextInput label={t('directives.fields.issuingBody')} {...form.getInputProps('issuingBody')} />
            <DatePickerInput label={t('directives.fields.issuedOn')} required value={v.issuedOn || null} onChange={(d) => form.setFieldValue('issuedOn', d ? String(d).slice(0, 10) : '')} error={form.errors.issuedOn} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('tasks.form.titlesHint')}
          </Text>
          <TextInput label={t('tasks.fields.titleVi')} lang="vi" {...form.getInputProps('titleVi')} />
          <TextInput label={t('tasks.fields.titleEn')} lang="en" {...form.getInputProps('titleEn')} />
          <TextInput label={t('tasks.fields.titleFr')} lang="fr" {...form.getInputProps('titleFr')} />
        </FormSection>
        <FormSection title={t('directives.form.content')}>
          {area('summaryVi')}
          {area('summaryEn')}
          {area('summaryFr')}
          {area('fullText', 6)}
        </FormSection>
        <FormSection title={t('directives.form.status')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('directives.fields.status')} data={options.statuses} allowDeselect={false} value={v.status} onChange={(x) => form.setFieldValue('status', (x ?? 'in_force') as DirectiveStatus)} error={form.errors.status} />
            {v.status === 'superseded' && (
              <SupersededBySelect
                value={v.supersededById}
                label={v.supersededByLabel}
                selfId={directive?.id}
                onChange={(id, label) => {
                  form.setFieldValue('supersededById', id);
                  form.setFieldValue('supersededByLabel', label);
                }}
                error={form.errors.supersededById}
              />
            )}
            <UnitSelect label={t('directives.fields.ownerUnit')} required allowDeselect={false} {...form.selectProps('ownerUnitId')} value={v.ownerUnitId || null} />
            <Select label={t('directives.fields.visibility')} data={visibilities} allowDeselect={false} value={v.visibility} onChange={(x) => form.setFieldValue('visibility', (x ?? 'unit') as Visibility)} error={form.errors.visibility} />
          </SimpleGrid>
        </FormSection>
        <FormButtons submitLabel={directive ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={() => navigate(-1)} />
      </Stack>
    </form>
  );
}
