import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ClearFiltersButton, FiltersPanel } from '../../ui/FiltersPanel';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SearchInput, useUrlSearch } from '../../ui/SearchInput';
import { SortHeader } from '../../ui/SortHeader';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { unitName } from '../../ui/unitName';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { todayInVietnam } from '../tasks/periods';
import { ProgressView } from '../tasks/ProgressView';
import { UnitSelect } from '../units/UnitSelect';
import { useDirectives } from './api';
import { clearPatch, countFilters, DEFAULT_SORT, LIST_KEYS, listParams, pickFilters, SORTS, yearOptions } from './filters';
import { DIRECTIVE_STATUS_COLORS, useDirectiveLabels, useDirectiveOptions } from './labels';

const SORT_LABELS: Record<(typeof SORTS)[number], string> = {
  '-issuedOn': 'directives.list.sorts.issuedDesc',
  issuedOn: 'directives.list.sorts.issuedAsc',
  code: 'directives.list.sorts.codeAsc',
  '-code': 'directives.list.sorts.codeDesc',
  title: 'directives.list.sorts.titleAsc',
  '-title': 'directives.list.sorts.titleDesc',
  '-updatedAt': 'directives.list.sorts.updatedDesc',
};

export function DirectivesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const options = useDirectiveOptions();
  const labels = useDirectiveLabels();
  const [u, setU] = useUrlState(LIST_KEYS);
  const filters = pickFilters(u);
  const [search, setSearch] = useUrlSearch(u.q, (q) => setU({ q }));
  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const sort = (SORTS as readonly string[]).includes(u.sort) ? u.sort : DEFAULT_SORT;
  const list = useDirectives(listParams(filters, page, limit, sort));
  const items = list.data?.items ?? [];
  const setSort = (s: string) => setU({ sort: s === DEFAULT_SORT ? null : s });
  // Officers, managers and admins may create (the server decides the owner unit and re-checks).
  const mayCreate = !!me?.can.createDirectives;

  return (
    <>
      <PageHeader
        title={t('directives.title')}
        description={t('directives.intro')}
        actions={
          <>
            <Button component={Link} to="/tasks" variant="default">
              {t('tasks.board.title')}
            </Button>
            {mayCreate && (
              <Button component={Link} to="/directives/new" leftSection={<IconPlus size={18} aria-hidden />}>
                {t('directives.new')}
              </Button>
            )}
          </>
        }
      />
      <FiltersPanel>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SearchInput placeholder={t('directives.list.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} style={{ flex: 1, minWidth: 240 }} />
            <Select label={t('directives.list.sort')} data={SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }))} value={sort} allowDeselect={false} onChange={(v) => v && setSort(v)} w={230} />
            <ClearFiltersButton
              label={t('directives.list.clearFilters')}
              disabled={countFilters(filters) === 0 && !filters.q}
              onClick={() => {
                setSearch('');
                setU(clearPatch());
              }}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select label={t('directives.fields.kind')} placeholder={t('common.all')} data={options.kinds} clearable value={filters.kind ?? null} onChange={(v) => setU({ kind: v })} />
            <Select label={t('directives.fields.status')} placeholder={t('common.all')} data={options.statuses} clearable value={filters.status ?? null} onChange={(v) => setU({ status: v })} />
            <UnitSelect label={t('directives.fields.ownerUnit')} placeholder={t('common.all')} clearable value={filters.unitId ?? null} onChange={(v) => setU({ unitId: v })} />
            <Select label={t('directives.list.year')} placeholder={t('common.all')} data={yearOptions(todayInVietnam())} clearable value={filters.year ?? null} onChange={(v) => setU({ year: v })} />
          </SimpleGrid>
        </Stack>
      </FiltersPanel>
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <DataTable
            caption={t('directives.title')}
            minWidth={1000}
            columns={[
              <SortHeader key="code" field="code" sort={sort} onSort={setSort}>
                {t('directives.fields.code')}
              </SortHeader>,
              <SortHeader key="title" field="title" sort={sort} onSort={setSort}>
                {t('directives.fields.title')}
              </SortHeader>,
              <SortHeader key="issuedOn" field="issuedOn" sort={sort} onSort={setSort}>
                {t('directives.fields.issuedOn')}
              </SortHeader>,
              t('directives.fields.ownerUnit'),
              { label: t('directives.fields.progress'), w: 300 },
            ]}
          >
            <TableStatusRows loading={list.isPending} empty={items.length === 0} colSpan={5} />
            {items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/directives/${d.id}`} fw={600}>
                    {d.code}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.title}</Text>
                  <Group gap={4} mt={2}>
                    <Badge size="xs" variant="light" tt="none">
                      {labels.kind(d.kind)}
                    </Badge>
                    {d.status !== 'in_force' && (
                      <Badge size="xs" variant="light" color={DIRECTIVE_STATUS_COLORS[d.status] ?? 'gray'} tt="none">
                        {labels.status(d.status)}
                      </Badge>
                    )}
                    {d.issuingBody && (
                      <Text size="xs" c="dimmed">
                        {d.issuingBody}
                      </Text>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDate(d.issuedOn, i18n.language)}</Table.Td>
                <Table.Td>{unitName(d.ownerUnit, i18n.language)}</Table.Td>
                <Table.Td>
                  <ProgressView percent={d.progress.percent} status={d.progress.status} size="sm" label={t('tasks.progressOf', { title: d.code })} />
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
