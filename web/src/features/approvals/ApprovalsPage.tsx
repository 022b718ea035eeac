import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { unitName } from '../../ui/unitName';
import { useUrlState } from '../../ui/useUrlState';
import { viewerTimeZone } from '../calendar/events';
import { formatWhen } from '../engagements/display';
import { KIND_COLORS, STATE_COLORS, useEngagementLabels } from '../engagements/labels';
import type { ApprovalItem, EngagementCan } from '../engagements/types';
import { useUnitTree } from '../units/api';
import { useApprovals } from './api';
import { DecisionModal, type Decision } from './DecisionModal';
import { daysLate, DUE_COLORS, dueStatus } from './due';

const DECISIONS: { action: Decision; color: string; variant: 'filled' | 'light' }[] = [
  { action: 'approve', color: 'green', variant: 'filled' },
  { action: 'return', color: 'orange', variant: 'light' },
  { action: 'reject', color: 'red', variant: 'light' },
];

/** The queue may answer the full `can`; without it every decision is offered (the queue only lists what the user may decide). */
const may = (item: ApprovalItem, action: Decision) => (item.can as Partial<EngagementCan>)[action] !== false;

export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const labels = useEngagementLabels();
  const [u, setU] = useUrlState(['page', 'limit'] as const);
  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const q = useApprovals(page, limit);
  const units = useUnitTree();
  const unitById = useMemo(() => new Map((units.data ?? []).map((x) => [x.id, x])), [units.data]);
  const [target, setTarget] = useState<{ id: string; title: string; action: Decision } | null>(null);
  const now = new Date();
  const items = q.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('approvals.title')}
        description={t('approvals.intro')}
        actions={
          <Button component={Link} to="/approvals/settings" variant="default" leftSection={<IconSettings size={16} aria-hidden />}>
            {t('approvals.settings.title')}
          </Button>
        }
      />
      <Paper withBorder>
        {q.isError ? (
          <ErrorAlert error={q.error} />
        ) : (
          <DataTable
            minWidth={960}
            verticalSpacing="sm"
            highlightOnHover
            caption={t('approvals.caption')}
            columns={[
              t('approvals.columns.engagement'),
              t('approvals.columns.when'),
              t('approvals.columns.ownerUnit'),
              t('approvals.columns.submitted'),
              t('approvals.columns.due'),
              t('common.actions'),
            ]}
          >
            <TableStatusRows loading={q.isPending} empty={items.length === 0} colSpan={6} emptyText={t('approvals.empty')} />
            {items.map((item) => {
              const status = dueStatus(item.decisionDueAt, now, item.overdue);
              return (
                <Table.Tr key={item.id} bg={status === 'overdue' ? 'red.0' : undefined}>
                  <Table.Td miw={220} maw={360}>
                    <Stack gap={4}>
                      <Anchor component={Link} to={`/engagements/${encodeURIComponent(item.id)}`} fw={600} size="sm">
                        {item.title}
                      </Anchor>
                      <Group gap={4}>
                        <Badge size="sm" variant="light" color={KIND_COLORS[item.kind] ?? 'gray'} tt="none" miw="max-content">
                          {labels.kind(item.kind)}
                        </Badge>
                        <Badge size="sm" variant="dot" color={STATE_COLORS[item.state] ?? 'gray'} tt="none" miw="max-content">
                          {labels.state(item.state)}
                        </Badge>
                      </Group>
                    </Stack>
                  </Table.Td>
                  <Table.Td miw={150}>
                    <Text size="sm">{formatWhen(item, i18n.language, item.allDay ? undefined : viewerTimeZone())}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{unitName(unitById.get(item.ownerUnitId), i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(item.submittedAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td miw={150}>
                    {item.decisionDueAt ? (
                      <Stack gap={2}>
                        <Text size="sm" c={status === 'overdue' ? 'red.8' : undefined} fw={status === 'overdue' ? 600 : undefined}>
                          {formatDateTime(item.decisionDueAt, i18n.language)}
                        </Text>
                        {status === 'overdue' && (
                          <Badge size="sm" color={DUE_COLORS.overdue} variant="filled" tt="none" miw="max-content">
                            {daysLate(item.decisionDueAt, now) > 0
                              ? t('approvals.overdueDays', { count: daysLate(item.decisionDueAt, now) })
                              : t('approvals.overdue')}
                          </Badge>
                        )}
                        {status === 'soon' && (
                          <Badge size="sm" color={DUE_COLORS.soon} variant="light" tt="none" miw="max-content">
                            {t('approvals.dueSoon')}
                          </Badge>
                        )}
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('approvals.noDue')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td miw={150}>
                    <Stack gap={6} align="stretch">
                      {DECISIONS.filter((d) => may(item, d.action)).map((d) => (
                        <Button
                          key={d.action}
                          size="compact-sm"
                          fullWidth
                          color={d.color}
                          variant={d.variant}
                          aria-label={`${labels.action(d.action)}: ${item.title}`}
                          onClick={() => setTarget({ id: item.id, title: item.title, action: d.action })}
                        >
                          {labels.action(d.action)}
                        </Button>
                      ))}
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
        )}
      </Paper>
      {q.data && q.data.total > 0 && (
        <Pager page={page} limit={limit} total={q.data.total} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />
      )}
      <DecisionModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
