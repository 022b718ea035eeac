import { Button, Chip, Group, SegmentedControl, Stack, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconLink } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DataTable } from '../../ui/DataTable';
import { DeleteAction } from '../../ui/DeleteAction';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { deleteRelationship, useGraph, useInvalidatePartners, useRelationships } from './api';
import { RELATIONSHIP_LABELS, useLabels } from './labels';
import { partnerName } from './names';
import { PartnerName } from './PartnerName';
import { RelationshipModal } from './RelationshipModal';
import { RELATIONSHIP_KINDS, type Partner, type Relationship } from './types';

const GraphView = lazy(() => import('./GraphView'));

function GraphPanel({ partner, relationships }: { partner: Partner; relationships: Relationship[] | undefined }) {
  const { t, i18n } = useTranslation();
  const partnerId = partner.id;
  const navigate = useNavigate();
  const [kinds, setKinds] = useState<string[]>([...RELATIONSHIP_KINDS]);
  const all = kinds.length === RELATIONSHIP_KINDS.length;
  const graph = useGraph(partnerId, all ? [] : kinds, kinds.length > 0);
  // The server labels nodes in Vietnamese; names we already hold (this partner, its direct relations) follow the UI language.
  const localized = useMemo(() => {
    if (!graph.data) return undefined;
    const names = new Map<string, string>([[partner.id, partnerName(partner, i18n.language)]]);
    for (const r of relationships ?? []) {
      if (r.other.kind === 'partner') names.set(r.other.partner.id, partnerName(r.other.partner, i18n.language));
      else names.set(r.other.unit.id, unitName(r.other.unit, i18n.language));
    }
    return { ...graph.data, nodes: graph.data.nodes.map((n) => ({ ...n, label: names.get(n.id) || n.label })) };
  }, [graph.data, partner, relationships, i18n.language]);
  // Stable while the language is: a new function would redraw the graph.
  const edgeLabel = useCallback((k: string) => {
    const key = RELATIONSHIP_LABELS[k as keyof typeof RELATIONSHIP_LABELS];
    return key ? t(key) : k;
  }, [t]);
  return (
    <Stack gap="sm">
      <Chip.Group multiple value={kinds} onChange={setKinds}>
        <Group gap={6} role="group" aria-label={t('partners.relationships.filterKinds')}>
          {RELATIONSHIP_KINDS.map((k) => (
            <Chip key={k} value={k} size="xs">
              {t(RELATIONSHIP_LABELS[k])}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {graph.isError && <ErrorAlert error={graph.error} />}
      {kinds.length === 0 ? (
        <Text c="dimmed" ta="center" p="md">
          {t('partners.relationships.noKinds')}
        </Text>
      ) : !localized ? (
        <Spinner small />
      ) : localized.nodes.length <= 1 ? (
        <Text c="dimmed" ta="center" p="md">
          {t('partners.relationships.none')}
        </Text>
      ) : (
        <Suspense fallback={<Spinner small />}>
          <GraphView
            graph={localized}
            focusId={partnerId}
            edgeLabel={edgeLabel}
            onOpenPartner={(id) => navigate(`/partners/${id}?tab=relationships`)}
            label={t('partners.relationships.graphLabel')}
          />
          <Text size="xs" c="dimmed">
            {t('partners.relationships.graphHint')}
          </Text>
        </Suspense>
      )}
    </Stack>
  );
}

export function RelationshipsTab({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [view, setView] = useState<'list' | 'graph'>('list');
  const [adding, setAdding] = useState(false);
  const rels = useRelationships(partner.id);
  const invalidate = useInvalidatePartners();
  const remove = useDeleteConfirm(
    (r: Relationship) => deleteRelationship(partner.id, r.id),
    async () => {
      notifications.show({ color: 'green', message: t('partners.relationships.removed') });
      await invalidate();
    },
  );
  const otherName = (r: Relationship) =>
    r.other.kind === 'partner' ? partnerName(r.other.partner, i18n.language) : unitName(r.other.unit, i18n.language);

  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('partners.relationships.view')}
          value={view}
          onChange={(v) => setView(v as 'list' | 'graph')}
          data={[
            { value: 'list', label: t('partners.relationships.list') },
            { value: 'graph', label: t('partners.relationships.graph') },
          ]}
        />
        {partner.can.update && (
          <Button leftSection={<IconLink size={16} aria-hidden />} onClick={() => setAdding(true)}>
            {t('partners.relationships.add')}
          </Button>
        )}
      </Group>
      {view === 'graph' ? (
        <GraphPanel partner={partner} relationships={rels.data} />
      ) : rels.isError ? (
        <ErrorAlert error={rels.error} />
      ) : !rels.data ? (
        <Spinner small />
      ) : rels.data.length === 0 ? (
        <Text c="dimmed" ta="center" p="md">
          {t('partners.relationships.none')}
        </Text>
      ) : (
        <DataTable
          minWidth={680}
          verticalSpacing="sm"
          caption={t('partners.tabs.relationships')}
          columns={[
            t('partners.relationships.kind'),
            t('partners.relationships.other'),
            t('partners.relationships.dates'),
            t('partners.relationships.note'),
          ]}
          actions
        >
          {rels.data.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Tooltip label={t(r.direction === 'in' ? 'partners.relationships.incoming' : 'partners.relationships.outgoing')}>
                    {r.direction === 'in' ? (
                      <IconArrowLeft size={16} aria-label={t('partners.relationships.incoming')} />
                    ) : (
                      <IconArrowRight size={16} aria-label={t('partners.relationships.outgoing')} />
                    )}
                  </Tooltip>
                  <Text size="sm">{labels.relationship(r.kind)}</Text>
                </Group>
              </Table.Td>
              <Table.Td>
                {r.other.kind === 'partner' ? (
                  <PartnerName partner={r.other.partner} link />
                ) : (
                  <Text size="sm" fw={600}>
                    {unitName(r.other.unit, i18n.language)}{' '}
                    <Text span size="xs" c="dimmed">
                      ({t('partners.relationships.ourUnitShort')})
                    </Text>
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {r.startDate || r.endDate ? `${formatDate(r.startDate, i18n.language) || '…'} – ${formatDate(r.endDate, i18n.language) || '…'}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.note}</Text>
              </Table.Td>
              <Table.Td ta="right">
                {r.can.delete && <DeleteAction label={t('partners.relationships.removeWith', { name: otherName(r) })} onClick={() => remove.ask(r)} />}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {adding && <RelationshipModal partnerId={partner.id} onClose={() => setAdding(false)} />}
      <ConfirmModal
        {...remove.modalProps}
        title={t('partners.relationships.removeTitle')}
        message={remove.target ? t('partners.relationships.removeConfirm', { name: otherName(remove.target) }) : ''}
        confirmLabel={t('partners.relationships.remove')}
      />
    </Stack>
  );
}
