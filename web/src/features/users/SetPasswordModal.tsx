import { Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FormButtons } from '../../ui/FormButtons';
import type { UserItem } from '../../ui/types';
import { useApiForm } from '../../ui/useApiForm';
import { matches, required } from '../../ui/validators';
import { password } from '../../ui/accountRules';
import { setUserPassword } from './api';

type Values = { password: string; confirm: string };

export function SetPasswordModal({ user, onClose }: { user: UserItem; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    initialValues: { password: '', confirm: '' },
    validate: { password: [required, password], confirm: [required, matches<Values>('password')] },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => setUserPassword(user.id, v.password),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('users.passwordSet') });
      onClose();
    },
    onError: form.setServerError,
  });
  return (
    <Modal opened onClose={onClose} title={t('users.setPasswordTitle', { name: user.displayName })}>
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('users.setPasswordIntro')}
          </Text>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <PasswordInput
            label={t('fields.newPassword')}
            description={t('fields.passwordHint')}
            required
            autoComplete="new-password"
            data-autofocus
            {...form.getInputProps('password')}
          />
          <PasswordInput label={t('fields.passwordConfirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
          <FormButtons submitLabel={t('users.setPassword')} onCancel={onClose} loading={mutation.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
