import { Button, CloseButton, Group, Input, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendar, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ClearFiltersButton, FiltersPanel } from '../../ui/FiltersPanel';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SearchInput, useUrlSearch } from '../../ui/SearchInput';
import { unitName } from '../../ui/unitName';
import { useUrlState } from '../../ui/useUrlState';
import { useMe } from '../auth/api';
import { usePartner } from '../partners/api';
import { partnerName } from '../partners/names';
import { PartnerSelect } from '../partners/PartnerSelect';
import { useCountries } from '../partners/referenceData';
import { CountrySelect } from '../partners/selects';
import { useUnitTree } from '../units/api';
import { UnitSelect } from '../units/UnitSelect';
import { useEngagements } from './api';
import { EngagementsTable } from './EngagementsTable';
import { clearPatch, countFilters, DEFAULT_SORT, LIST_KEYS, listParams, pickFilters, SORTS } from './filters';
import { useEngagementOptions } from './labels';

const SORT_LABELS: Record<(typeof SORTS)[number], string> = {
  '-startsAt': 'engagements.list.sorts.startsDesc',
  startsAt: 'engagements.list.sorts.startsAsc',
  title: 'engagements.list.sorts.titleAsc',
  '-title': 'engagements.list.sorts.titleDesc',
  '-updatedAt': 'engagements.list.sorts.updatedDesc',
  updatedAt: 'engagements.list.sorts.updatedAsc',
};

/** The chosen partner's name with a clear button; the search box while none is chosen. */
function PartnerFilter({ value, onChange }: { value: string; onChange: (id: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const partner = usePartner(value || null);
  if (!value) {
    return (
      <PartnerSelect
        label={t('engagements.fields.partner')}
        placeholder={t('partners.pick.typeToSearch')}
        value={null}
        onChange={(id) => onChange(id)}
      />
    );
  }
  const name = partner.data ? partnerName(partner.data, i18n.language) : partner.isError ? value : '…';
  return (
    <Input.Wrapper label={t('engagements.fields.partner')}>
      <Input
        component="div"
        rightSectionPointerEvents="all"
        rightSection={<CloseButton size="sm" aria-label={t('engagements.list.clearPartner')} onClick={() => onChange(null)} />}
      >
        <Text size="sm" truncate lh="34px">
          {name}
        </Text>
      </Input>
    </Input.Wrapper>
  );
}

export function EngagementsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const options = useEngagementOptions();
  const countries = useCountries();
  const tree = useUnitTree();
  const [u, setU] = useUrlState(LIST_KEYS);
  const filters = pickFilters(u);
  const [search, setSearch] = useUrlSearch(u.q, (q) => setU({ q }));

  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  const sort = (SORTS as readonly string[]).includes(u.sort) ? u.sort : DEFAULT_SORT;
  const list = useEngagements(listParams(filters, page, limit, sort));
  const units = useMemo(() => new Map((tree.data ?? []).map((x) => [x.id, x])), [tree.data]);
  const sortOptions = SORTS.map((s) => ({ value: s, label: t(SORT_LABELS[s]) }));
  const day = (d: unknown) => (d ? String(d).slice(0, 10) : null);
  const active = countFilters(filters);

  return (
    <>
      <PageHeader
        title={t('engagements.title')}
        description={t('engagements.intro')}
        actions={
          <>
            <Button component={Link} to="/calendar" variant="default" leftSection={<IconCalendar size={16} aria-hidden />}>
              {t('nav.calendar')}
            </Button>
            {me.data?.can.createEngagements && (
              <Button component={Link} to="/engagements/new" leftSection={<IconPlus size={18} aria-hidden />}>
                {t('engagements.new')}
              </Button>
            )}
          </>
        }
      />
      <FiltersPanel>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SearchInput
              placeholder={t('engagements.list.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 240 }}
            />
            <Select label={t('engagements.list.sort')} data={sortOptions} value={sort} allowDeselect={false} onChange={(v) => setU({ sort: v === DEFAULT_SORT ? null : v })} w={230} />
            <ClearFiltersButton
              label={t('engagements.list.clearFilters')}
              disabled={active === 0 && !filters.q}
              onClick={() => {
                setSearch('');
                setU({ ...clearPatch() });
              }}
            />
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Select label={t('engagements.fields.kind')} placeholder={t('common.all')} data={options.kinds} clearable searchable value={filters.kind ?? null} onChange={(v) => setU({ kind: v })} />
            <Select label={t('engagements.fields.state')} placeholder={t('common.all')} data={options.states} clearable value={filters.state ?? null} onChange={(v) => setU({ state: v })} />
            <UnitSelect label={t('engagements.list.unit')} placeholder={t('common.all')} clearable value={filters.unitId ?? null} onChange={(v) => setU({ unitId: v })} />
            <CountrySelect label={t('engagements.fields.country')} placeholder={t('common.all')} value={filters.countryCode ?? null} onChange={(v) => setU({ countryCode: v })} />
            <PartnerFilter value={filters.partnerId ?? ''} onChange={(id) => setU({ partnerId: id })} />
            <DatePickerInput
              label={t('engagements.list.from')}
              placeholder={t('engagements.list.anyDate')}
              clearable
              value={filters.from ?? null}
              onChange={(d) => setU({ from: day(d) })}
              maxDate={filters.to}
            />
            <DatePickerInput
              label={t('engagements.list.to')}
              placeholder={t('engagements.list.anyDate')}
              clearable
              value={filters.to ?? null}
              onChange={(d) => setU({ to: day(d) })}
              minDate={filters.from}
            />
          </SimpleGrid>
        </Stack>
      </FiltersPanel>
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <EngagementsTable
            items={list.data?.items ?? []}
            loading={list.isPending}
            sort={sort}
            onSort={(s) => setU({ sort: s === DEFAULT_SORT ? null : s })}
            countryName={countries.name}
            unitName={(id) => unitName(units.get(id), i18n.language)}
          />
        )}
      </Paper>
      {list.data && (
        <Pager page={page} limit={limit} total={list.data.total} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />
      )}
    </>
  );
}
