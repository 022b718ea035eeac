import { Table, UnstyledButton, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface Props {
  field: string;
  /** Current sort: `field` ascending or `-field` descending. */
  sort: string;
  onSort: (sort: string) => void;
  children: ReactNode;
}

/** Column header that sorts server-side; aria-sort tells assistive technology the order. */
export function SortHeader({ field, sort, onSort, children }: Props) {
  const dir = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  const Icon = dir === 'ascending' ? IconArrowUp : dir === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th scope="col" aria-sort={dir}>
      <UnstyledButton onClick={() => onSort(dir === 'ascending' ? `-${field}` : field)} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {children}
          <Icon size={14} aria-hidden style={{ opacity: dir === 'none' ? 0.4 : 1 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
