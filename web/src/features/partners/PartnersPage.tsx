import { Button, Collapse, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustments, IconCopy, IconDownload, IconMap, IconPlus, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ClearFiltersButton, FiltersPanel } from '../../ui/FiltersPanel';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { SearchInput, useUrlSearch } from '../../ui/SearchInput';
import { useUrlState } from '../../ui/useUrlState';
import { usePartnerFacets, usePartners } from './api';
import { FacetFilters } from './FacetFilters';
import { countFacetFilters, exportHref, filtersPatch, filtersToSearch, LIST_KEYS, pickFilters, type FilterKey } from './filters';
import { PartnerMap } from './PartnerMap';
import { PartnersTable } from './PartnersTable';
import { useCountries } from './referenceData';
import { SavedFiltersMenu } from './SavedFiltersMenu';
import { useMe } from '../auth/api';

export function PartnersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [u, setU] = useUrlState(LIST_KEYS);
  // Stable while the URL's filters are unchanged (query keys, effects).
  const filterKey = filtersToSearch(pickFilters(u));
  const filters = useMemo(() => pickFilters(Object.fromEntries(new URLSearchParams(filterKey))), [filterKey]);
  const [search, setSearch] = useUrlSearch(u.q, (q) => setU({ q }));
  // On a phone the map and the eight facets start folded; the user's toggle wins.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [mapPref, setMapPref] = useState<boolean | null>(null);
  const [facetsPref, setFacetsPref] = useState<boolean | null>(null);
  const showMap = mapPref ?? wide;
  const showFacets = facetsPref ?? wide;
  const countries = useCountries();

  const page = Number(u.page) || 1;
  const limit = Number(u.limit) || 20;
  // With a search, results come by relevance unless a column is chosen.
  const sort = u.sort || (filters.q ? '' : 'name');
  const list = usePartners({ ...filters, page, limit, sort: sort || undefined });
  const facets = usePartnerFacets(filters);

  const mapValues = useMemo(
    () => Object.fromEntries((facets.data?.countryCode ?? []).map((c) => [String(c.value), c.count])),
    [facets.data],
  );
  const setFilter = (key: FilterKey, value: string | null) => setU({ [key]: value });
  const facetCount = countFacetFilters(filters);

  return (
    <>
      <PageHeader
        title={t('partners.title')}
        description={t('partners.intro')}
        actions={
          <>
            {me.data?.can.createPartners && (
              <Button component={Link} to="/partners/import" variant="default" leftSection={<IconUpload size={16} aria-hidden />}>
                {t('imports.title')}
              </Button>
            )}
            <Button component={Link} to="/partners/duplicates" variant="default" leftSection={<IconCopy size={16} aria-hidden />}>
              {t('partners.duplicates.title')}
            </Button>
            <Menu position="bottom-end" shadow="md">
              <Menu.Target>
                <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
                  {t('partners.list.export')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component="a" href={exportHref('csv', filters)} download>
                  {t('partners.list.exportCsv')}
                </Menu.Item>
                <Menu.Item component="a" href={exportHref('xlsx', filters)} download>
                  {t('partners.list.exportXlsx')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            {me.data?.can.createPartners && (
              <Button component={Link} to="/partners/new" leftSection={<IconPlus size={18} aria-hidden />}>
                {t('partners.new')}
              </Button>
            )}
          </>
        }
      />
      <FiltersPanel>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <SearchInput
              placeholder={t('partners.list.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 240 }}
            />
            <SavedFiltersMenu current={filters} onApply={(f) => setU({ ...filtersPatch(f), sort: null })} />
            <Button
              hiddenFrom="sm"
              variant="default"
              leftSection={<IconAdjustments size={16} aria-hidden />}
              onClick={() => setFacetsPref(!showFacets)}
              aria-expanded={showFacets}
            >
              {t('common.filters')}
              {facetCount > 0 ? ` (${facetCount})` : ''}
            </Button>
            <ClearFiltersButton label={t('partners.list.clearFilters')} disabled={facetCount === 0 && !filters.q} onClick={() => setU(filtersPatch({}))} />
          </Group>
          <Collapse expanded={showFacets}>
            <FacetFilters filters={filters} facets={facets.data} onChange={setFilter} />
          </Collapse>
          {facets.isError && <ErrorAlert error={facets.error} />}
        </Stack>
      </FiltersPanel>
      <Paper withBorder p="sm" mb="md" component="section" aria-label={t('partners.list.map')}>
        <Group justify="space-between" mb={showMap ? 'xs' : 0}>
          <Text fw={600} size="sm">
            {t('partners.list.map')}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconMap size={16} aria-hidden />}
            onClick={() => setMapPref(!showMap)}
            aria-expanded={showMap}
          >
            {showMap ? t('partners.list.hideMap') : t('partners.list.showMap')}
          </Button>
        </Group>
        <Collapse expanded={showMap}>
          {showMap && (
            <PartnerMap
              values={mapValues}
              selected={filters.countryCode ?? null}
              onSelect={(code) => setFilter('countryCode', code)}
              countryName={(code) => countries.name(code)}
              label={t('partners.list.mapLabel')}
            />
          )}
        </Collapse>
      </Paper>
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <PartnersTable
            items={list.data?.items ?? []}
            loading={list.isPending}
            sort={sort}
            onSort={(s) => setU({ sort: s })}
            countryName={countries.name}
          />
        )}
      </Paper>
      {list.data && (
        <Pager page={page} limit={limit} total={list.data.total} capped={list.data.totalCapped} onPage={(p) => setU({ page: p }, false)} onLimit={(l) => setU({ limit: l })} />
      )}
    </>
  );
}
