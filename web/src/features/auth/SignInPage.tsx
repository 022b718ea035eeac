import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { IconClockPause } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { email } from '../../ui/accountRules';
import { login, meKey } from './api';
import { throttleSeconds, waitMessage } from './throttle';

export function SignInPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  useDocumentTitle(`${t('auth.signInTitle')} · Amity`);
  const form = useApiForm({
    initialValues: { email: '', password: '' },
    validate: { email: [required, email], password: required },
  });
  // A throttled sign-in counts down its wait (Retry-After) and cannot be sent again before.
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    const id = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= until) setUntil(null);
    }, 1000);
    return () => clearInterval(id);
  }, [until]);
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  const wait = left > 0 ? waitMessage(left) : null;
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: meKey });
    },
    onError: (e) => {
      const seconds = throttleSeconds(e);
      if (seconds === null) {
        setUntil(null);
        form.setServerError(e);
        return;
      }
      setNow(Date.now());
      setUntil(Date.now() + seconds * 1000);
      form.setServerError(null);
    },
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
            {wait ? (
              <Alert color="orange" variant="light" role="alert" icon={<IconClockPause size={18} aria-hidden />}>
                {t(wait.key, { count: wait.count })}
              </Alert>
            ) : (
              <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
            )}
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="username"
              required
              autoFocus
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('fields.password')}
              autoComplete="current-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={mutation.isPending} disabled={wait !== null} fullWidth mt="xs">
              {t('auth.signIn')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </PublicLayout>
  );
}
