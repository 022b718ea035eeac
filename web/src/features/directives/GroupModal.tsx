import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useApiForm } from '../../ui/useApiForm';
import { useInvalidateTasks } from '../tasks/api';
import { oneTitle, textRule } from '../tasks/formModel';
import type { TaskGroup } from '../tasks/types';
import { createGroup, updateGroup } from './api';

interface GroupValues extends Record<string, unknown> {
  number: string;
  titleVi: string;
  titleEn: string;
  titleFr: string;
  description: string;
}

const text = (field: string) => textRule(field, 'POST /task-groups');

/** Adds or edits a task group ("I.", "1." …) of the directive. */
export function GroupModal({ directiveId, group, onClose }: { directiveId: string; group: TaskGroup | null; onClose: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateTasks();
  const form = useApiForm<GroupValues>({
    initialValues: { number: group?.number ?? '', titleVi: group?.titleVi ?? '', titleEn: group?.titleEn ?? '', titleFr: group?.titleFr ?? '', description: group?.description ?? '' },
    validate: {
      number: text('number'),
      titleVi: [oneTitle, text('titleVi')],
      titleEn: [oneTitle, text('titleEn')],
      titleFr: [oneTitle, text('titleFr')],
      description: text('description'),
    },
  });
  const save = useMutation({
    mutationFn: (v: GroupValues) => {
      const body = { number: v.number.trim(), titleVi: v.titleVi.trim(), titleEn: v.titleEn.trim(), titleFr: v.titleFr.trim(), description: v.description.trim() };
      return group ? updateGroup(group.id, body) : createGroup({ ...body, directiveId });
    },
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('directives.groups.saved') });
      onClose();
    },
    onError: form.setServerError,
  });
  return (
    <Modal opened onClose={onClose} title={group ? t('directives.groups.edit') : t('directives.groups.add')} centered size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <TextInput label={t('tasks.fields.number')} data-autofocus {...form.getInputProps('number')} />
          <TextInput label={t('tasks.fields.titleVi')} lang="vi" {...form.getInputProps('titleVi')} />
          <TextInput label={t('tasks.fields.titleEn')} lang="en" {...form.getInputProps('titleEn')} />
          <TextInput label={t('tasks.fields.titleFr')} lang="fr" {...form.getInputProps('titleFr')} />
          <Textarea label={t('tasks.fields.description')} autosize minRows={2} value={form.values.description} onChange={(e) => form.setFieldValue('description', e.currentTarget.value)} error={form.errors.description} />
          <FormButtons submitLabel={group ? t('common.save') : t('common.create')} loading={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
