import { Badge, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColor, useTaskLabels } from './labels';

interface Props {
  percent: number;
  status: string;
  /** What the bar measures, for screen readers ("Progress of …"). */
  label: string;
  overdue?: boolean;
  size?: 'sm' | 'md' | 'lg';
  w?: number | string;
}

/** A percent bar with the status badge beside it (and "overdue" when it is). */
export function ProgressView({ percent, status, label, overdue, size = 'md', w }: Props) {
  const { t } = useTranslation();
  const labels = useTaskLabels();
  const color = statusColor(status);
  return (
    <Group gap="xs" wrap="nowrap" w={w}>
      <Progress
        value={percent}
        color={color}
        size={size}
        style={{ flex: 1, minWidth: 60 }}
        aria-label={label}
      />
      <Text size="sm" fw={600} w={42} ta="right">
        {percent}%
      </Text>
      <Badge color={color} variant="light" tt="none">
        {labels.status(status)}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled" tt="none">
          {t('tasks.overdueBadge')}
        </Badge>
      )}
    </Group>
  );
}
