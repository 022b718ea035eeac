import { Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import { useOptions } from '../../ui/options';
import type { Language, Role, UserItem } from '../../ui/types';
import { useApiForm, type Rules } from '../../ui/useApiForm';
import { matches, required } from '../../ui/validators';
import { email, password } from '../../ui/accountRules';
import { UnitSelect } from '../units/UnitSelect';
import { createUser, updateUser, useInvalidateUsers } from './api';

interface Props {
  /** Absent: create a new user. */
  user?: UserItem;
  onClose: () => void;
}

type Values = { email: string; displayName: string; password: string; confirm: string; unitId: string; role: string; language: string };

const createRules: Rules<Values> = {
  email: [required, email],
  displayName: required,
  password: [required, password],
  confirm: [required, matches<Values>('password')],
  unitId: required,
  role: required,
  language: required,
};
const editRules: Rules<Values> = { displayName: required, unitId: required, role: required, language: required };

export function UserFormModal({ user, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const options = useOptions();
  const invalidate = useInvalidateUsers();
  const form = useApiForm<Values>({
    initialValues: {
      email: user?.email ?? '',
      displayName: user?.displayName ?? '',
      password: '',
      confirm: '',
      unitId: user?.unitId ?? '',
      role: user?.role ?? '',
      language: user?.language ?? i18n.language,
    },
    validate: user ? editRules : createRules,
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const common = { displayName: v.displayName.trim(), unitId: v.unitId, role: v.role as Role, language: v.language as Language };
      if (!user) return createUser({ ...common, email: v.email.trim(), password: v.password });
      // Send only what changed: the audit log then records a role change only when there was one.
      const changed = Object.fromEntries(
        Object.entries(common).filter(([k, val]) => user[k as keyof typeof common] !== val),
      ) as Partial<typeof common>;
      return Object.keys(changed).length ? updateUser(user.id, changed) : Promise.resolve(user);
    },
    onSuccess: async () => {
      await invalidate();
      notifications.show({ color: 'green', message: t(user ? 'users.saved' : 'users.created') });
      onClose();
    },
    onError: form.setServerError,
  });

  return (
    <Modal opened onClose={onClose} title={user ? t('users.editTitle') : t('users.createTitle')} size="lg">
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
        <Stack>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.displayName')} required data-autofocus {...form.getInputProps('displayName')} />
            <TextInput
              label={t('fields.email')}
              type="email"
              required={!user}
              readOnly={!!user}
              variant={user ? 'filled' : 'default'}
              autoComplete="off"
              {...form.getInputProps('email')}
            />
          </SimpleGrid>
          {!user && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PasswordInput
                label={t('fields.password')}
                description={t('fields.passwordHint')}
                required
                autoComplete="new-password"
                {...form.getInputProps('password')}
              />
              <PasswordInput label={t('fields.passwordConfirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
            </SimpleGrid>
          )}
          <UnitSelect label={t('fields.unit')} required {...form.selectProps('unitId')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('fields.role')} data={options.roles} required allowDeselect={false} {...form.selectProps('role')} />
            <Select label={t('fields.language')} data={options.languages} required allowDeselect={false} {...form.selectProps('language')} />
          </SimpleGrid>
          <FormButtons submitLabel={user ? t('common.save') : t('common.create')} onCancel={onClose} loading={mutation.isPending} mt="sm" />
        </Stack>
      </form>
    </Modal>
  );
}
