import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProposals } from '../proposals/api';
import { useTasks } from '../tasks/api';
import { Counter } from './Counter';

/** What the directives and proposals ask of the user's unit: late work it leads, overdue work it assigned, overdue proposals it handles. */
export function WorkCounters({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const late = useTasks({ mine: 'true', status: 'late', page: 1, limit: 1 });
  const assigned = useTasks({ assignedBy: unitId, overdue: 'true', page: 1, limit: 1 });
  const proposals = useProposals({ box: 'inbox', overdue: 'true', page: 1, limit: 1, sort: 'dueOn' });
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
      <Counter label={t('home.work.lateTasks')} value={late.data?.total} loading={late.isPending && !late.isError} link={{ to: '/tasks', label: t('home.work.openBoard') }} color="red.8" />
      <Counter
        label={t('home.work.assignedOverdue')}
        value={assigned.data?.total}
        loading={assigned.isPending && !assigned.isError}
        link={{ to: '/tasks/overdue', label: t('home.work.openOverdue') }}
        color="orange.8"
      />
      <Counter
        label={t('home.work.overdueProposals')}
        value={proposals.data?.total}
        loading={proposals.isPending && !proposals.isError}
        link={{ to: '/proposals?box=inbox&overdue=true', label: t('home.work.openInbox') }}
        color="orange.8"
      />
    </SimpleGrid>
  );
}
