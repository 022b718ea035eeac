import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Spinner } from './Spinner';

interface Props {
  loading: boolean;
  empty: boolean;
  colSpan: number;
  /** What an empty table says, if not "no results". */
  emptyText?: string;
}

/** The loading and "no results" rows every server-paginated table shows. */
export function TableStatusRows({ loading, empty, colSpan, emptyText }: Props) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <Table.Tr>
        <Table.Td colSpan={colSpan}>
          <Spinner small />
        </Table.Td>
      </Table.Tr>
    );
  }
  if (!empty) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" p="md">
          {emptyText ?? t('common.noResults')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
