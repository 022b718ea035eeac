import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format';
import { DUE_COLORS, dueStatus, todayInVietnam } from './due';
import type { ProposalState } from './types';

/** The due date, red with "overdue by n days" once passed while accepted; "due today", "n days left" when near. */
export function DueBadge({ p }: { p: { dueOn: string | null; state: ProposalState; overdue?: boolean } }) {
  const { t, i18n } = useTranslation();
  const { status, days } = dueStatus(p, todayInVietnam());
  if (status === 'none') {
    return (
      <Text size="sm" c="dimmed">
        {t('proposals.due.none')}
      </Text>
    );
  }
  const late = status === 'overdue';
  return (
    <Stack gap={2}>
      <Text size="sm" c={late ? 'red.8' : undefined} fw={late ? 600 : undefined}>
        {formatDate(p.dueOn, i18n.language)}
      </Text>
      {late && (
        <Badge size="sm" color={DUE_COLORS.overdue} variant="filled" tt="none" miw="max-content">
          {days > 0 ? t('proposals.due.overdueDays', { count: days }) : t('proposals.due.overdue')}
        </Badge>
      )}
      {status === 'today' && (
        <Badge size="sm" color={DUE_COLORS.today} variant="light" tt="none" miw="max-content">
          {t('proposals.due.today')}
        </Badge>
      )}
      {status === 'soon' && (
        <Badge size="sm" color={DUE_COLORS.soon} variant="light" tt="none" miw="max-content">
          {t('proposals.due.daysLeft', { count: days })}
        </Badge>
      )}
    </Stack>
  );
}
