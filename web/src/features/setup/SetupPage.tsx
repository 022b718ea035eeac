import { Button, Divider, Fieldset, Group, Paper, PasswordInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PublicLayout } from '../../ui/PublicLayout';
import { useOptions } from '../../ui/options';
import type { Language, Pillar, UnitKind } from '../../ui/types';
import { useApiForm } from '../../ui/useApiForm';
import { matches, required } from '../../ui/validators';
import { email, password } from '../../ui/accountRules';
import { loadDemo, runSetup, setupKey, type DemoResult } from './api';
import { DemoAccounts } from './DemoAccounts';

const initialValues = {
  nameVi: '',
  nameEn: '',
  nameFr: '',
  kind: '',
  pillar: '',
  email: '',
  displayName: '',
  password: '',
  confirm: '',
  language: '',
};
type Values = typeof initialValues;

const fieldPaths = {
  nameVi: 'rootUnit.nameVi',
  nameEn: 'rootUnit.nameEn',
  nameFr: 'rootUnit.nameFr',
  kind: 'rootUnit.kind',
  pillar: 'rootUnit.pillar',
  email: 'admin.email',
  displayName: 'admin.displayName',
  password: 'admin.password',
  language: 'admin.language',
};

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  useDocumentTitle(`${t('setup.title')} · Amity`);
  const options = useOptions();
  const [demo, setDemo] = useState<DemoResult | null>(null);
  const form = useApiForm<Values>({
    initialValues: { ...initialValues, language: i18n.language },
    fieldPaths,
    validate: {
      nameVi: required,
      nameEn: required,
      nameFr: required,
      kind: required,
      pillar: required,
      email: [required, email],
      displayName: required,
      password: [required, password],
      confirm: [required, matches<Values>('password')],
      language: required,
    },
  });

  const setup = useMutation({
    mutationFn: (v: Values) =>
      runSetup({
        rootUnit: { nameVi: v.nameVi.trim(), nameEn: v.nameEn.trim(), nameFr: v.nameFr.trim(), kind: v.kind as UnitKind, pillar: v.pillar as Pillar },
        admin: { email: v.email.trim(), displayName: v.displayName.trim(), password: v.password, language: v.language as Language },
      }),
    onSuccess: async () => {
      // The server signed us in: leave setup and load the session (its language follows).
      qc.setQueryData(setupKey, { required: false });
      await qc.invalidateQueries({ queryKey: ['me'] });
    },
    onError: form.setServerError,
  });

  const demoMutation = useMutation({ mutationFn: loadDemo, onSuccess: setDemo });

  if (demo) {
    return (
      <PublicLayout wide>
        <DemoAccounts result={demo} onContinue={() => qc.setQueryData(setupKey, { required: false })} />
      </PublicLayout>
    );
  }

  return (
    <PublicLayout wide>
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={760}>
        <Stack>
          <div>
            <Title order={1} fz={26}>
              {t('setup.title')}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('setup.intro')}
            </Text>
          </div>
          <form onSubmit={form.onSubmit((v) => setup.mutate(v))} noValidate>
            <Stack>
              <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
              <Fieldset legend={t('setup.rootUnit')}>
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 3 }}>
                    <TextInput label={t('fields.nameVi')} lang="vi" required {...form.getInputProps('nameVi')} />
                    <TextInput label={t('fields.nameEn')} lang="en" required {...form.getInputProps('nameEn')} />
                    <TextInput label={t('fields.nameFr')} lang="fr" required {...form.getInputProps('nameFr')} />
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Select label={t('fields.kind')} data={options.kinds} required allowDeselect={false} {...form.selectProps('kind')} />
                    <Select label={t('fields.pillar')} data={options.pillars} required allowDeselect={false} {...form.selectProps('pillar')} />
                  </SimpleGrid>
                </Stack>
              </Fieldset>
              <Fieldset legend={t('setup.admin')}>
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput label={t('fields.displayName')} required autoComplete="name" {...form.getInputProps('displayName')} />
                    <TextInput label={t('fields.email')} type="email" required autoComplete="username" {...form.getInputProps('email')} />
                    <PasswordInput
                      label={t('fields.password')}
                      description={t('fields.passwordHint')}
                      required
                      autoComplete="new-password"
                      {...form.getInputProps('password')}
                    />
                    <PasswordInput label={t('fields.passwordConfirm')} required autoComplete="new-password" {...form.getInputProps('confirm')} />
                  </SimpleGrid>
                  <Select label={t('fields.language')} data={options.languages} required allowDeselect={false} maw={300} {...form.selectProps('language')} />
                </Stack>
              </Fieldset>
              <Group justify="flex-end">
                <Button type="submit" loading={setup.isPending}>
                  {t('setup.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
          <Divider label={t('setup.or')} labelPosition="center" />
          <Stack gap="xs">
            <Title order={2} fz="lg">
              {t('setup.demoTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('setup.demoIntro')}
            </Text>
            <ErrorAlert error={demoMutation.error} />
            <Group>
              <Button
                variant="light"
                leftSection={<IconDatabaseImport size={18} aria-hidden />}
                loading={demoMutation.isPending}
                onClick={() => demoMutation.mutate()}
              >
                {t('setup.loadDemo')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      </Paper>
    </PublicLayout>
  );
}
