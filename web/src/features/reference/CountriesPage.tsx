import { Paper, Select, SimpleGrid, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorText } from '../../ui/ErrorAlert';
import { FiltersPanel } from '../../ui/FiltersPanel';
import { Pager } from '../../ui/Pager';
import { SearchInput } from '../../ui/SearchInput';
import { useUrlState } from '../../ui/useUrlState';
import { WorldMap } from '../../ui/WorldMap';
import { fetchCountry, localName, useCountries, useCountryOptions, useReferenceList, type Country } from './api';
import { CountriesTable } from './CountriesTable';
import { CountryFormModal } from './CountryFormModal';
import { REGIONS } from './regions';

const FILTER_KEYS = ['page', 'limit', 'q', 'region', 'groupId', 'sort'] as const;

/** Countries and territories: server-side search and paging, overrides and groups, and the groups on a map. */
export function CountriesPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [f, setF] = useUrlState(FILTER_KEYS);
  const [search, setSearch] = useState(f.q);
  const [debounced] = useDebouncedValue(search, 300);
  const [editing, setEditing] = useState<Country | null>(null);
  const groups = useReferenceList('groups');
  const options = useCountryOptions();

  useEffect(() => {
    if (debounced !== f.q) setF({ q: debounced });
  }, [debounced, f.q, setF]);

  const page = Number(f.page) || 1;
  const limit = Number(f.limit) || 20;
  const sort = f.sort || (i18n.language === 'vi' ? 'nameVi' : i18n.language === 'fr' ? 'nameFr' : 'nameEn');
  const list = useCountries({ page, limit, q: f.q, region: f.region, groupId: f.groupId, sort });

  // The map shows the countries of the chosen group, or of any group.
  const values = useMemo(() => {
    const v: Record<string, number> = {};
    for (const c of options.data ?? []) {
      if (c.relationshipGroupId && (!f.groupId || c.relationshipGroupId === f.groupId)) v[c.code] = 1;
    }
    return v;
  }, [options.data, f.groupId]);
  const names = useMemo(() => new Map((options.data ?? []).map((c) => [c.code, localName(c, i18n.language)])), [options.data, i18n.language]);

  // Choosing a country on the map opens it for editing.
  const openCountry = (code: string | null) => {
    if (!code) return setEditing(null);
    fetchCountry(code).then(
      (c) => (c.can.update ? setEditing(c) : undefined),
      (e: unknown) => notifications.show({ color: 'red', message: errorText(e) }),
    );
  };

  const regionOptions = Object.entries(REGIONS).map(([value, key]) => ({ value, label: t(key) }));
  const groupOptions = (groups.data ?? []).map((g) => ({ value: g.id, label: localName(g, i18n.language) }));

  return (
    <>
      <Paper withBorder p="md" mb="md" component="section" aria-labelledby="reference-map-title">
        <Text id="reference-map-title" fw={600} size="sm" component="h2" mt={0} mb="xs">
          {t('reference.mapTitle')}
        </Text>
        {options.isError ? (
          <ErrorAlert error={options.error} />
        ) : (
          <WorldMap
            values={values}
            selected={editing?.code ?? null}
            onSelect={openCountry}
            countryName={(code) => names.get(code) ?? code}
            height={360}
            label={t('reference.mapLabel')}
          />
        )}
      </Paper>
      <FiltersPanel>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SearchInput
            placeholder={t('reference.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <Select label={t('reference.region')} placeholder={t('common.all')} data={regionOptions} clearable value={f.region || null} onChange={(v) => setF({ region: v })} />
          <Select label={t('reference.group')} placeholder={t('common.all')} data={groupOptions} clearable value={f.groupId || null} onChange={(v) => setF({ groupId: v })} />
        </SimpleGrid>
      </FiltersPanel>
      <Paper withBorder>
        {list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <CountriesTable
            items={list.data?.items ?? []}
            groups={groups.data ?? []}
            loading={list.isPending}
            sort={sort}
            onSort={(s) => setF({ sort: s })}
            onEdit={setEditing}
          />
        )}
      </Paper>
      {list.data && <Pager page={page} limit={limit} total={list.data.total} onPage={(p) => setF({ page: p }, false)} onLimit={(l) => setF({ limit: l })} />}
      {editing && <CountryFormModal key={editing.code} country={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
