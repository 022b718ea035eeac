import { Button, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { useForm } from '../../ui/useForm';
import { email, required } from '../../ui/validators';
import { login, meKey } from './api';

export function SignInPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  useDocumentTitle(`${t('auth.signInTitle')} · Amity`);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: [required, email], password: required },
  });
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: meKey });
    },
    onError: form.setServerError,
  });

  return (
    <PublicLayout>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <form onSubmit={form.onSubmit((v) => mutation.mutate({ email: v.email.trim(), password: v.password }))} noValidate>
          <Stack>
            <div>
              <Title order={1} fz={24}>
                {t('auth.signInTitle')}
              </Title>
              <Text c="dimmed" size="sm" mt={4}>
                {t('auth.signInSubtitle')}
              </Text>
            </div>
            <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="username"
              required
              autoFocus
              {...form.textProps('email')}
            />
            <PasswordInput
              label={t('fields.password')}
              autoComplete="current-password"
              required
              {...form.textProps('password')}
            />
            <Button type="submit" loading={mutation.isPending} fullWidth mt="xs">
              {t('auth.signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
