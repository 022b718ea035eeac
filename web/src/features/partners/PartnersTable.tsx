import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/DataTable';
import { formatDate } from '../../ui/format';
import { SortHeader } from '../../ui/SortHeader';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { PRIORITY_COLORS, STATUS_COLORS, useLabels } from './labels';
import { PartnerName } from './PartnerName';
import type { PartnerListItem } from './types';

interface Props {
  items: PartnerListItem[];
  loading: boolean;
  sort: string;
  onSort: (sort: string) => void;
  countryName: (code: string | null) => string;
}

export function PartnersTable({ items, loading, sort, onSort, countryName }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  return (
    <DataTable
      minWidth={860}
      verticalSpacing="sm"
      highlightOnHover
      caption={t('partners.list.caption')}
      columns={[
        <SortHeader field="name" sort={sort} onSort={onSort}>
          {t('partners.fields.name')}
        </SortHeader>,
        t('partners.fields.type'),
        t('partners.fields.country'),
        <SortHeader field="priority" sort={sort} onSort={onSort}>
          {t('partners.fields.priority')}
        </SortHeader>,
        t('partners.fields.status'),
        t('partners.fields.tags'),
        <SortHeader field="updatedAt" sort={sort} onSort={onSort}>
          {t('partners.fields.updatedAt')}
        </SortHeader>,
      ]}
    >
      <TableStatusRows loading={loading} empty={items.length === 0} colSpan={7} />
      {items.map((p) => (
        <Table.Tr key={p.id}>
          <Table.Td maw={360}>
            <PartnerName partner={p} link />
          </Table.Td>
          <Table.Td>
            <Text size="sm">{labels.type(p.type)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">
              {countryName(p.countryCode)}
              {p.city ? <Text span c="dimmed" size="sm">{` · ${p.city}`}</Text> : null}
            </Text>
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={PRIORITY_COLORS[String(p.priority)] ?? 'gray'} tt="none" miw="max-content">
              {labels.priority(p.priority)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Badge variant="dot" color={STATUS_COLORS[p.status] ?? 'gray'} tt="none" miw="max-content">
              {labels.status(p.status)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Group gap={4}>
              {p.tags.slice(0, 3).map((tag) => (
                <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
                  {tag}
                </Badge>
              ))}
              {p.tags.length > 3 && (
                <Text size="xs" c="dimmed">
                  +{p.tags.length - 3}
                </Text>
              )}
            </Group>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{formatDate(p.updatedAt, i18n.language)}</Text>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
