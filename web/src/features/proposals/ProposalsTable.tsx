import { Anchor, Badge, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { formatDate } from '../../ui/format';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { unitName } from '../../ui/unitName';
import { DueBadge } from './DueBadge';
import { STATE_COLORS, URGENCY_COLORS, useProposalLabels } from './labels';
import type { ProposalItem } from './types';

interface Props {
  items: ProposalItem[];
  loading: boolean;
  /** With a selection, a first column of checkboxes (only rows the server lets the user group). */
  selected?: Set<string>;
  onToggle?: (id: string, on: boolean) => void;
  /** Which unit column to show: the sender (inbox) or the recipient (my proposals). */
  unitColumn: 'owner' | 'target';
  emptyText?: string;
}

export function ProposalsTable({ items, loading, selected, onToggle, unitColumn, emptyText }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useProposalLabels();
  const lang = i18n.language;
  const selectable = !!selected && !!onToggle;
  const columns = [
    ...(selectable ? [t('proposals.list.select')] : []),
    t('proposals.fields.code'),
    t('proposals.fields.title'),
    unitColumn === 'owner' ? t('proposals.fields.locality') : t('proposals.fields.targetUnit'),
    t('proposals.fields.topic'),
    t('proposals.fields.submittedAt'),
    t('proposals.fields.dueOn'),
  ];
  return (
    <DataTable minWidth={980} verticalSpacing="sm" highlightOnHover caption={t('proposals.list.caption')} columns={columns}>
      <TableStatusRows loading={loading} empty={items.length === 0} colSpan={columns.length} emptyText={emptyText} />
      {!loading &&
        items.map((p) => (
          <Table.Tr key={p.id} bg={p.overdue ? 'red.0' : undefined}>
            {selectable && (
              <Table.Td w={40}>
                <Checkbox
                  aria-label={t('proposals.list.selectOne', { code: p.code })}
                  disabled={!p.can.group}
                  checked={selected!.has(p.id)}
                  onChange={(e) => onToggle!(p.id, e.currentTarget.checked)}
                />
              </Table.Td>
            )}
            <Table.Td>
              <Text size="sm" ff="monospace">
                {p.code}
              </Text>
            </Table.Td>
            <Table.Td miw={240} maw={420}>
              <Stack gap={4}>
                <Anchor component={Link} to={`/proposals/${encodeURIComponent(p.id)}`} fw={600} size="sm">
                  {p.title}
                </Anchor>
                <Group gap={4}>
                  <Badge size="sm" variant="dot" color={STATE_COLORS[p.state] ?? 'gray'} tt="none" miw="max-content">
                    {labels.state(p.state)}
                  </Badge>
                  {p.urgency !== 'normal' && (
                    <Badge size="sm" variant="light" color={URGENCY_COLORS[p.urgency] ?? 'gray'} tt="none" miw="max-content">
                      {labels.urgency(p.urgency)}
                    </Badge>
                  )}
                  {p.group && (
                    <Badge size="sm" variant="outline" color="grape" tt="none" miw="max-content">
                      {t('proposals.list.inGroup', { title: p.group.title })}
                    </Badge>
                  )}
                </Group>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{unitName(unitColumn === 'owner' ? p.ownerUnit : p.targetUnit, lang)}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{p.field ? unitName(p.field, lang) : ''}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{formatDate(p.submittedAt, lang)}</Text>
            </Table.Td>
            <Table.Td miw={140}>
              <DueBadge p={p} />
            </Table.Td>
          </Table.Tr>
        ))}
    </DataTable>
  );
}
