import { Alert, Button, Center, Group, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyValueButton } from '../../ui/CopyValueButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { absoluteUrl, createFeed, feedKey, revokeFeed, useCalendarFeed } from './api';

/** The private iCal address of the user's calendar: whether one exists, create or replace it (shown once), revoke it. */
export function FeedModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const feed = useCalendarFeed(opened);
  const [newUrl, setNewUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<'replace' | 'revoke' | null>(null);

  const create = useMutation({
    mutationFn: createFeed,
    onSuccess: async (r) => {
      setNewUrl(absoluteUrl(r.url, window.location.origin));
      setConfirming(null);
      await qc.invalidateQueries({ queryKey: feedKey });
    },
  });
  const revoke = useMutation({
    mutationFn: revokeFeed,
    onSuccess: async () => {
      setNewUrl(null);
      setConfirming(null);
      notifications.show({ color: 'green', message: t('calendarView.feed.revoked') });
      await qc.invalidateQueries({ queryKey: feedKey });
    },
  });

  const close = () => {
    // The address is shown once: closing forgets it.
    setNewUrl(null);
    setConfirming(null);
    create.reset();
    revoke.reset();
    onClose();
  };

  const exists = !!newUrl || (feed.data ? (feed.data.active ?? !!(feed.data.url || feed.data.createdAt)) : false);
  const shownUrl = newUrl ?? (feed.data?.url ? absoluteUrl(feed.data.url, window.location.origin) : null);

  return (
    <Modal opened={opened} onClose={close} title={t('calendarView.feed.title')} size="lg" centered>
      <Stack>
        <Text size="sm">{t('calendarView.feed.intro')}</Text>
        {feed.isError && <ErrorAlert error={feed.error} />}
        {feed.isPending && opened && (
          <Center p="sm">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        )}
        {feed.data && (
          <Text size="sm" fw={500} aria-live="polite">
            {exists
              ? feed.data.createdAt
                ? t('calendarView.feed.existsSince', { date: formatDateTime(feed.data.createdAt, i18n.language) })
                : t('calendarView.feed.exists')
              : t('calendarView.feed.none')}
          </Text>
        )}
        {feed.data && exists && !newUrl && (
          <Text size="sm" c="dimmed">
            {feed.data.lastUsedAt
              ? t('calendarView.feed.lastUsed', { date: formatDateTime(feed.data.lastUsedAt, i18n.language) })
              : t('calendarView.feed.neverUsed')}
          </Text>
        )}
        {shownUrl && (
          <Alert color="blue" variant="light" icon={<IconLock size={18} aria-hidden />} title={t('calendarView.feed.copyNow')}>
            <Stack gap="xs">
              <Text size="sm">{t('calendarView.feed.private')}</Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label={t('calendarView.feed.url')}
                  value={shownUrl}
                  readOnly
                  onFocus={(e) => e.currentTarget.select()}
                  style={{ flex: 1 }}
                  data-autofocus
                />
                <CopyValueButton value={shownUrl} label={t('calendarView.feed.copy')} />
              </Group>
            </Stack>
          </Alert>
        )}
        {exists && !shownUrl && <Text size="sm" c="dimmed">{t('calendarView.feed.lost')}</Text>}
        <ErrorAlert error={create.error ?? revoke.error} />
        {confirming && (
          <Alert color={confirming === 'revoke' ? 'red' : 'orange'} variant="light" title={t(confirming === 'revoke' ? 'calendarView.feed.revokeConfirmTitle' : 'calendarView.feed.replaceConfirmTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('calendarView.feed.oldStops')}</Text>
              <Group justify="flex-end" gap="xs">
                <Button variant="default" size="xs" onClick={() => setConfirming(null)}>
                  {t('common.cancel')}
                </Button>
                {confirming === 'revoke' ? (
                  <Button color="red" size="xs" loading={revoke.isPending} onClick={() => revoke.mutate()}>
                    {t('calendarView.feed.revoke')}
                  </Button>
                ) : (
                  <Button color="orange" size="xs" loading={create.isPending} onClick={() => create.mutate()}>
                    {t('calendarView.feed.replace')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="default" onClick={close}>
            {t('common.close')}
          </Button>
          {feed.data && !confirming && (
            <Group gap="xs">
              {exists && (
                <Button variant="light" color="red" onClick={() => setConfirming('revoke')}>
                  {t('calendarView.feed.revoke')}
                </Button>
              )}
              {exists ? (
                <Button variant="light" onClick={() => setConfirming('replace')}>
                  {t('calendarView.feed.replace')}
                </Button>
              ) : (
                <Button loading={create.isPending} onClick={() => create.mutate()}>
                  {t('calendarView.feed.create')}
                </Button>
              )}
            </Group>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
