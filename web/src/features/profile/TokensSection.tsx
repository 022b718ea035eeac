import { ActionIcon, Alert, Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, TextInput, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconKey, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { CopyValueButton } from '../../ui/CopyValueButton';
import { fieldRule, maxLengthOf } from '../../api/rules';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { useApiForm } from '../../ui/useApiForm';
import { required } from '../../ui/validators';
import { createToken, listTokens, revokeToken, tokensKey, type ApiToken, type TokenScope } from './api';

const NAME_MAX = maxLengthOf('POST /users/me/tokens', 'name');
const nameLength = fieldRule('POST /users/me/tokens', 'name', { tooLong: 'profile.tokenNameTooLong' }, { trim: true });

/** Personal API tokens for scripts: list, create (the token is shown once), revoke. */
export function TokensSection() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const tokens = useQuery({ queryKey: tokensKey, queryFn: listTokens });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const form = useApiForm({ initialValues: { name: '', scope: 'read' as string }, validate: { name: [required, nameLength] } });

  const create = useMutation({
    mutationFn: createToken,
    onSuccess: async (r) => {
      setCreated({ name: r.name, token: r.token });
      form.reset();
      await qc.invalidateQueries({ queryKey: tokensKey });
    },
    onError: form.setServerError,
  });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => revokeToken(token.id),
    onSuccess: async () => {
      setRevoking(null);
      notifications.show({ color: 'green', message: t('profile.tokenRevoked') });
      await qc.invalidateQueries({ queryKey: tokensKey });
    },
  });
  const submit = form.onSubmit((v) => {
    setCreated(null);
    create.mutate({ name: v.name.trim(), scope: v.scope as TokenScope });
  });
  const items = tokens.data?.items ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-tokens">
      <Stack>
        <div>
          <Title order={2} fz="lg" id="profile-tokens">
            {t('profile.tokensTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('profile.tokensIntro')}
          </Text>
        </div>

        {created && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('profile.tokenCreated', { name: created.name })} withCloseButton onClose={() => setCreated(null)} closeButtonLabel={t('common.close')}>
            <Stack gap="xs">
              <Text size="sm">{t('profile.tokenShownOnce')}</Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput label={t('profile.tokenValue')} value={created.token} readOnly onFocus={(e) => e.currentTarget.select()} style={{ flex: 1 }} ff="monospace" data-testid="new-token" />
                <CopyValueButton value={created.token} label={t('profile.tokenCopy')} />
              </Group>
            </Stack>
          </Alert>
        )}

        {tokens.isError && <ErrorAlert error={tokens.error} />}
        {tokens.data && items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('profile.tokensNone')}
          </Text>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('profile.tokenName')}</Table.Th>
                  <Table.Th>{t('profile.tokenScope')}</Table.Th>
                  <Table.Th>{t('profile.tokenCreatedAt')}</Table.Th>
                  <Table.Th>{t('profile.tokenLastUsed')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((tok) => (
                  <Table.Tr key={tok.id}>
                    <Table.Td>{tok.name}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={tok.scope === 'write' ? 'orange' : 'blue'}>
                        {t(`profile.tokenScopes.${tok.scope}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatDateTime(tok.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{tok.lastUsedAt ? formatDateTime(tok.lastUsedAt, i18n.language) : t('profile.tokenNeverUsed')}</Table.Td>
                    <Table.Td ta="right">
                      <Tooltip label={t('profile.tokenRevoke')} withArrow>
                        <ActionIcon variant="subtle" color="red" onClick={() => setRevoking(tok)} aria-label={t('profile.tokenRevokeNamed', { name: tok.name })}>
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}

        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ErrorAlert error={form.formError} details={form.extraFieldErrors} />
            <Group align="flex-end" wrap="wrap">
              <TextInput label={t('profile.tokenName')} required maxLength={NAME_MAX} style={{ flex: 1, minWidth: 200 }} {...form.getInputProps('name')} />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="token-scope-label">
                  {t('profile.tokenScope')}
                </Text>
                <SegmentedControl
                  aria-labelledby="token-scope-label"
                  value={form.values.scope}
                  onChange={(v) => form.setFieldValue('scope', v)}
                  data={[
                    { value: 'read', label: t('profile.tokenScopes.read') },
                    { value: 'write', label: t('profile.tokenScopes.write') },
                  ]}
                />
              </Stack>
              <Button type="submit" leftSection={<IconKey size={18} aria-hidden />} loading={create.isPending}>
                {t('profile.tokenCreate')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {t(form.values.scope === 'write' ? 'profile.tokenScopeWriteHelp' : 'profile.tokenScopeReadHelp')}
            </Text>
          </Stack>
        </form>
      </Stack>
      <ConfirmModal
        opened={!!revoking}
        title={t('profile.tokenRevoke')}
        message={t('profile.tokenRevokeConfirm', { name: revoking?.name ?? '' })}
        confirmLabel={t('profile.tokenRevoke')}
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onClose={() => {
          setRevoking(null);
          revoke.reset();
        }}
      />
    </Paper>
  );
}
