import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { DetailField } from '../../ui/DetailField';
import { formatDate } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { unitName } from '../../ui/unitName';
import { useState } from 'react';
import { useTasks } from './api';
import { useTaskLabels } from './labels';
import { ProgressView } from './ProgressView';
import type { Task } from './types';

/** Sub-tasks of the task (any directive: the units' plans), paginated on the server. */
function Children({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useTasks({ parentTaskId: task.id, page, limit: 10, sort: 'number' });
  const items = list.data?.items ?? [];
  return (
    <>
      <DataTable caption={t('tasks.detail.children')} columns={[t('tasks.fields.title'), t('tasks.fields.leadUnit'), t('tasks.fields.dueOn'), t('tasks.fields.progress')]} minWidth={700}>
        <TableStatusRows loading={list.isPending} empty={items.length === 0} colSpan={4} emptyText={t('tasks.detail.noChildren')} />
        {items.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Anchor component={Link} to={`/tasks/${c.id}`}>
                {[c.number, c.title].filter(Boolean).join('. ')}
              </Anchor>
              {c.directive && c.directive.id !== task.directiveId && (
                <Text size="xs" c="dimmed">
                  {c.directive.code}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{unitName(c.leadUnit, i18n.language)}</Table.Td>
            <Table.Td>{formatDate(c.dueOn, i18n.language)}</Table.Td>
            <Table.Td>
              <ProgressView percent={c.percent} status={c.effectiveStatus} overdue={c.overdue} size="sm" label={t('tasks.progressOf', { title: c.title })} />
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {list.data && list.data.total > 10 && <Pager page={page} limit={10} total={list.data.total} onPage={setPage} />}
    </>
  );
}

export function TaskOverview({ task: x }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const labels = useTaskLabels();
  const lang = i18n.language;
  const none = t('tasks.detail.none');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <DetailField label={t('tasks.fields.directive')} none={none}>
          {x.directive && (
            <Anchor component={Link} to={`/directives/${x.directive.id}`} size="sm">
              {x.directive.code} — {x.directive.title}
            </Anchor>
          )}
        </DetailField>
        <DetailField label={t('tasks.fields.group')} none={none}>
          {x.group && <Text size="sm">{[x.group.number, x.group.title].filter(Boolean).join('. ')}</Text>}
        </DetailField>
        <DetailField label={t('tasks.fields.parent')} none={none}>
          {x.parent && (
            <Anchor component={Link} to={`/tasks/${x.parent.id}`} size="sm">
              {x.parent.directiveCode ? `${x.parent.directiveCode} — ` : ''}
              {x.parent.title}
            </Anchor>
          )}
        </DetailField>
        <DetailField label={t('tasks.fields.leadUnit')} none={none}>
          <Text size="sm">{unitName(x.leadUnit, lang)}</Text>
        </DetailField>
        <DetailField label={t('tasks.fields.supportingUnits')} none={none}>
          {x.supportingUnits.length > 0 && <Text size="sm">{x.supportingUnits.map((u) => unitName(u, lang)).join(', ')}</Text>}
        </DetailField>
        <DetailField label={t('tasks.fields.assignedBy')} none={none}>
          <Text size="sm">{unitName(x.ownerUnit, lang)}</Text>
        </DetailField>
        <DetailField label={t('tasks.fields.startOn')} none={none}>
          {x.startOn && <Text size="sm">{formatDate(x.startOn, lang)}</Text>}
        </DetailField>
        <DetailField label={t('tasks.fields.dueOn')} none={none}>
          {x.dueOn && (
            <Text size="sm" c={x.overdue ? 'red' : undefined} fw={x.overdue ? 600 : undefined}>
              {formatDate(x.dueOn, lang)}
            </Text>
          )}
        </DetailField>
        <DetailField label={t('tasks.fields.cadence')} none={none}>
          <Text size="sm">
            {labels.cadence(x.cadence)} · {labels.recurrence(x.recurrence)} · {t('tasks.detail.weight', { n: x.weight })}
          </Text>
        </DetailField>
      </SimpleGrid>
      {x.description && (
        <DetailField label={t('tasks.fields.description')} none={none}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {x.description}
          </Text>
        </DetailField>
      )}
      <Title order={2} fz="lg">
        {t('tasks.fields.indicators')}
      </Title>
      <DataTable caption={t('tasks.fields.indicators')} columns={[t('tasks.fields.indicatorName'), t('tasks.fields.baseline'), t('tasks.fields.target'), t('tasks.fields.latest')]}>
        <TableStatusRows loading={false} empty={x.indicators.length === 0} colSpan={4} emptyText={t('tasks.form.noIndicators')} />
        {x.indicators.map((i) => (
          <Table.Tr key={i.id}>
            <Table.Td>
              {i.name} {i.unitOfMeasure && <Text span c="dimmed" size="sm">({i.unitOfMeasure})</Text>}
            </Table.Td>
            <Table.Td>{i.baseline ?? '—'}</Table.Td>
            <Table.Td>{i.target ?? '—'}</Table.Td>
            <Table.Td fw={600}>{i.latest ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      <Title order={2} fz="lg">
        {t('tasks.fields.links')}
      </Title>
      {x.links.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.form.noLinks')}
        </Text>
      ) : (
        <Group gap="xs">
          {x.links.map((l) => (
            <Badge key={`${l.entity}:${l.recordId}`} variant="light" tt="none" component={Link} to={`/${l.entity === 'partner' ? 'partners' : 'engagements'}/${l.recordId}`} style={{ cursor: 'pointer' }}>
              {l.entity === 'partner' ? t('tasks.form.partnerLink', { name: l.label }) : t('tasks.form.engagementLink', { name: l.label })}
            </Badge>
          ))}
        </Group>
      )}
      <Title order={2} fz="lg">
        {t('tasks.detail.plans')}
      </Title>
      {x.plans.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tasks.detail.noPlans')}
        </Text>
      ) : (
        <Stack gap={4}>
          {x.plans.map((p) => (
            <Anchor key={p.id} component={Link} to={`/directives/${p.id}`} size="sm">
              {p.code} — {p.title} ({unitName(p.ownerUnit, lang)})
            </Anchor>
          ))}
        </Stack>
      )}
      <Title order={2} fz="lg">
        {t('tasks.detail.children')}
      </Title>
      <Children task={x} />
    </Stack>
  );
}
