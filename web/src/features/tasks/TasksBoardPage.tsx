import { Badge, Button, Group, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlarm } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { useMe } from '../auth/api';
import { useBoard } from './api';
import { statusColor, useTaskLabels } from './labels';
import { TaskCard } from './TaskCard';

/** "My unit's tasks": five columns by effective status (GET /tasks/board), the soonest due first. */
export function TasksBoardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const board = useBoard();
  const labels = useTaskLabels();
  return (
    <>
      <PageHeader
        title={t('tasks.board.title')}
        description={me?.user.unit ? t('tasks.board.intro', { unit: unitName(me.user.unit, i18n.language) }) : undefined}
        actions={
          <Button component={Link} to="/tasks/overdue" variant="default" leftSection={<IconAlarm size={16} aria-hidden />}>
            {t('tasks.overdue.title')}
          </Button>
        }
      />
      {board.isError ? (
        <ErrorAlert error={board.error} />
      ) : !board.data ? (
        <Spinner />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
          {board.data.map((col) => (
            <Paper key={col.status} withBorder p="xs" component="section" aria-labelledby={`col-${col.status}`} bg="var(--mantine-color-gray-0)">
              <Group justify="space-between" mb="xs">
                <Title order={2} fz="md" id={`col-${col.status}`}>
                  {labels.status(col.status)}
                </Title>
                <Badge color={statusColor(col.status)} variant="light" aria-label={t('tasks.board.count', { count: col.total })}>
                  {col.total}
                </Badge>
              </Group>
              <ScrollArea.Autosize mah={640}>
                <Stack gap="xs" component="ul" p={0} m={0}>
                  {col.items.map((x) => (
                    <TaskCard key={x.id} task={x} />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
              {col.items.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('tasks.board.empty')}
                </Text>
              )}
              {col.total > col.items.length && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('tasks.board.more', { count: col.total - col.items.length })}
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
