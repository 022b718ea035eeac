import { Badge, Group, Radio, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName } from '../../ui/unitName';
import { PARTNER_FIELD_LABELS, useLabels } from './labels';
import { languageName } from './languages';
import { differingFields, MERGE_FIELDS, UNION_FIELDS, type MergeField, type MergePicks, type MergeSide, type UnionField } from './merge';
import { PartnerName } from './PartnerName';
import { useCooperationFields, useCountries, useRefNames } from './referenceData';
import type { Partner } from './types';


interface Props {
  survivor: Partner;
  merged: Partner;
  picks: MergePicks;
  onPick: (field: MergeField, side: MergeSide) => void;
}

/** Both records side by side; a radio per differing field picks the value that survives. */
export function MergeTable({ survivor, merged, picks, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const countries = useCountries();
  const fields = useRefNames(useCooperationFields().data);
  const differing = new Set(differingFields(survivor, merged));

  const show = (p: Partner, f: MergeField | UnionField): ReactNode => {
    const empty = <Text size="sm" c="dimmed">{t('partners.detail.none')}</Text>;
    switch (f) {
      case 'type':
        return labels.type(p.type);
      case 'countryCode':
        return p.countryCode ? countries.name(p.countryCode) : empty;
      case 'priority':
        return labels.priority(p.priority);
      case 'status':
        return labels.status(p.status);
      case 'visibility':
        return labels.visibility(p.visibility);
      case 'ownerUnitId':
        return unitName(p.ownerUnit, i18n.language) || p.ownerUnitId;
      case 'languages':
        return p.languages.length ? p.languages.map((c) => languageName(c, i18n.language)).join(', ') : empty;
      case 'fieldIds':
        return p.fieldIds.length ? p.fieldIds.map(fields.name).join(', ') : empty;
      case 'tags':
        return p.tags.length ? (
          <Group gap={4}>
            {p.tags.map((tag) => (
              <Badge key={tag} size="sm" variant="outline" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : (
          empty
        );
      default: {
        const v = p[f];
        return v ? <span style={{ whiteSpace: 'pre-wrap' }}>{String(v)}</span> : empty;
      }
    }
  };

  const side = (p: Partner, f: MergeField, which: MergeSide) => {
    const content = <Text size="sm" component="div" lang="">{show(p, f)}</Text>;
    if (!differing.has(f)) return <Table.Td c="dimmed">{content}</Table.Td>;
    return (
      <Table.Td bg={picks[f] === which ? 'blue.0' : undefined}>
        <Radio
          value={which}
          checked={picks[f] === which}
          onChange={() => onPick(f, which)}
          name={`pick-${f}`}
          label={content}
          aria-label={`${t(PARTNER_FIELD_LABELS[f])}: ${t(which === 'survivor' ? 'partners.merge.survivor' : 'partners.merge.merged')}`}
        />
      </Table.Td>
    );
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" layout="fixed" withColumnBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={200}>
              {t('partners.merge.field')}
            </Table.Th>
            <Table.Th scope="col">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('partners.merge.survivor')}
              </Text>
              <PartnerName partner={survivor} link />
            </Table.Th>
            <Table.Th scope="col">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('partners.merge.merged')}
              </Text>
              <PartnerName partner={merged} link />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {MERGE_FIELDS.map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {t(PARTNER_FIELD_LABELS[f])}
                </Text>
                {!differing.has(f) && (
                  <Text size="xs" c="dimmed">
                    {t('partners.merge.same')}
                  </Text>
                )}
              </Table.Th>
              {side(survivor, f, 'survivor')}
              {side(merged, f, 'merged')}
            </Table.Tr>
          ))}
          {UNION_FIELDS.map((f) => (
            <Table.Tr key={f}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {t(PARTNER_FIELD_LABELS[f])}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('partners.merge.combined')}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm" component="div">
                  {show(survivor, f)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" component="div">
                  {show(merged, f)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">
              <Text size="sm" fw={600}>
                {t('partners.tabs.contacts')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('partners.merge.combined')}
              </Text>
            </Table.Th>
            <Table.Td>{survivor.contacts.map((c) => c.name).join(', ') || '—'}</Table.Td>
            <Table.Td>{merged.contacts.map((c) => c.name).join(', ') || '—'}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
