import { ActionIcon, Button, Code, Group, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DeleteAction } from '../../ui/DeleteAction';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { useMe } from '../auth/api';
import { deleteReferenceItem, localName, useInvalidateReference, useReferenceList, type ListKind, type ReferenceItem } from './api';
import { ReferenceItemModal } from './ReferenceItemModal';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'delete'; item: ReferenceItem } | null;

const text = {
  groups: { intro: 'reference.groupsIntro', caption: 'reference.groups', create: 'reference.newGroup', deleteConfirm: 'reference.deleteGroupConfirm' },
  fields: { intro: 'reference.fieldsIntro', caption: 'reference.fields', create: 'reference.newField', deleteConfirm: 'reference.deleteFieldConfirm' },
} as const;

/** Relationship groups or cooperation fields: a short list, ordered by `sort`. */
export function ReferenceListPage({ kind }: { kind: ListKind }) {
  const { t, i18n } = useTranslation();
  const isAdmin = useMe().data?.user.role === 'admin';
  const list = useReferenceList(kind);
  const invalidate = useInvalidateReference();
  const [dialog, setDialog] = useState<Dialog>(null);
  const other = (['vi', 'en', 'fr'] as const).filter((l) => l !== i18n.language);

  const remove = useMutation({
    mutationFn: (id: string) => deleteReferenceItem(kind, id),
    onSuccess: async () => {
      setDialog(null);
      notifications.show({ color: 'green', message: t('reference.deleted') });
      await invalidate();
    },
  });

  const items = list.data ?? [];
  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Text size="sm" c="dimmed" maw={720}>
          {t(text[kind].intro)}
        </Text>
        {isAdmin && (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
            {t(text[kind].create)}
          </Button>
        )}
      </Group>
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover>
              <VisuallyHidden component="caption">{t(text[kind].caption)}</VisuallyHidden>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reference.name')}</Table.Th>
                  <Table.Th scope="col">{t('reference.otherNames')}</Table.Th>
                  <Table.Th scope="col">{t('reference.key')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reference.sort')}
                  </Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <TableStatusRows loading={list.isPending} empty={items.length === 0} colSpan={5} />
                {items.map((item) => {
                  const name = localName(item, i18n.language);
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {other.map((l) => (
                          <Text key={l} size="xs" c="dimmed" lang={l}>
                            {localName(item, l)}
                          </Text>
                        ))}
                      </Table.Td>
                      <Table.Td>
                        <Code>{item.key}</Code>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">{item.sort}</Text>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {item.can.update && (
                          <ActionIcon variant="subtle" color="gray" aria-label={t('reference.editNamed', { name })} onClick={() => setDialog({ kind: 'edit', item })}>
                            <IconPencil size={18} aria-hidden />
                          </ActionIcon>
                        )}
                        {item.can.delete && (
                          <DeleteAction
                            ml={4}
                            iconSize={18}
                            label={t('reference.deleteNamed', { name })}
                            onClick={() => {
                              remove.reset();
                              setDialog({ kind: 'delete', item });
                            }}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      {dialog?.kind === 'create' && <ReferenceItemModal kind={kind} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <ReferenceItemModal key={dialog.item.id} kind={kind} item={dialog.item} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          opened
          title={t('reference.deleteTitle')}
          message={t(text[kind].deleteConfirm, { name: localName(dialog.item, i18n.language) })}
          confirmLabel={t('common.delete')}
          danger
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(dialog.item.id)}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
