import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../ui/unitName';
import { useMe } from '../auth/api';
import { useUserSearch } from './api';

export interface KnownUser {
  id: string;
  name: string;
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> & {
  value: string | null;
  onChange: (id: string | null, name: string) => void;
  /** Users the page already knows (participants, the current owner): always offered. */
  known?: KnownUser[];
};

/**
 * An internal user, searched in the colleague directory (`GET /users/directory?q=`: active users of
 * every unit); the user themself and the users already named on the record are always offered.
 */
export function PersonSelect({ value, onChange, known = [], description, ...props }: Props) {
  const { t } = useTranslation();
  const me = useMe().data;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useUserSearch(q);
  const byId = useMemo(() => {
    const m = new Map<string, string>();
    if (me) m.set(me.user.id, me.user.displayName);
    for (const k of known) if (k.id && k.name) m.set(k.id, k.name);
    for (const u of found.data?.items ?? []) m.set(u.id, u.displayName);
    return m;
  }, [me, known, found.data]);
  const data = [...byId.entries()].map(([id, name]) => ({
    value: id,
    label: id === me?.user.id ? t('engagements.people.me', { name }) : name,
  }));
  return (
    <Select
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // Server results are already matched; the known ones are matched here too, without diacritics.
      filter={({ options, search: s }) => options.filter((o) => 'label' in o && (found.data?.items.some((u) => u.id === o.value) || foldText(o.label).includes(foldText(s.trim()))))}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.noResults')}
      rightSection={found.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      description={description}
      onChange={(id) => onChange(id, id ? (byId.get(id) ?? '') : '')}
      {...props}
    />
  );
}
