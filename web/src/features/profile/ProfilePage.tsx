import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useOptions } from '../../ui/options';
import type { Language } from '../../ui/types';
import { unitName } from '../../ui/unitName';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { useMe } from '../auth/api';
import { useUpdateMe } from './api';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';
import { TokensSection } from './TokensSection';

export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  if (!me) return null;
  const { user } = me;
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.intro')} />
      <Stack maw={820}>
      <Paper withBorder p="lg">
        <Title order={2} fz="lg" mb="sm">
          {t('profile.account')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <div>
            <Text size="xs" c="dimmed">
              {t('fields.email')}
            </Text>
            <Text>{user.email}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('fields.role')}
            </Text>
            <Badge variant="light">{t(`roles.${user.role}`)}</Badge>
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('fields.unit')}
            </Text>
            <Text>{unitName(user.unit, i18n.language)}</Text>
          </div>
        </SimpleGrid>
      </Paper>
      <DetailsSection displayName={user.displayName} language={user.language} key={`${user.displayName}|${user.language}`} />
      <PasswordSection />
      <TokensSection />
      <SessionsSection />
      </Stack>
    </>
  );
}

function DetailsSection({ displayName, language }: { displayName: string; language: Language }) {
  const { t, i18n } = useTranslation();
  const options = useOptions();
  const update = useUpdateMe();
  const form = useApiForm({
    initialValues: { displayName, language: language as string },
    validate: { displayName: required, language: required },
  });
  const submit = form.onSubmit((v) =>
    update.mutate(
      { displayName: v.displayName.trim(), language: v.language as Language },
      {
        onSuccess: () => {
          void i18n.changeLanguage(v.language);
          notifications.show({ color: 'green', message: t('profile.saved') });
        },
        onError: form.setServerError,
      },
    ),
  );
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-details">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} fz="lg" id="profile-details">
            {t('profile.details')}
          </Title>
          <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.displayName')} required autoComplete="name" {...form.getInputProps('displayName')} />
            <Select label={t('fields.language')} data={options.languages} required allowDeselect={false} {...form.selectProps('language')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
