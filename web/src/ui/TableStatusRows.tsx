import { Center, Loader, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The loading and "no results" rows every server-paginated table shows. */
export function TableStatusRows({ loading, empty, colSpan }: { loading: boolean; empty: boolean; colSpan: number }) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <Table.Tr>
        <Table.Td colSpan={colSpan}>
          <Center p="md">
            <Loader size="sm" aria-label={t('common.loading')} />
          </Center>
        </Table.Td>
      </Table.Tr>
    );
  }
  if (!empty) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" ta="center" p="md">
          {t('common.noResults')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
