import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorText } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { deleteSavedFilter, saveFilter, savedFiltersKey, useSavedFilters } from './api';
import { sameFilters, savedQueryToFilters, type PartnerFilters } from './filters';

interface Props {
  current: PartnerFilters;
  onApply: (f: PartnerFilters) => void;
}

/** The user's named filters: apply one, save the current one, delete. */
export function SavedFiltersMenu({ current, onApply }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const saved = useSavedFilters();
  const [saving, setSaving] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: savedFiltersKey });

  const remove = useMutation({
    mutationFn: deleteSavedFilter,
    onSuccess: async () => {
      await refresh();
      notifications.show({ color: 'green', message: t('partners.saved.deleted') });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e) }),
  });

  const items = saved.data ?? [];
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={300} withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />}>
            {t('partners.saved.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconBookmarkPlus size={16} aria-hidden />} onClick={() => setSaving(true)}>
            {t('partners.saved.saveCurrent')}
          </Menu.Item>
          <Menu.Divider />
          {items.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {saved.isError ? errorText(saved.error) : t('partners.saved.none')}
            </Text>
          )}
          {items.map((s) => {
            const f = savedQueryToFilters(s.query);
            const active = sameFilters(f, current);
            return (
              <Group key={s.id} gap={4} wrap="nowrap" pr={4}>
                <Menu.Item onClick={() => onApply(f)} fw={active ? 700 : undefined} aria-current={active ? 'true' : undefined} style={{ flex: 1 }}>
                  {s.name}
                </Menu.Item>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('partners.saved.deleteNamed', { name: s.name })}
                  loading={remove.isPending && remove.variables === s.id}
                  onClick={() => remove.mutate(s.id)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            );
          })}
        </Menu.Dropdown>
      </Menu>
      {saving && <SaveFilterModal current={current} onClose={() => setSaving(false)} onSaved={refresh} />}
    </>
  );
}

function SaveFilterModal({ current, onClose, onSaved }: { current: PartnerFilters; onClose: () => void; onSaved: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const form = useApiForm({ initialValues: { name: '' }, validate: { name: required } });
  const mutation = useMutation({
    mutationFn: (name: string) => saveFilter(name.trim(), current as Record<string, string>),
    onSuccess: async () => {
      await onSaved();
      notifications.show({ color: 'green', message: t('partners.saved.savedOk') });
      onClose();
    },
    onError: form.setServerError,
  });
  return (
    <Modal opened onClose={onClose} title={t('partners.saved.saveTitle')}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v.name))} noValidate>
        <Stack>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <TextInput label={t('partners.saved.name')} required data-autofocus {...form.getInputProps('name')} />
          <FormButtons submitLabel={t('common.save')} onCancel={onClose} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
