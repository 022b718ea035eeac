import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { IconDevicesOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { logoutAll, useSignedOut } from '../auth/api';

export function SessionsSection() {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const signedOut = useSignedOut();
  const mutation = useMutation({ mutationFn: logoutAll, onSuccess: signedOut });
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-sessions">
      <Group justify="space-between" align="center" wrap="wrap">
        <div>
          <Title order={2} fz="lg" id="profile-sessions">
            {t('profile.sessionsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('profile.sessionsIntro')}
          </Text>
        </div>
        <Button color="red" variant="light" leftSection={<IconDevicesOff size={18} aria-hidden />} onClick={() => setConfirming(true)}>
          {t('profile.signOutEverywhere')}
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title={t('profile.signOutEverywhere')}
        message={t('profile.signOutEverywhereConfirm')}
        confirmLabel={t('profile.signOutEverywhere')}
        danger
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={() => mutation.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Paper>
  );
}
