import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffRows, showValue } from './diff';

export function DiffView({ diff }: { diff: unknown }) {
  const { t } = useTranslation();
  if (diff === null || diff === undefined || (typeof diff === 'object' && Object.keys(diff).length === 0)) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  const rows = diffRows(diff);
  if (!rows) return <Code block>{JSON.stringify(diff, null, 2)}</Code>;
  return (
    <Table withTableBorder withColumnBorders fz="xs" maw={760}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.field')}</Table.Th>
          <Table.Th scope="col">{t('audit.before')}</Table.Th>
          <Table.Th scope="col">{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.field}>
            <Table.Th scope="row" fw={500}>
              {r.field}
            </Table.Th>
            <Table.Td c="red.8" style={{ wordBreak: 'break-word' }}>
              {showValue(r.before)}
            </Table.Td>
            <Table.Td c="green.8" style={{ wordBreak: 'break-word' }}>
              {showValue(r.after)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
