import { Alert, Button, Code, CopyButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DemoResult } from './api';

/** Shown once after loading demo data: the accounts and their shared password. */
export function DemoAccounts({ result, onContinue }: { result: DemoResult; onContinue: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={760}>
      <Stack>
        <Title order={1} fz={26}>
          {t('setup.demoDoneTitle')}
        </Title>
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('setup.demoDoneIntro')}
        </Alert>
        <Group gap="xs">
          <Text fw={600}>{t('setup.demoPassword')}</Text>
          <Code fz="md" data-testid="demo-password">
            {result.password}
          </Code>
          <CopyButton value={result.password}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="subtle"
                onClick={copy}
                leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
              >
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Table.ScrollContainer minWidth={500}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.email')}</Table.Th>
                <Table.Th scope="col">{t('fields.role')}</Table.Th>
                <Table.Th scope="col">{t('fields.unit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.accounts.map((a) => (
                <Table.Tr key={a.email}>
                  <Table.Td>{a.email}</Table.Td>
                  <Table.Td>{t(`roles.${a.role}`, { defaultValue: a.role })}</Table.Td>
                  <Table.Td>{a.unitName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group justify="flex-end">
          <Button onClick={onContinue}>{t('setup.continueToSignIn')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
