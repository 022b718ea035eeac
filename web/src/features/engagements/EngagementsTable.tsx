import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { SortHeader } from '../../ui/SortHeader';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { formatWhen } from './display';
import { STATE_COLORS, useEngagementLabels } from './labels';
import type { EngagementItem } from './types';

interface Props {
  items: EngagementItem[];
  loading: boolean;
  sort: string;
  onSort: (sort: string) => void;
  countryName: (code: string | null) => string;
  unitName: (id: string) => string;
}

export function EngagementsTable({ items, loading, sort, onSort, countryName, unitName }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useEngagementLabels();
  return (
    <DataTable
      minWidth={900}
      verticalSpacing="sm"
      highlightOnHover
      caption={t('engagements.list.caption')}
      columns={[
        <SortHeader field="title" sort={sort} onSort={onSort}>
          {t('engagements.fields.title')}
        </SortHeader>,
        t('engagements.fields.kind'),
        <SortHeader field="startsAt" sort={sort} onSort={onSort}>
          {t('engagements.fields.when')}
        </SortHeader>,
        t('engagements.fields.place'),
        t('engagements.fields.organiserUnit'),
        t('engagements.fields.state'),
      ]}
    >
      <TableStatusRows loading={loading} empty={items.length === 0} colSpan={6} />
      {items.map((e) => (
        <Table.Tr key={e.id}>
          <Table.Td maw={380}>
            <Anchor component={Link} to={`/engagements/${e.id}`} fw={600} size="sm">
              {e.title || e.titleVi || e.titleEn || e.titleFr}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{labels.kind(e.kind)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{formatWhen(e, i18n.language)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{[countryName(e.countryCode), e.city].filter(Boolean).join(' · ')}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{unitName(e.organiserUnitId)}</Text>
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={STATE_COLORS[e.state] ?? 'gray'} tt="none" miw="max-content">
              {labels.state(e.state)}
            </Badge>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
