import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { unitName } from '../../ui/unitName';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { useTasks } from './api';
import { ProgressView } from './ProgressView';

/** Tasks my unit assigned that are overdue (GET /tasks?assignedBy=<my unit>&overdue=true). */
export function OverdueTasksPage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const [u, setU] = useUrlState(['page', 'limit'] as const);
  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const unitId = me?.user.unitId;
  const list = useTasks({ assignedBy: unitId, overdue: 'true', page, limit, sort: 'dueOn' }, !!unitId);
  const items = list.data?.items ?? [];
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/tasks', label: t('tasks.board.title') }]} />
      <PageHeader title={t('tasks.overdue.title')} description={t('tasks.overdue.intro')} />
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <DataTable
            caption={t('tasks.overdue.title')}
            columns={[t('tasks.fields.title'), t('tasks.fields.directive'), t('tasks.fields.leadUnit'), t('tasks.fields.dueOn'), t('tasks.fields.progress')]}
            minWidth={900}
          >
            <TableStatusRows loading={list.isPending} empty={items.length === 0} colSpan={5} emptyText={t('tasks.overdue.none')} />
            {items.map((x) => (
              <Table.Tr key={x.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/tasks/${x.id}`}>
                    {x.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{x.directive && <Anchor component={Link} to={`/directives/${x.directive.id}`}>{x.directive.code}</Anchor>}</Table.Td>
                <Table.Td>{unitName(x.leadUnit, i18n.language)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c="red" fw={600}>
                    {formatDate(x.dueOn, i18n.language)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ProgressView percent={x.percent} status={x.effectiveStatus} overdue size="sm" label={t('tasks.progressOf', { title: x.title })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Paper>
      {list.data && <Pager page={page} limit={limit} total={list.data.total} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />}
    </>
  );
}
