import { Table, VisuallyHidden, type TableProps } from '@mantine/core';
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A plain header, one with a fixed width, or a header cell of its own (a sort header). */
export type Column = string | { label: string; w: number } | ReactElement;

interface Props extends Omit<TableProps, 'children' | 'captionSide'> {
  /** Names the table for screen readers (not shown); none where a heading just above says what it is. */
  caption?: string;
  columns: Column[];
  /** Adds a last column for the rows' buttons, its header read by screen readers only. */
  actions?: boolean;
  /** Narrower than this, the table scrolls sideways. */
  minWidth?: number;
  /** The rows. */
  children: ReactNode;
}

/** A table with a hidden caption and a header row; the body is the caller's. */
export function DataTable({ caption, columns, actions, minWidth, children, ...tableProps }: Props) {
  const { t } = useTranslation();
  const table = (
    <Table {...tableProps}>
      {caption && <VisuallyHidden component="caption">{caption}</VisuallyHidden>}
      <Table.Thead>
        <Table.Tr>
          {columns.map((c, i) =>
            typeof c === 'string' ? (
              <Table.Th key={i} scope="col">
                {c}
              </Table.Th>
            ) : 'label' in c && 'w' in c ? (
              <Table.Th key={i} scope="col" w={c.w}>
                {c.label}
              </Table.Th>
            ) : (
              <Fragment key={i}>{c}</Fragment>
            ),
          )}
          {actions && (
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
}
