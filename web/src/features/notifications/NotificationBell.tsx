import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { markAllRead, useInvalidateNotifications, useNotifications, useUnreadCount } from './api';
import { NotificationItem, useOpenNotification } from './NotificationItem';

const LATEST = 10;

/** The header's bell: unread count (refreshed every minute and on focus), the latest notifications in a popover. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { close, toggle }] = useDisclosure(false);
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  const latest = useNotifications({ page: 1, limit: LATEST }, opened);
  const invalidate = useInvalidateNotifications();
  const open = useOpenNotification(close);
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: () => invalidate() });

  return (
    <Popover opened={opened} onDismiss={close} position="bottom-end" width={380} shadow="md" trapFocus returnFocus withinPortal>
      <Popover.Target>
        <Indicator label={count > 99 ? '99+' : count} disabled={count === 0} size={18} offset={5} color="red" inline>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => {
              // Opening shows the latest at once, even between two polls.
              if (!opened) void invalidate();
              toggle();
            }}
            aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
            aria-haspopup="dialog"
            aria-expanded={opened}
          >
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} role="dialog" aria-label={t('notifications.title')}>
        <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
          <Text fw={650} size="sm">
            {t('notifications.title')}
          </Text>
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconChecks size={14} aria-hidden />}
            disabled={count === 0}
            loading={readAll.isPending}
            onClick={() => readAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <Divider />
        <ScrollArea.Autosize mah={420} type="auto">
          {latest.isError && <ErrorAlert error={latest.error} />}
          {latest.isPending && (
            <Spinner small />
          )}
          {latest.data?.items.length === 0 && (
            <Text c="dimmed" size="sm" ta="center" p="md">
              {t('notifications.none')}
            </Text>
          )}
          {latest.data && latest.data.items.length > 0 && (
            <Stack gap={2} p={4} component="ul" style={{ listStyle: 'none', margin: 0 }}>
              {latest.data.items.map((n) => (
                <li key={n.id}>
                  <NotificationItem notification={n} onOpen={open} compact />
                </li>
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
        {readAll.isError && <ErrorAlert error={readAll.error} />}
        <Divider />
        <Group justify="center" p="xs">
          <Anchor component={Link} to="/notifications" size="sm" onClick={close}>
            {t('notifications.seeAll')}
          </Anchor>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
