import { ActionIcon, Button, Group, Paper, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconChecks } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { Spinner } from '../../ui/Spinner';
import { useUrlState } from '../../ui/useUrlState';
import { markAllRead, markRead, useInvalidateNotifications, useNotifications, useUnreadCount } from './api';
import { NotificationItem, useOpenNotification } from './NotificationItem';

export function NotificationsPage() {
  const { t } = useTranslation();
  const [u, setU] = useUrlState(['page', 'limit', 'unread'] as const);
  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const unreadOnly = u.unread === '1';
  const list = useNotifications({ page, limit, unread: unreadOnly });
  const unread = useUnreadCount();
  const invalidate = useInvalidateNotifications();
  const open = useOpenNotification();
  const readOne = useMutation({ mutationFn: markRead, onSettled: () => invalidate() });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: () => invalidate() });
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={t('notifications.intro')}
        actions={
          <Button
            variant="default"
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={!unread.data}
            loading={readAll.isPending}
            onClick={() => readAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Group mb="md" justify="space-between">
        <SegmentedControl
          aria-label={t('notifications.show')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setU({ unread: v === 'unread' ? '1' : null })}
          data={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread', { count: unread.data ?? 0 }) },
          ]}
        />
      </Group>
      <ErrorAlert error={list.error ?? readAll.error ?? readOne.error} />
      <Paper withBorder p={4}>
        {list.isPending && (
          <Spinner small />
        )}
        {list.data && items.length === 0 && (
          <Text c="dimmed" ta="center" p="md">
            {unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}
          </Text>
        )}
        {items.length > 0 && (
          <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((n) => (
              <Group component="li" key={n.id} gap={4} wrap="nowrap" align="center">
                <div style={{ flex: 1, minWidth: 0 }}>
                  <NotificationItem notification={n} onOpen={open} />
                </div>
                {!n.readAt && (
                  <Tooltip label={t('notifications.markRead')}>
                    <ActionIcon variant="subtle" color="gray" mr="xs" aria-label={t('notifications.markRead')} onClick={() => readOne.mutate(n.id)}>
                      <IconCheck size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Paper>
      {list.data && list.data.total > 0 && (
        <Pager page={page} limit={limit} total={list.data.total} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />
      )}
    </>
  );
}
