import { Button, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DataTable } from '../../ui/DataTable';
import { DeleteAction } from '../../ui/DeleteAction';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { addDocument, deleteDocument, updateEngagement, useInvalidateEngagements } from './api';
import { formatDay } from './display';
import { textRule } from './formRules';
import type { Engagement, EngagementDocument } from './types';

/** The outcome, editable after the event by those who may edit the engagement. */
function OutcomeSection({ engagement: e }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateEngagements();
  const [editing, setEditing] = useState(false);
  const form = useApiForm<{ outcome: string }>({ initialValues: { outcome: e.outcome ?? '' }, validate: { outcome: textRule('outcome', 'PATCH /engagements/{id}') } });
  const save = useMutation({
    mutationFn: (outcome: string) => updateEngagement(e.id, { outcome: outcome.trim() }),
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t('engagements.outcome.saved') });
      setEditing(false);
    },
    onError: form.setServerError,
  });
  // The outcome is written when completing; afterwards it may be corrected.
  const mayEdit = e.can.update && (e.state === 'done' || !!e.outcome);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} fz="md">
          {t('engagements.fields.outcome')}
        </Title>
        {mayEdit && !editing && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => {
              form.reset({ outcome: e.outcome ?? '' });
              setEditing(true);
            }}
          >
            {t('engagements.outcome.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <form onSubmit={form.onSubmit((x) => save.mutate(x.outcome))} noValidate>
          <Stack gap="xs">
            <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
            <Textarea
              label={t('engagements.fields.outcome')}
              autosize
              minRows={5}
              maxRows={20}
              data-autofocus
              value={form.values.outcome}
              onChange={(ev) => form.setFieldValue('outcome', ev.currentTarget.value)}
              error={form.errors.outcome}
            />
            <FormButtons submitLabel={t('common.save')} onCancel={() => setEditing(false)} loading={save.isPending} />
          </Stack>
        </form>
      ) : e.outcome ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {e.outcome}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {e.state === 'done' ? t('engagements.outcome.empty') : t('engagements.outcome.notYet')}
        </Text>
      )}
    </Stack>
  );
}

/** Documents signed at the event (MoUs, agreements): title and date. */
function DocumentsSection({ engagement: e }: { engagement: Engagement }) {
  const { t, i18n } = useTranslation();
  const invalidate = useInvalidateEngagements();
  const form = useApiForm<{ title: string; signedOn: string }>({
    initialValues: { title: '', signedOn: '' },
    validate: { title: [required, textRule('title', 'POST /engagements/{id}/documents')] },
  });
  const add = useMutation({
    mutationFn: (x: { title: string; signedOn: string }) => addDocument(e.id, { title: x.title.trim(), ...(x.signedOn ? { signedOn: x.signedOn } : {}) }),
    onSuccess: async () => {
      await invalidate();
      form.reset({ title: '', signedOn: '' });
      notifications.show({ color: 'green', message: t('engagements.documents.added') });
    },
    onError: form.setServerError,
  });
  const remove = useDeleteConfirm((d: EngagementDocument) => deleteDocument(e.id, d.id), () => invalidate());
  return (
    <Stack gap="xs">
      <Title order={2} fz="md">
        {t('engagements.documents.title')}
      </Title>
      {e.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('engagements.documents.none')}
        </Text>
      ) : (
        <DataTable
          verticalSpacing="xs"
          caption={t('engagements.documents.title')}
          columns={[t('engagements.documents.name'), t('engagements.documents.signedOn')]}
          actions
        >
          {e.documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                <Text size="sm">{d.title}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDay(d.signedOn, i18n.language)}</Text>
              </Table.Td>
              <Table.Td>
                {e.can.update && (
                  <Group justify="flex-end">
                    <DeleteAction label={t('engagements.documents.delete', { title: d.title })} onClick={() => remove.ask(d)} />
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {e.can.update && (
        <form onSubmit={form.onSubmit((x) => add.mutate(x))} noValidate aria-label={t('engagements.documents.add')}>
          <Stack gap="xs">
            <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput label={t('engagements.documents.name')} required style={{ flex: '1 1 280px' }} {...form.getInputProps('title')} />
              <DatePickerInput
                label={t('engagements.documents.signedOn')}
                clearable
                w={200}
                value={form.values.signedOn || null}
                onChange={(d) => form.setFieldValue('signedOn', d ? String(d).slice(0, 10) : '')}
                error={form.errors.signedOn}
              />
              <Button type="submit" mt={25} variant="light" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
                {t('engagements.documents.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ConfirmModal
        {...remove.modalProps}
        title={t('engagements.documents.deleteTitle')}
        message={t('engagements.documents.deleteConfirm', { title: remove.target?.title ?? '' })}
        confirmLabel={t('common.delete')}
      />
    </Stack>
  );
}

export function OutcomeTab({ engagement }: { engagement: Engagement }) {
  return (
    <Stack gap="xl">
      <OutcomeSection engagement={engagement} />
      <DocumentsSection engagement={engagement} />
    </Stack>
  );
}
