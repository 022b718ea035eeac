import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DataTable } from '../../ui/DataTable';
import { DeleteAction } from '../../ui/DeleteAction';
import { ErrorAlert, useErrorText } from '../../ui/ErrorAlert';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { addFollowUp, deleteFollowUp, updateFollowUp, useFollowUps, useInvalidateEngagements } from './api';
import { formatDay } from './display';
import { sortFollowUps } from './followUps';
import { textRule } from './formRules';
import { PersonSelect } from './PersonSelect';
import { isDate } from './time';
import type { Engagement, FollowUp } from './types';

type Values = { text: string; ownerUserId: string; ownerName: string; dueDate: string };
const EMPTY: Values = { text: '', ownerUserId: '', ownerName: '', dueDate: '' };

/** Actions after the event: owner, due date, done; overdue ones stand out. */
export function FollowUpsTab({ engagement: e }: { engagement: Engagement }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const invalidate = useInvalidateEngagements();
  const q = useFollowUps(e.id);
  const items = useMemo(() => sortFollowUps(q.data ?? []), [q.data]);
  // Owners the page knows without listing users: the engagement's colleagues and current owners.
  const known = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of e.participants) if (p.userId) m.set(p.userId, p.name);
    for (const f of q.data ?? []) if (f.ownerUserId && f.ownerName) m.set(f.ownerUserId, f.ownerName);
    return [...m.entries()].map(([id, name]) => ({ id, name }));
  }, [e.participants, q.data]);

  const form = useApiForm<Values>({
    initialValues: EMPTY,
    validate: { text: [required, textRule('text', 'POST /engagements/{id}/follow-ups')], dueDate: (v) => (v && !isDate(v) ? 'engagements.validation.date' : null) },
  });
  const add = useMutation({
    mutationFn: (x: Values) =>
      addFollowUp(e.id, { text: x.text.trim(), ...(x.ownerUserId ? { ownerUserId: x.ownerUserId } : {}), ...(x.dueDate ? { dueDate: x.dueDate } : {}) }),
    onSuccess: async () => {
      form.reset(EMPTY);
      await invalidate();
      notifications.show({ color: 'green', message: t('engagements.followUps.added') });
    },
    onError: form.setServerError,
  });
  const toggle = useMutation({
    mutationFn: (f: FollowUp) => updateFollowUp(f.id, { done: !f.done }),
    onSuccess: () => invalidate(),
    onError: (err) => notifications.show({ color: 'red', message: errorText(err) }),
  });
  const remove = useDeleteConfirm((f: FollowUp) => deleteFollowUp(f.id), () => invalidate());

  return (
    <Stack gap="md">
      {q.isError ? (
        <ErrorAlert error={q.error} />
      ) : (
        <DataTable
          minWidth={640}
          verticalSpacing="xs"
          caption={t('engagements.followUps.caption')}
          columns={[
            { label: t('engagements.followUps.done'), w: 60 },
            t('engagements.followUps.text'),
            t('engagements.followUps.owner'),
            t('engagements.followUps.dueDate'),
          ]}
          actions
        >
          <TableStatusRows loading={q.isPending} empty={items.length === 0} colSpan={5} />
          {items.map((f) => {
            const overdue = f.overdue && !f.done;
            return (
              <Table.Tr key={f.id} bg={overdue ? 'var(--mantine-color-red-light)' : undefined}>
                <Table.Td>
                  <Checkbox
                    checked={f.done}
                    disabled={!f.can.update || toggle.isPending}
                    aria-label={t('engagements.followUps.markDone', { text: f.text })}
                    onChange={() => toggle.mutate(f)}
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" td={f.done ? 'line-through' : undefined} c={f.done ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
                    {f.text}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{f.ownerName ?? ''}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
                      {formatDay(f.dueDate, i18n.language)}
                    </Text>
                    {overdue && (
                      <Badge color="red" variant="filled" size="sm" tt="none">
                        {t('engagements.followUps.overdue')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {f.can.delete && (
                    <Group justify="flex-end">
                      <DeleteAction label={t('engagements.followUps.delete', { text: f.text })} onClick={() => remove.ask(f)} />
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}

      {e.can.addFollowUp && (
        <Paper withBorder p="sm">
          <form onSubmit={form.onSubmit((x) => add.mutate(x))} noValidate aria-label={t('engagements.followUps.add')}>
            <Stack gap="xs">
              <Title order={2} fz="sm">
                {t('engagements.followUps.add')}
              </Title>
              <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
              <TextInput label={t('engagements.followUps.text')} required {...form.getInputProps('text')} />
              <Group align="flex-start" gap="sm" wrap="wrap">
                <PersonSelect
                  label={t('engagements.followUps.owner')}
                  style={{ flex: '1 1 260px' }}
                  known={known}
                  value={form.values.ownerUserId || null}
                  onChange={(id, name) => {
                    form.setFieldValue('ownerUserId', id ?? '');
                    form.setFieldValue('ownerName', name);
                  }}
                  error={form.errors.ownerUserId}
                />
                <DatePickerInput
                  label={t('engagements.followUps.dueDate')}
                  clearable
                  w={200}
                  value={form.values.dueDate || null}
                  onChange={(d) => form.setFieldValue('dueDate', d ? String(d).slice(0, 10) : '')}
                  error={form.errors.dueDate}
                />
              </Group>
              <Group justify="flex-end">
                <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
                  {t('engagements.followUps.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      <ConfirmModal
        {...remove.modalProps}
        title={t('engagements.followUps.deleteTitle')}
        message={t('engagements.followUps.deleteConfirm', { text: remove.target?.text ?? '' })}
        confirmLabel={t('common.delete')}
      />
    </Stack>
  );
}
