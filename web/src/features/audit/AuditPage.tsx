import { Paper, Select, SimpleGrid } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FiltersPanel } from '../../ui/FiltersPanel';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { useOptions } from '../../ui/options';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { dayBoundary, useAudit } from './api';
import { AuditTable } from './AuditTable';
import { UserPicker } from './UserPicker';

const FILTER_KEYS = ['page', 'limit', 'userId', 'entity', 'action', 'from', 'to'] as const;
/** Entities the server records: units, users, sessions, and "system" for setup. */
export const AUDIT_ENTITIES = [
  'unit', 'user', 'session', 'api_token', 'system', 'country', 'relationship_group', 'cooperation_field',
  'partner', 'partner_note', 'partner_relationship', 'saved_filter', 'import', 'engagement', 'engagement_follow_up', 'attachment',
  'directive', 'task_group', 'task', 'task_report', 'proposal', 'proposal_group',
] as const;

export function AuditPage() {
  const { t } = useTranslation();
  const options = useOptions();
  const me = useMe().data;
  const [f, setF] = useUrlState(FILTER_KEYS);
  const page = Number(f.page) || 1;
  const limit = Number(f.limit) || 50;
  const list = useAudit({
    page,
    limit,
    userId: f.userId,
    entity: f.entity,
    action: f.action,
    from: f.from ? dayBoundary(f.from, 'start') : undefined,
    to: f.to ? dayBoundary(f.to, 'end') : undefined,
  });
  const entities = AUDIT_ENTITIES.map((value) => ({ value, label: t(`entities.${value}`) }));

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <FiltersPanel>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {/* Picking a user needs the user list, which only user managers may read. */}
          {me?.can.manageUsers && <UserPicker value={f.userId} onChange={(v) => setF({ userId: v })} />}
          <Select label={t('audit.entity')} placeholder={t('common.all')} data={entities} clearable value={f.entity || null} onChange={(v) => setF({ entity: v })} />
          <Select label={t('audit.action')} placeholder={t('common.all')} data={options.actions} clearable value={f.action || null} onChange={(v) => setF({ action: v })} />
          <DatePickerInput
            type="range"
            label={t('audit.dateRange')}
            placeholder={t('audit.anyDate')}
            leftSection={<IconCalendar size={16} aria-hidden />}
            clearable
            allowSingleDateInRange
            value={[f.from || null, f.to || null]}
            onChange={([from, to]) => {
              // Wait for both ends, or a cleared range, before filtering.
              if ((from && to) || (!from && !to)) setF({ from: from ? String(from).slice(0, 10) : null, to: to ? String(to).slice(0, 10) : null });
            }}
            valueFormat="DD/MM/YYYY"
          />
        </SimpleGrid>
      </FiltersPanel>
      <Paper withBorder>
        {list.isError ? <ErrorAlert error={list.error} /> : <AuditTable items={list.data?.items ?? []} loading={list.isPending} />}
      </Paper>
      {list.data && (
        <Pager page={page} limit={limit} total={list.data.total} onPage={(p) => setF({ page: p }, false)} onLimit={(l) => setF({ limit: l })} />
      )}
    </>
  );
}
