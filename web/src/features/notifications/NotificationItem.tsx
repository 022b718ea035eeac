import { Box, Group, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../ui/format';
import type { AppNotification } from '../engagements/types';
import { markRead, useInvalidateNotifications } from './api';
import { notificationHref, notificationText, relativeTime } from './text';

/** Opening a notification marks it read and goes to its record (or the notification list when it has no page). */
export function useOpenNotification(after?: () => void) {
  const navigate = useNavigate();
  const invalidate = useInvalidateNotifications();
  const read = useMutation({ mutationFn: markRead, onSettled: () => invalidate() });
  return (n: AppNotification) => {
    if (!n.readAt) read.mutate(n.id);
    after?.();
    void navigate(notificationHref(n) ?? '/notifications');
  };
}

interface Props {
  notification: AppNotification;
  onOpen: (n: AppNotification) => void;
  /** Tighter spacing in the bell's popover. */
  compact?: boolean;
}

/** One notification as a button: the sentence, the detail (a comment), when; unread ones bold with a dot. */
export function NotificationItem({ notification: n, onOpen, compact }: Props) {
  const { t, i18n } = useTranslation();
  const { text, detail } = notificationText(n, t, i18n.language);
  const unread = !n.readAt;
  return (
    <UnstyledButton
      onClick={() => onOpen(n)}
      w="100%"
      px={compact ? 'sm' : 'md'}
      py={compact ? 8 : 'sm'}
      bg={unread ? 'blue.0' : undefined}
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      data-unread={unread || undefined}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Box
          mt={6}
          w={8}
          h={8}
          style={{ borderRadius: '50%', flex: 'none', background: unread ? 'var(--mantine-color-blue-7)' : 'transparent' }}
          aria-hidden
        />
        <Box style={{ minWidth: 0, flex: 1 }}>
          {unread && <VisuallyHidden>{`${t('notifications.unread')}. `}</VisuallyHidden>}
          <Text size="sm" fw={unread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
            {text}
          </Text>
          {detail && (
            <Text size="xs" c="dimmed" lineClamp={compact ? 2 : 4} style={{ whiteSpace: 'pre-wrap' }}>
              {detail}
            </Text>
          )}
          <Tooltip label={formatDateTime(n.createdAt, i18n.language)} openDelay={400}>
            <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt} mt={2} display="block" w="fit-content">
              {relativeTime(n.createdAt, new Date(), i18n.language)}
            </Text>
          </Tooltip>
        </Box>
      </Group>
    </UnstyledButton>
  );
}
