import { ActionIcon, Badge, Code, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SortHeader } from '../../ui/SortHeader';
import { TableStatusRows } from '../../ui/TableStatusRows';
import { localName, type Country, type ReferenceItem } from './api';
import { REGIONS, SUBREGIONS } from './regions';

interface Props {
  items: Country[];
  groups: ReferenceItem[];
  loading: boolean;
  sort: string;
  onSort: (sort: string) => void;
  onEdit: (c: Country) => void;
}

const NAME_COLUMNS = [
  { field: 'nameVi', override: 'overrideVi', lang: 'vi', label: 'fields.nameVi' },
  { field: 'nameEn', override: 'overrideEn', lang: 'en', label: 'fields.nameEn' },
  { field: 'nameFr', override: 'overrideFr', lang: 'fr', label: 'fields.nameFr' },
] as const;

export function CountriesTable({ items, groups, loading, sort, onSort, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const groupById = new Map(groups.map((g) => [g.id, g]));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" highlightOnHover>
        <VisuallyHidden component="caption">{t('reference.countries')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <SortHeader field="code" sort={sort} onSort={onSort}>
              {t('reference.code')}
            </SortHeader>
            {NAME_COLUMNS.map((c) => (
              <SortHeader key={c.field} field={c.field} sort={sort} onSort={onSort}>
                {t(c.label)}
              </SortHeader>
            ))}
            <SortHeader field="region" sort={sort} onSort={onSort}>
              {t('reference.region')}
            </SortHeader>
            <Table.Th scope="col">{t('reference.group')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <TableStatusRows loading={loading} empty={items.length === 0} colSpan={7} />
          {items.map((c) => {
            const group = c.relationshipGroupId ? groupById.get(c.relationshipGroupId) : undefined;
            const region = REGIONS[c.region];
            return (
              <Table.Tr key={c.code}>
                <Table.Td>
                  <Code>{c.code}</Code>
                </Table.Td>
                {NAME_COLUMNS.map((col) => (
                  <Table.Td key={col.field} lang={col.lang}>
                    <Text size="sm" span>
                      {c[col.field]}
                    </Text>
                    {c[col.override] && (
                      <Tooltip label={t('reference.overriddenHint')}>
                        <Badge size="xs" variant="light" color="orange" ml={6} tabIndex={0}>
                          {t('reference.overridden')}
                        </Badge>
                      </Tooltip>
                    )}
                  </Table.Td>
                ))}
                <Table.Td>
                  <Text size="sm">{region ? t(region) : c.region}</Text>
                  {c.subregion && (
                    <Text size="xs" c="dimmed">
                      {SUBREGIONS[c.subregion] ? t(SUBREGIONS[c.subregion]!) : c.subregion}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{group && <Badge variant="light">{localName(group, i18n.language)}</Badge>}</Table.Td>
                <Table.Td ta="right">
                  {c.can.update && (
                    <ActionIcon variant="subtle" color="gray" aria-label={t('reference.editNamed', { name: localName(c, i18n.language) })} onClick={() => onEdit(c)}>
                      <IconPencil size={18} aria-hidden />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
