import { Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fieldRule } from '../../api/rules';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { createReferenceItem, updateReferenceItem, useInvalidateReference, type ListKind, type ReferenceItem } from './api';

const keyRule = fieldRule('POST /relationship-groups', 'key', { format: 'reference.keyRule' }, { trim: true });

interface Props {
  kind: ListKind;
  /** Absent: a new item. */
  item?: ReferenceItem;
  onClose: () => void;
}

/** Mount with a `key` per item so the form starts from its values. */
export function ReferenceItemModal({ kind, item, onClose }: Props) {
  const { t } = useTranslation();
  const invalidate = useInvalidateReference();
  const form = useApiForm({
    initialValues: {
      key: item?.key ?? '',
      nameVi: item?.nameVi ?? '',
      nameEn: item?.nameEn ?? '',
      nameFr: item?.nameFr ?? '',
      sort: item ? String(item.sort) : '',
    },
    validate: { key: [required, keyRule], nameVi: required, nameEn: required, nameFr: required },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = {
        key: v.key.trim(),
        nameVi: v.nameVi.trim(),
        nameEn: v.nameEn.trim(),
        nameFr: v.nameFr.trim(),
        ...(v.sort.trim() !== '' ? { sort: Number(v.sort) } : {}),
      };
      return item ? updateReferenceItem(kind, item.id, body) : createReferenceItem(kind, body);
    },
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t(item ? 'reference.saved' : 'reference.created') });
      onClose();
    },
    onError: form.setServerError,
  });

  const title = t(item ? (kind === 'groups' ? 'reference.editGroup' : 'reference.editField') : kind === 'groups' ? 'reference.newGroup' : 'reference.newField');
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <TextInput label={t('fields.nameVi')} lang="vi" required data-autofocus {...form.getInputProps('nameVi')} />
          <TextInput label={t('fields.nameEn')} lang="en" required {...form.getInputProps('nameEn')} />
          <TextInput label={t('fields.nameFr')} lang="fr" required {...form.getInputProps('nameFr')} />
          <Group grow align="flex-start">
            <TextInput label={t('reference.key')} description={t('reference.keyHint')} required ff="monospace" {...form.getInputProps('key')} />
            <NumberInput
              label={t('reference.sort')}
              description={t('reference.sortHint')}
              allowDecimal={false}
              value={form.values.sort}
              onChange={(v) => form.setFieldValue('sort', String(v))}
              error={form.errors.sort}
            />
          </Group>
          <FormButtons submitLabel={item ? t('common.save') : t('common.create')} onCancel={onClose} loading={save.isPending} mt="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
