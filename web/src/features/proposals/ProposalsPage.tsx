import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconChartBar, IconFolders, IconPlus, IconSettings } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ClearFiltersButton, FiltersPanel } from '../../ui/FiltersPanel';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SearchInput, useUrlSearch } from '../../ui/SearchInput';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { useCooperationFields, useRefNames } from '../partners/referenceData';
import { useUnitTree } from '../units/api';
import { UnitSelect } from '../units/UnitSelect';
import { useProposals } from './api';
import { clearPatch, countFilters, DEFAULT_SORT, LIST_KEYS, listParams, pickBox, pickFilters, SORTS, type Box } from './filters';
import { GroupModal } from './GroupModal';
import { useProposalOptions } from './labels';
import { ProposalsTable } from './ProposalsTable';
import { SettingsModal } from './SettingsModal';

const SORT_LABELS: Record<(typeof SORTS)[number], string> = {
  '-submittedAt': 'proposals.list.sorts.newest',
  dueOn: 'proposals.list.sorts.dueOn',
  code: 'proposals.list.sorts.code',
  title: 'proposals.list.sorts.title',
};
const BOX_LABELS: Record<Box, string> = { inbox: 'proposals.boxes.inbox', mine: 'proposals.boxes.mine', all: 'proposals.boxes.all' };

/** Inbox (proposals sent to the user's unit), "my proposals" (sent by it) and all visible ones, as tabs of one list. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const tree = useUnitTree();
  const options = useProposalOptions();
  const fields = useRefNames(useCooperationFields().data);
  const [u, setU] = useUrlState(LIST_KEYS);
  const ownUnit = useMemo(() => (tree.data ?? []).find((x) => x.id === me.data?.user.unitId), [tree.data, me.data]);
  const box = pickBox(u.box, ownUnit?.kind);
  const filters = pickFilters(u);
  const [search, setSearch] = useUrlSearch(u.q, (q) => setU({ q }));
  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const sort = (SORTS as readonly string[]).includes(u.sort) ? u.sort : DEFAULT_SORT;
  // Wait for the unit tree: the default tab depends on the unit's kind.
  const list = useProposals(listParams(box, filters, page, limit, sort), !!me.data && !tree.isPending);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [grouping, setGrouping] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const active = countFilters(filters);
  // /me does not (yet) say who may send proposals: use its flag once it does; until then viewers never write (docs/API.md).
  const canCreate = !!me.data?.can.createProposals;
  const items = list.data?.items ?? [];
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title={t('proposals.title')}
        description={t('proposals.intro')}
        actions={
          <>
            <Button component={Link} to="/proposals/groups" variant="default" leftSection={<IconFolders size={16} aria-hidden />}>
              {t('proposals.groups.title')}
            </Button>
            <Button component={Link} to="/proposals/stats" variant="default" leftSection={<IconChartBar size={16} aria-hidden />}>
              {t('proposals.stats.title')}
            </Button>
            {ownUnit?.can.update && (
              <Button variant="default" leftSection={<IconSettings size={16} aria-hidden />} onClick={() => setSettingsOpen(true)}>
                {t('proposals.settings.title')}
              </Button>
            )}
            {canCreate && (
              <Button component={Link} to="/proposals/new" leftSection={<IconPlus size={18} aria-hidden />}>
                {t('proposals.new')}
              </Button>
            )}
          </>
        }
      />
      <Tabs
        value={box}
        onChange={(v) => {
          setSelected(new Set());
          setU({ box: v });
        }}
        mb="md"
      >
        <Tabs.List>
          {(Object.keys(BOX_LABELS) as Box[]).map((b) => (
            <Tabs.Tab key={b} value={b}>
              {t(BOX_LABELS[b])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <FiltersPanel>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SearchInput
              placeholder={t('proposals.list.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 240 }}
            />
            <Select
              label={t('proposals.list.sort')}
              data={SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))}
              value={sort}
              allowDeselect={false}
              onChange={(v) => setU({ sort: v === DEFAULT_SORT ? null : v })}
              w={220}
            />
            <ClearFiltersButton
              label={t('proposals.list.clearFilters')}
              disabled={active === 0 && !filters.q}
              onClick={() => {
                setSearch('');
                setU({ ...clearPatch() });
              }}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select label={t('proposals.fields.state')} placeholder={t('common.all')} data={options.states} clearable value={filters.state ?? null} onChange={(v) => setU({ state: v })} />
            {box !== 'mine' && (
              <UnitSelect label={t('proposals.fields.locality')} placeholder={t('common.all')} clearable value={filters.ownerUnitId ?? null} onChange={(v) => setU({ ownerUnitId: v })} />
            )}
            {box !== 'inbox' && (
              <UnitSelect label={t('proposals.fields.targetUnit')} placeholder={t('common.all')} clearable value={filters.targetUnitId ?? null} onChange={(v) => setU({ targetUnitId: v })} />
            )}
            <Select label={t('proposals.fields.topic')} placeholder={t('common.all')} data={fields.options} clearable searchable value={filters.fieldId ?? null} onChange={(v) => setU({ fieldId: v })} />
            <Select label={t('proposals.fields.urgency')} placeholder={t('common.all')} data={options.urgencies} clearable value={filters.urgency ?? null} onChange={(v) => setU({ urgency: v })} />
            <Checkbox
              label={t('proposals.list.overdueOnly')}
              checked={filters.overdue === 'true'}
              onChange={(e) => setU({ overdue: e.currentTarget.checked ? 'true' : null })}
              style={{ alignSelf: 'center' }}
            />
          </SimpleGrid>
        </Stack>
      </FiltersPanel>
      {box === 'inbox' && selected.size > 0 && (
        <Paper withBorder p="sm" mb="sm" role="region" aria-label={t('proposals.list.selection')}>
          <Group justify="space-between">
            <Text size="sm">{t('proposals.list.selected', { count: selected.size })}</Text>
            <Group gap="xs">
              <Button variant="default" onClick={() => setSelected(new Set())}>
                {t('proposals.list.clearSelection')}
              </Button>
              <Button leftSection={<IconFolders size={16} aria-hidden />} onClick={() => setGrouping(true)} disabled={selected.size < 2}>
                {t('proposals.list.groupThem')}
              </Button>
            </Group>
          </Group>
        </Paper>
      )}
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <ProposalsTable
            items={items}
            loading={list.isPending}
            unitColumn={box === 'mine' ? 'target' : 'owner'}
            selected={box === 'inbox' && items.some((p) => p.can.group) ? selected : undefined}
            onToggle={toggle}
            emptyText={box === 'inbox' ? t('proposals.list.emptyInbox') : box === 'mine' ? t('proposals.list.emptyMine') : undefined}
          />
        )}
      </Paper>
      {list.data && (
        <Pager page={page} limit={limit} total={list.data.total} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />
      )}
      {grouping && (
        <GroupModal
          proposalIds={[...selected]}
          onClose={() => setGrouping(false)}
          onDone={() => {
            setSelected(new Set());
            setGrouping(false);
          }}
        />
      )}
      {settingsOpen && ownUnit && <SettingsModal unitId={ownUnit.id} onClose={() => setSettingsOpen(false)} />}
    </>
  );
}
