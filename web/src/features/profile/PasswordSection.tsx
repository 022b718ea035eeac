import { Button, Group, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useApiForm } from '../../ui/useApiForm';
import { matches, required } from '../../ui/validators';
import { password } from '../../ui/accountRules';
import { changePassword } from './api';

const initialValues = { currentPassword: '', newPassword: '', confirm: '' };
type Values = typeof initialValues;

export function PasswordSection() {
  const { t } = useTranslation();
  const form = useApiForm<Values>({
    initialValues,
    validate: {
      currentPassword: required,
      newPassword: [required, password],
      confirm: [required, matches<Values>('newPassword')],
    },
  });
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      form.reset();
      notifications.show({ color: 'green', message: t('profile.passwordChanged') });
    },
    onError: form.setServerError,
  });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-password">
      <form
        onSubmit={form.onSubmit((v) => mutation.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword }))}
        noValidate
      >
        <Stack>
          <div>
            <Title order={2} fz="lg" id="profile-password">
              {t('profile.passwordTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('profile.passwordIntro')}
            </Text>
          </div>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <PasswordInput
            label={t('fields.currentPassword')}
            required
            autoComplete="current-password"
            maw={400}
            {...form.getInputProps('currentPassword')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PasswordInput
              label={t('fields.newPassword')}
              description={t('fields.passwordHint')}
              required
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <PasswordInput label={t('fields.passwordConfirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('profile.changePassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
