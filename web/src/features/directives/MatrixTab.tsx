import { Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { statusColor, useTaskLabels } from '../tasks/labels';
import { useMatrix } from './api';
import { cellKey, matrixColumns } from './matrix';

/** Units (rows) × task groups (columns); each cell coloured by the combined status, with its percent. */
export function MatrixTab({ directiveId }: { directiveId: string }) {
  const { t, i18n } = useTranslation();
  const labels = useTaskLabels();
  const matrix = useMatrix(directiveId);
  if (matrix.isError) return <ErrorAlert error={matrix.error} />;
  if (!matrix.data) return <Spinner small />;
  const m = matrix.data;
  if (m.units.length === 0) return <Text c="dimmed">{t('directives.matrix.empty')}</Text>;
  const columns = matrixColumns(m, t('directives.tree.ungrouped'));
  const cells = new Map(m.cells.map((c) => [cellKey(c.unitId, c.groupId), c]));
  return (
    <Table.ScrollContainer minWidth={200 + columns.length * 120}>
      <Table withColumnBorders withTableBorder>
        <VisuallyHidden component="caption">{t('directives.tabs.matrix')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directives.matrix.unit')}</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.id ?? 'none'} scope="col" ta="center">
                <Tooltip label={c.title} disabled={!c.number}>
                  <span>{c.number || c.title}</span>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {m.units.map((u) => (
            <Table.Tr key={u.id}>
              <Table.Th scope="row">{unitName(u, i18n.language)}</Table.Th>
              {columns.map((col) => {
                const c = cells.get(cellKey(u.id, col.id));
                if (!c) return <Table.Td key={col.id ?? 'none'} />;
                const color = statusColor(c.status);
                return (
                  <Table.Td key={col.id ?? 'none'} ta="center" bg={`var(--mantine-color-${color}-1)`} style={{ borderLeft: `4px solid var(--mantine-color-${color}-6)` }}>
                    <Text fw={700} size="sm">
                      {c.percent}%
                    </Text>
                    <Text size="xs">{labels.status(c.status)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('directives.matrix.tasks', { count: c.tasks })}
                      {c.late > 0 && ` · ${t('directives.matrix.late', { count: c.late })}`}
                    </Text>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
