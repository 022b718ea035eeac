import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../ui/api';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { FormSection } from '../../ui/FormSection';
import { foldText, unitName } from '../../ui/unitName';
import { useApiForm } from '../../ui/useApiForm';
import { FieldsSelect } from '../partners/selects';
import { useUnitTree } from '../units/api';
import { buildTree, flatten } from '../units/tree';
import { UnitSelect } from '../units/UnitSelect';
import { createTask, updateTask, useInvalidateTasks, useTaskGroups } from './api';
import { splitTaskFields, taskRules, toTaskInput, validateIndicators, type IndicatorField, type RowErrors, type TaskFormValues } from './formModel';
import { IndicatorsEditor } from './IndicatorsEditor';
import { useTaskOptions } from './labels';
import { LinksEditor } from './LinksEditor';
import type { Cadence, Recurrence, Task } from './types';

interface Props {
  /** Absent: a new task. */
  task?: Task;
  /** The directive (or plan) a new task belongs to. */
  directiveId?: string;
  /** A standalone sub-task's parent. */
  parentTaskId?: string;
  initialValues: TaskFormValues;
}

/** After a refused save, the first field in error gets the focus, so it is seen and heard. */
function focusFirstError() {
  window.setTimeout(() => {
    const el = document.querySelector<HTMLElement>('form [aria-invalid="true"], form [role="alert"]');
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, 50);
}

export function TaskForm({ task, directiveId, parentTaskId, initialValues }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const options = useTaskOptions();
  const invalidate = useInvalidateTasks();
  const tree = useUnitTree();
  const groups = useTaskGroups(task?.directiveId ?? directiveId);
  const form = useApiForm<TaskFormValues>({ initialValues, validate: taskRules });
  const v = form.values;
  const [rowErrors, setRowErrors] = useState<RowErrors<IndicatorField>>({});
  const [linkErrors, setLinkErrors] = useState<Record<string, string>>({});

  const unitOptions = useMemo(
    () => flatten(buildTree(tree.data ?? [])).map((n) => ({ value: n.unit.id, label: unitName(n.unit, i18n.language) })),
    [tree.data, i18n.language],
  );
  const groupOptions = (groups.data ?? []).map((g) => ({ value: g.id, label: [g.number, g.title].filter(Boolean).join('. ') }));

  const save = useMutation({
    mutationFn: (values: TaskFormValues) => {
      const body = toTaskInput(values);
      return task ? updateTask(task.id, body) : createTask({ ...body, ...(directiveId ? { directiveId } : {}), ...(parentTaskId ? { parentTaskId } : {}) });
    },
    onSuccess: async (saved) => {
      await invalidate();
      notifications.show({ color: 'green', message: t(task ? 'tasks.form.saved' : 'tasks.form.created') });
      navigate(`/tasks/${saved?.id ?? task?.id}`);
    },
    onError: (e) => {
      if (e instanceof ApiError) {
        const split = splitTaskFields(e.fields, form.values.indicators, form.values.links);
        setRowErrors(split.indicators);
        setLinkErrors(split.links);
        form.setServerError(new ApiError(e.status, e.code, e.message, split.rest));
      } else form.setServerError(e);
      focusFirstError();
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.setServerError(null);
    setLinkErrors({});
    const iErr = validateIndicators(v.indicators);
    setRowErrors(iErr);
    if (form.validate().hasErrors || Object.keys(iErr).length) {
      focusFirstError();
      return;
    }
    save.mutate(v);
  };
  const day = (d: unknown) => (d ? String(d).slice(0, 10) : '');

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
        <FormSection title={t('tasks.form.what')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('tasks.fields.group')} data={groupOptions} clearable placeholder={t('tasks.form.noGroup')} {...form.selectProps('groupId')} value={v.groupId || null} />
            <TextInput label={t('tasks.fields.number')} {...form.getInputProps('number')} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('tasks.form.titlesHint')}
          </Text>
          <TextInput label={t('tasks.fields.titleVi')} lang="vi" {...form.getInputProps('titleVi')} data-autofocus />
          <TextInput label={t('tasks.fields.titleEn')} lang="en" {...form.getInputProps('titleEn')} />
          <TextInput label={t('tasks.fields.titleFr')} lang="fr" {...form.getInputProps('titleFr')} />
          <Textarea label={t('tasks.fields.description')} autosize minRows={3} maxRows={12} value={v.description} onChange={(e) => form.setFieldValue('description', e.currentTarget.value)} error={form.errors.description} />
          <FieldsSelect label={t('tasks.fields.fields')} value={v.fieldIds} onChange={(x) => form.setFieldValue('fieldIds', x)} error={form.errors.fieldIds} />
        </FormSection>

        <FormSection title={t('tasks.form.who')}>
          <UnitSelect label={t('tasks.fields.leadUnit')} required allowDeselect={false} {...form.selectProps('leadUnitId')} value={v.leadUnitId || null} />
          <MultiSelect
            label={t('tasks.fields.supportingUnits')}
            data={unitOptions.filter((o) => o.value !== v.leadUnitId)}
            searchable
            clearable
            filter={({ options: opts, search }) => opts.filter((o) => 'label' in o && foldText(o.label).includes(foldText(search.trim())))}
            value={v.supportingUnitIds}
            onChange={(x) => form.setFieldValue('supportingUnitIds', x)}
            error={form.errors.supportingUnitIds}
          />
        </FormSection>

        <FormSection title={t('tasks.form.when')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DatePickerInput label={t('tasks.fields.startOn')} clearable value={v.startOn || null} onChange={(d) => form.setFieldValue('startOn', day(d))} error={form.errors.startOn} />
            <DatePickerInput label={t('tasks.fields.dueOn')} clearable value={v.dueOn || null} minDate={v.startOn || undefined} onChange={(d) => form.setFieldValue('dueOn', day(d))} error={form.errors.dueOn} />
            <Select label={t('tasks.fields.recurrence')} data={options.recurrences} allowDeselect={false} value={v.recurrence} onChange={(x) => form.setFieldValue('recurrence', (x ?? 'none') as Recurrence)} error={form.errors.recurrence} />
            <Select label={t('tasks.fields.cadence')} description={t('tasks.form.cadenceHint')} data={options.cadences} allowDeselect={false} value={v.cadence} onChange={(x) => form.setFieldValue('cadence', (x ?? 'quarterly') as Cadence)} error={form.errors.cadence} />
            <NumberInput
              label={t('tasks.fields.weight')}
              description={t('tasks.form.weightHint')}
              min={1}
              max={100}
              allowDecimal={false}
              value={v.weight}
              onChange={(x) => form.setFieldValue('weight', String(x))}
              error={form.errors.weight}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection title={t('tasks.fields.indicators')}>
          <IndicatorsEditor value={v.indicators} onChange={(rows) => form.setFieldValue('indicators', rows)} errors={rowErrors} />
        </FormSection>

        <FormSection title={t('tasks.fields.links')}>
          <LinksEditor value={v.links} onChange={(rows) => form.setFieldValue('links', rows)} errors={linkErrors} />
        </FormSection>

        <FormButtons submitLabel={task ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={() => navigate(-1)} />
      </Stack>
    </form>
  );
}
