import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** Shown, dimmed, when there is nothing (null, '' or an empty list) to show. */
  none: string;
  children: ReactNode;
}

/** One labelled value of a record's overview. */
export function DetailField({ label, none, children }: Props) {
  const empty = children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0);
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" mb={2}>
        {label}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}
