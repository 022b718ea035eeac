import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnersKey, searchPartners } from './api';
import { useLabels } from './labels';
import { partnerName, partnerSecondaryName } from './names';
import { useCountries } from './referenceData';
import type { PartnerSummary } from './types';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (id: string | null, partner: PartnerSummary | null) => void;
  /** Partners that cannot be picked (the partner itself). */
  excludeIds?: string[];
};

/** Partner picker searching the server (`GET /partners?q=`), diacritic-insensitive there. */
export function PartnerSelect({ value, onChange, excludeIds, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const countries = useCountries();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // The chosen partner stays an option while the search changes.
  const chosen = useRef<PartnerSummary | null>(null);
  const q = useQuery({
    queryKey: [...partnersKey, 'pick', debounced],
    queryFn: ({ signal }) => searchPartners(debounced, signal),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
  });
  const found = useMemo(() => (debounced ? (q.data?.items ?? []) : []), [q.data, debounced]);
  const byId = useMemo(() => {
    const m = new Map<string, PartnerSummary>();
    if (chosen.current) m.set(chosen.current.id, chosen.current);
    for (const p of found) if (!excludeIds?.includes(p.id)) m.set(p.id, p);
    return m;
  }, [found, excludeIds, value]);
  const data = [...byId.values()].map((p) => ({ value: p.id, label: partnerName(p, i18n.language) }));
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched: show all it returned.
      filter={({ options }) => options}
      onChange={(id) => {
        const p = id ? (byId.get(id) ?? null) : null;
        chosen.current = p;
        onChange(id, p);
      }}
      nothingFoundMessage={debounced ? (q.isFetching ? t('common.loading') : t('common.noResults')) : t('partners.pick.typeToSearch')}
      rightSection={q.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      renderOption={({ option }) => {
        const p = byId.get(option.value);
        // Same-named partners are told apart by script, type, country and city.
        const details = p ? [partnerSecondaryName(p, i18n.language), labels.type(p.type), countries.name(p.countryCode), p.city] : [];
        return (
          <div>
            <div>{option.label}</div>
            <div style={{ fontSize: 'var(--mantine-font-size-xs)', opacity: 0.7 }}>{details.filter(Boolean).join(' · ')}</div>
          </div>
        );
      }}
      {...props}
    />
  );
}
