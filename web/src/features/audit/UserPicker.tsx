import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../users/api';

interface Props {
  value: string;
  onChange: (id: string | null) => void;
}

/** Searches users server-side as one types; keeps the chosen user's label while results change. */
export function UserPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const list = useUsers({ page: 1, limit: 20, q, sort: 'displayName' });
  const data = (list.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName} <${u.email}>` }));
  if (chosen && chosen.value === value && !data.some((d) => d.value === value)) data.unshift(chosen);
  return (
    <Select
      label={t('audit.user')}
      placeholder={t('common.all')}
      searchable
      clearable
      data={data}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={list.isFetching ? t('common.loading') : t('common.noResults')}
      onChange={(v, option) => {
        setChosen(v ? { value: v, label: option?.label ?? v } : null);
        onChange(v);
      }}
    />
  );
}
