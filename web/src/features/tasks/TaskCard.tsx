import { Anchor, Badge, Group, Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../ui/format';
import { unitName } from '../../ui/unitName';
import { statusColor } from './labels';
import type { TaskItem } from './types';

/** A task on the board: title, directive, lead unit, due date (red and badged when overdue), percent. */
export function TaskCard({ task: x }: { task: TaskItem }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="xs" component="li" style={{ listStyle: 'none' }}>
      <Anchor component={Link} to={`/tasks/${x.id}`} size="sm" fw={600}>
        {x.title}
      </Anchor>
      {x.directive && (
        <Text size="xs" c="dimmed">
          {x.directive.code}
        </Text>
      )}
      <Text size="xs">{unitName(x.leadUnit, i18n.language)}</Text>
      <Group gap={6} mt={4} wrap="nowrap">
        <Progress value={x.percent} color={statusColor(x.effectiveStatus)} size="sm" style={{ flex: 1 }} aria-label={t('tasks.progressOf', { title: x.title })} />
        <Text size="xs" fw={600}>
          {x.percent}%
        </Text>
      </Group>
      <Group gap={6} mt={4}>
        {x.dueOn && (
          <Text size="xs" c={x.overdue ? 'red' : 'dimmed'}>
            {t('tasks.board.due', { date: formatDate(x.dueOn, i18n.language) })}
          </Text>
        )}
        {x.overdue && (
          <Badge size="xs" color="red" variant="filled" tt="none">
            {t('tasks.overdueBadge')}
          </Badge>
        )}
      </Group>
    </Paper>
  );
}
