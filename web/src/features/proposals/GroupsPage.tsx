import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { useUrlState } from '../../ui/useUrlState';
import { UnitSelect } from '../units/UnitSelect';
import { useGroups } from './api';
import { STATE_COLORS, useProposalLabels } from './labels';
import { PROPOSAL_STATES, type ProposalGroup } from './types';

/** Counts per state, as small badges (states with none are left out). */
export function StateCounts({ states }: { states: ProposalGroup['states'] }) {
  const labels = useProposalLabels();
  return (
    <Group gap={4}>
      {PROPOSAL_STATES.filter((s) => (states?.[s] ?? 0) > 0).map((s) => (
        <Badge key={s} size="sm" variant="dot" color={STATE_COLORS[s]} tt="none" miw="max-content">
          {labels.state(s)}: {states[s]}
        </Badge>
      ))}
    </Group>
  );
}

/** Groups of like proposals, answered once for all. */
export function GroupsPage() {
  const { t, i18n } = useTranslation();
  const [u, setU] = useUrlState(['page', 'limit', 'targetUnitId'] as const);
  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const q = useGroups({ page, limit, ...(u.targetUnitId ? { targetUnitId: u.targetUnitId } : {}) });
  const items = q.data?.items ?? [];
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/proposals', label: t('proposals.title') }]} current={t('proposals.groups.title')} />
      <PageHeader title={t('proposals.groups.title')} description={t('proposals.groups.intro')} />
      <Paper withBorder p="md" mb="md" component="section" aria-label={t('common.filters')}>
        <UnitSelect label={t('proposals.fields.targetUnit')} placeholder={t('common.all')} clearable value={u.targetUnitId || null} onChange={(v) => setU({ targetUnitId: v })} maw={420} />
      </Paper>
      <Paper withBorder>
        {q.isError ? (
          <ErrorAlert error={q.error} />
        ) : (
          <DataTable
            minWidth={720}
            verticalSpacing="sm"
            caption={t('proposals.groups.caption')}
            columns={[t('proposals.groups.groupTitle'), t('proposals.groups.count'), t('proposals.fields.state'), t('proposals.groups.answeredAt')]}
          >
            <TableStatusRows loading={q.isPending} empty={items.length === 0} colSpan={4} emptyText={t('proposals.groups.empty')} />
            {items.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/proposals/groups/${encodeURIComponent(g.id)}`} fw={600} size="sm">
                    {g.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{g.count}</Text>
                </Table.Td>
                <Table.Td>
                  <StateCounts states={g.states} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(g.answeredAt, i18n.language)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        )}
      </Paper>
      {q.data && <Pager page={page} limit={limit} total={q.data.total} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />}
    </>
  );
}
