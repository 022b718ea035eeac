import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { useLabels as usePartnerLabels, VISIBILITY_LABELS } from '../partners/labels';
import { cascadeTask, useInvalidateTasks } from './api';
import { oneTitle, textRule } from './formModel';
import { todayInVietnam } from './periods';
import type { Task, Visibility } from './types';

interface PlanValues extends Record<string, unknown> {
  code: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  issuedOn: string;
  visibility: string;
}

const text = (field: string) => textRule(field, 'POST /tasks/{id}/cascade');

/** "Create our implementation plan": the lead unit's own plan (a directive of kind plan) for the task; then its sub-tasks are added to it. */
export function PlanModal({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invalidate = useInvalidateTasks();
  const partnerLabels = usePartnerLabels();
  const form = useApiForm<PlanValues>({
    initialValues: { code: '', titleVi: '', titleEn: '', titleFr: '', issuedOn: todayInVietnam(), visibility: task.visibility },
    validate: {
      code: text('code'),
      titleVi: [oneTitle, text('titleVi')],
      titleEn: [oneTitle, text('titleEn')],
      titleFr: [oneTitle, text('titleFr')],
      issuedOn: required,
      visibility: required,
    },
  });
  const save = useMutation({
    mutationFn: (v: PlanValues) =>
      cascadeTask(task.id, { code: v.code.trim(), titleVi: v.titleVi.trim(), titleEn: v.titleEn.trim(), titleFr: v.titleFr.trim(), issuedOn: v.issuedOn, visibility: v.visibility as Visibility }),
    onSuccess: async (plan) => {
      await invalidate();
      notifications.show({ color: 'green', message: t('tasks.plan.created') });
      navigate(`/directives/${plan.id}`);
    },
    onError: form.setServerError,
  });
  const visibilities = Object.keys(VISIBILITY_LABELS).map((v) => ({ value: v, label: partnerLabels.visibility(v) }));
  return (
    <Modal opened onClose={onClose} title={t('tasks.plan.title')} centered size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('tasks.plan.intro', { title: task.title })}</Text>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <TextInput label={t('tasks.plan.code')} required data-autofocus {...form.getInputProps('code')} />
          <TextInput label={t('tasks.fields.titleVi')} lang="vi" {...form.getInputProps('titleVi')} />
          <TextInput label={t('tasks.fields.titleEn')} lang="en" {...form.getInputProps('titleEn')} />
          <TextInput label={t('tasks.fields.titleFr')} lang="fr" {...form.getInputProps('titleFr')} />
          <DatePickerInput label={t('tasks.plan.issuedOn')} required value={form.values.issuedOn || null} onChange={(d) => form.setFieldValue('issuedOn', d ? String(d).slice(0, 10) : '')} error={form.errors.issuedOn} />
          <Select label={t('tasks.plan.visibility')} data={visibilities} allowDeselect={false} {...form.selectProps('visibility')} />
          <FormButtons submitLabel={t('tasks.plan.create')} loading={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
