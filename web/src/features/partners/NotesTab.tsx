import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DeleteAction } from '../../ui/DeleteAction';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { Spinner } from '../../ui/Spinner';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { addNote, deleteNote, updateNote, useInvalidatePartners, useNotes } from './api';
import type { Note } from './types';
import { useMe } from '../auth/api';

/** Write a note (new) or edit one (note given). */
function NoteEditor({ partnerId, note, onDone }: { partnerId: string; note?: Note; onDone?: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePartners();
  const form = useApiForm({ initialValues: { body: note?.body ?? '' }, validate: { body: required } });
  const save = useMutation({
    mutationFn: async (body: string) => {
      if (note) await updateNote(partnerId, note.id, body);
      else await addNote(partnerId, body);
    },
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t(note ? 'partners.notes.saved' : 'partners.notes.added') });
      form.reset({ body: '' });
      onDone?.();
    },
    onError: form.setServerError,
  });
  return (
    <form onSubmit={form.onSubmit((v) => save.mutate(v.body.trim()))} noValidate>
      <Stack gap="xs">
        <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
        <Textarea
          label={note ? t('partners.notes.edit') : t('partners.notes.new')}
          autosize
          minRows={note ? 3 : 2}
          maxRows={14}
          data-autofocus={note ? true : undefined}
          value={form.values.body} onChange={(e) => form.setFieldValue('body', e.currentTarget.value)} error={form.errors.body}
        />
        <Group justify="flex-end" gap="xs">
          {onDone && (
            <Button variant="default" size="xs" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" size="xs" loading={save.isPending}>
            {note ? t('common.save') : t('partners.notes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NotesTab({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [limit, setLimit] = useState(20);
  const [editing, setEditing] = useState<string | null>(null);
  const q = useNotes(partnerId, page, limit);
  const me = useMe();
  const invalidate = useInvalidatePartners();
  const remove = useDeleteConfirm(
    (n: Note) => deleteNote(partnerId, n.id),
    async () => {
      notifications.show({ color: 'green', message: t('partners.notes.deleted') });
      await invalidate();
    },
  );

  return (
    <Stack>
      {me.data?.can.writeNotes && <NoteEditor partnerId={partnerId} />}
      {q.isError && <ErrorAlert error={q.error} />}
      {!q.data && !q.isError && (
        <Spinner small />
      )}
      {q.data?.items.length === 0 && (
        <Text c="dimmed" ta="center" p="md">
          {t('partners.notes.none')}
        </Text>
      )}
      {q.data?.items.map((n) => (
        <Paper key={n.id} withBorder p="sm" component="article" bg="gray.0">
          {editing === n.id ? (
            <NoteEditor partnerId={partnerId} note={n} onDone={() => setEditing(null)} />
          ) : (
            <>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text size="xs" c="dimmed">
                  {n.author?.displayName ?? t('audit.system')} · {formatDateTime(n.createdAt, i18n.language)}
                  {Date.parse(n.updatedAt) - Date.parse(n.createdAt) > 1000 ? ` · ${t('partners.notes.edited')}` : ''}
                </Text>
                <Group gap={4} wrap="nowrap">
                  {n.can.update && (
                    <ActionIcon variant="subtle" color="gray" aria-label={t('partners.notes.edit')} onClick={() => setEditing(n.id)}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                  )}
                  {n.can.delete && <DeleteAction label={t('partners.notes.delete')} onClick={() => remove.ask(n)} />}
                </Group>
              </Group>
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {n.body}
              </Text>
            </>
          )}
        </Paper>
      ))}
      {q.data && q.data.total > 0 && (
        <Pager page={page} limit={limit} total={q.data.total} onPage={setPage} onLimit={(l) => { setLimit(l); setPage(1); }} />
      )}
      <ConfirmModal
        {...remove.modalProps}
        title={t('partners.notes.delete')}
        message={t('partners.notes.deleteConfirm')}
        confirmLabel={t('common.delete')}
      />
    </Stack>
  );
}
