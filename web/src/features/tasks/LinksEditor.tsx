import { Anchor, CloseButton, Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, toQuery } from '../../ui/api';
import type { Reply } from '../../api/contract';
import { partnerName } from '../partners/names';
import { PartnerSelect } from '../partners/PartnerSelect';
import type { LinkRow } from './formModel';

/** Engagements found by the server (`GET /engagements?q=`), for linking one to the task. */
function EngagementSelect({ onPick, exclude }: { onPick: (id: string, label: string) => void; exclude: string[] }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: ['engagements', 'pick-for-task', q],
    queryFn: ({ signal }) => api<Reply<'/engagements'>>(`/engagements${toQuery({ q, limit: 20 })}`, { signal }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const data = (q ? (found.data?.items ?? []) : []).filter((e) => !exclude.includes(e.id)).map((e) => ({ value: e.id, label: e.title }));
  return (
    <Select
      label={t('tasks.form.linkEngagement')}
      placeholder={t('tasks.form.typeToSearch')}
      searchable
      data={data}
      value={null}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q ? t('common.noResults') : t('tasks.form.typeToSearch')}
      onChange={(id) => {
        const e = data.find((d) => d.value === id);
        if (e) {
          onPick(e.value, e.label);
          setSearch('');
        }
      }}
    />
  );
}

interface Props {
  value: LinkRow[];
  onChange: (rows: LinkRow[]) => void;
  /** Server errors by record id. */
  errors: Record<string, string>;
}

/** Partners and engagements the task concerns. */
export function LinksEditor({ value, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  const add = (row: LinkRow) => {
    if (!value.some((l) => l.entity === row.entity && l.recordId === row.recordId)) onChange([...value, row]);
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <PartnerSelect
          key={`p${value.length}`}
          label={t('tasks.form.linkPartner')}
          placeholder={t('tasks.form.typeToSearch')}
          value={null}
          excludeIds={value.filter((l) => l.entity === 'partner').map((l) => l.recordId)}
          onChange={(id, p) => id && p && add({ entity: 'partner', recordId: id, label: partnerName(p, i18n.language) })}
        />
        <EngagementSelect exclude={value.filter((l) => l.entity === 'engagement').map((l) => l.recordId)} onPick={(id, label) => add({ entity: 'engagement', recordId: id, label })} />
      </SimpleGrid>
      {value.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('tasks.form.noLinks')}
        </Text>
      ) : (
        <Paper withBorder p="xs" component="ul" aria-label={t('tasks.fields.links')} style={{ listStyle: 'none', margin: 0 }}>
          <Stack gap={4}>
            {value.map((l) => (
              <Stack key={`${l.entity}:${l.recordId}`} component="li" gap={0}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Anchor component={Link} to={`/${l.entity === 'partner' ? 'partners' : 'engagements'}/${l.recordId}`} size="sm" target="_blank">
                    {l.entity === 'partner' ? t('tasks.form.partnerLink', { name: l.label }) : t('tasks.form.engagementLink', { name: l.label })}
                  </Anchor>
                  <CloseButton size="sm" aria-label={t('tasks.form.removeLink', { name: l.label })} onClick={() => onChange(value.filter((x) => x !== l))} />
                </Group>
                {errors[l.recordId] && (
                  <Text size="xs" c="red">
                    {errors[l.recordId]}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
