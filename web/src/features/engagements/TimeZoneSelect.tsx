import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../ui/unitName';
import { offsetLabel, timeZoneNames, zoneAliases } from './time';

/** IANA time zones with their current UTC offset; typing "saigon", "paris" or "+07" finds them. */
export function TimeZoneSelect({ value, ...props }: Omit<SelectProps, 'data'> & { value: string | null }) {
  const { t } = useTranslation();
  const { data, searchText } = useMemo(() => {
    const now = Date.now();
    const data = timeZoneNames(value ? [value] : []).map((tz) => ({ value: tz, label: `${tz.replace(/_/g, ' ')} (${offsetLabel(tz, now)})` }));
    const searchText = new Map(data.map((d) => [d.value, foldText([d.label, ...zoneAliases(d.value)].join(' ')).replace(/[_−]/g, (c) => (c === '_' ? ' ' : '-'))]));
    return { data, searchText };
  }, [value]);
  return (
    <Select
      searchable
      allowDeselect={false}
      limit={600}
      data={data}
      value={value}
      nothingFoundMessage={t('common.noResults')}
      filter={({ options, search }) => {
        const q = foldText(search.trim()).replace(/[\s_]+/g, ' ');
        return q ? options.filter((o) => 'value' in o && (searchText.get(o.value) ?? '').includes(q)) : options;
      }}
      {...props}
    />
  );
}
