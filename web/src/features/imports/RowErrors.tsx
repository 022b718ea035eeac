import { List } from '@mantine/core';
import type { RowError } from './api';
import { useImportLabels } from './labels';

/** What is wrong with a row of the file, field by field (the preview shows it red). */
export function RowErrors({ errors, color }: { errors: RowError[]; color?: string }) {
  const labels = useImportLabels();
  return (
    <List size="sm" c={color} spacing={2}>
      {errors.map((e, k) => (
        <List.Item key={k}>
          <b>{labels.field(e.field)}</b>: {e.message}
        </List.Item>
      ))}
    </List>
  );
}
