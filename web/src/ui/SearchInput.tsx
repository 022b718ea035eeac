import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A search box with a magnifier, labelled "Search" unless told otherwise. */
export function SearchInput({ label, ...props }: Omit<TextInputProps, 'leftSection' | 'type'>) {
  const { t } = useTranslation();
  return <TextInput label={label ?? t('common.search')} leftSection={<IconSearch size={16} aria-hidden />} type="search" {...props} />;
}

/**
 * The text of a list's search box. It goes to the URL's `q` (trimmed) once typing pauses, and
 * follows `q` when something else changes it (a saved filter, "clear").
 */
export function useUrlSearch(q: string, setQ: (q: string) => void) {
  const [search, setSearch] = useState(q);
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debounced.trim() !== q) setQ(debounced.trim());
  }, [debounced]);
  useEffect(() => {
    if (q !== debounced.trim()) setSearch(q);
  }, [q]);
  return [search, setSearch] as const;
}
