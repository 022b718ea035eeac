import { Badge, Group, Select, SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../ui/unitName';
import { useUnitTree } from '../units/api';
import type { FilterKey, PartnerFilters } from './filters';
import { FACET_LABELS, useLabels } from './labels';
import { useCooperationFields, useCountries, useRefNames, useRelationshipGroups } from './referenceData';
import { foldFilter } from './selects';
import { FACETS, type FacetName, type Facets } from './types';

interface Props {
  filters: PartnerFilters;
  facets: Facets | undefined;
  onChange: (key: FilterKey, value: string | null) => void;
}

/** One select per facet; each option shows how many partners it would list. */
export function FacetFilters({ filters, facets, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const countries = useCountries();
  const groups = useRefNames(useRelationshipGroups().data);
  const fields = useRefNames(useCooperationFields().data);
  const units = useUnitTree();

  const labelOf = useMemo(() => {
    const unitById = new Map((units.data ?? []).map((u) => [u.id, u]));
    const fns: Record<FacetName, (v: string) => string> = {
      type: labels.type,
      countryCode: countries.name,
      groupId: groups.name,
      fieldId: fields.name,
      priority: labels.priority,
      status: labels.status,
      unitId: (v) => unitName(unitById.get(v), i18n.language) || v,
      tag: (v) => v,
    };
    return fns;
  }, [labels, countries, groups, fields, units.data, i18n.language]);

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
      {FACETS.map((facet) => {
        const counts = facets?.[facet] ?? [];
        const selected = filters[facet] ?? '';
        const data = counts.map((c) => ({ value: String(c.value), label: labelOf[facet](String(c.value)), count: c.count }));
        // The selected value stays choosable even when it no longer counts anything.
        if (selected && !data.some((d) => d.value === selected)) data.unshift({ value: selected, label: labelOf[facet](selected), count: 0 });
        const countOf = new Map(data.map((d) => [d.value, d.count]));
        return (
          <Select
            key={facet}
            label={t(FACET_LABELS[facet])}
            placeholder={t('common.all')}
            data={data.map(({ value, label }) => ({ value, label }))}
            value={selected || null}
            onChange={(v) => onChange(facet, v)}
            clearable
            searchable={data.length > 8}
            filter={foldFilter}
            nothingFoundMessage={t('common.noResults')}
            renderOption={({ option }) => (
              <Group justify="space-between" wrap="nowrap" w="100%" gap="xs">
                <span>{option.label}</span>
                <Badge size="sm" variant="light" color="gray" aria-label={t('partners.list.facetCount', { count: countOf.get(option.value) ?? 0 })}>
                  {countOf.get(option.value) ?? 0}
                </Badge>
              </Group>
            )}
          />
        );
      })}
    </SimpleGrid>
  );
}
