import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffRows, showValue } from './diff';

export function DiffView({ diff, redacted = false }: { diff: unknown; redacted?: boolean }) {
  const { t } = useTranslation();
  if (redacted) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.redacted')}
      </Text>
    );
  }
  if (diff === null || diff === undefined || (typeof diff === 'object' && Object.keys(diff).length === 0)) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  const rows = diffRows(diff);
  if (!rows) return <Code block>{JSON.stringify(diff, null, 2)}</Code>;
  // A creation has no "before" and a deletion no "after": show only the side that exists.
  const hasBefore = rows.some((r) => r.before !== undefined);
  const hasAfter = rows.some((r) => r.after !== undefined);
  return (
    <Table withTableBorder withColumnBorders fz="xs" maw={760}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('audit.field')}</Table.Th>
          {hasBefore && <Table.Th scope="col">{t('audit.before')}</Table.Th>}
          {hasAfter && <Table.Th scope="col">{t('audit.after')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.field}>
            <Table.Th scope="row" fw={500}>
              {r.field}
            </Table.Th>
            {hasBefore && (
              <Table.Td c={hasAfter ? 'red.8' : undefined} style={{ wordBreak: 'break-word' }}>
                {showValue(r.before)}
              </Table.Td>
            )}
            {hasAfter && (
              <Table.Td c={hasBefore ? 'green.8' : undefined} style={{ wordBreak: 'break-word' }}>
                {showValue(r.after)}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
