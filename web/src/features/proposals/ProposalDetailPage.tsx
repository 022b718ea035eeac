import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconEdit, IconHistory, IconInfoCircle, IconListCheck, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DetailTabs } from '../../ui/DetailTabs';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { ActionModal } from './ActionModal';
import { useProposal } from './api';
import { STATE_COLORS, URGENCY_COLORS, useProposalLabels } from './labels';
import { HistoryTab } from './HistoryTab';
import { MakeTaskModal } from './MakeTaskModal';
import { OverviewTab } from './OverviewTab';
import type { Proposal, ProposalAction } from './types';

/** Workflow buttons in the order a proposal moves, each shown only when the server's `can` allows it. */
const ACTIONS: { action: Exclude<ProposalAction, 'comment'>; color: string; variant: 'filled' | 'light' | 'default' }[] = [
  { action: 'accept', color: 'blue', variant: 'filled' },
  { action: 'answer', color: 'teal', variant: 'filled' },
  { action: 'close', color: 'gray', variant: 'light' },
  { action: 'reopen', color: 'orange', variant: 'light' },
  { action: 'reject', color: 'red', variant: 'light' },
];

function Header({ proposal: p, onAction, onTask }: { proposal: Proposal; onAction: (a: ProposalAction) => void; onTask: () => void }) {
  const { t, i18n } = useTranslation();
  const labels = useProposalLabels();
  useDocumentTitle(`${p.code} · ${p.title} · Amity`);
  const actions = ACTIONS.filter((a) => p.can[a.action]);
  return (
    <Stack gap="xs" mb="lg">
      <Title order={1} fz={26} fw={650}>
        {p.title}
      </Title>
      <Group gap="xs" role="list" aria-label={t('proposals.detail.summary')}>
        <Badge role="listitem" variant="outline" color="dark" tt="none" ff="monospace">
          {p.code}
        </Badge>
        <Badge role="listitem" variant="light" color={STATE_COLORS[p.state] ?? 'gray'} tt="none" size="lg">
          {labels.state(p.state)}
        </Badge>
        <Badge role="listitem" variant="light" color={URGENCY_COLORS[p.urgency] ?? 'gray'} tt="none">
          {labels.urgency(p.urgency)}
        </Badge>
        {p.overdue && (
          <Badge role="listitem" variant="filled" color="red" tt="none">
            {t('proposals.due.overdue')}
          </Badge>
        )}
        <Text role="listitem" size="sm" c="dimmed">
          {t('proposals.detail.route', { from: unitName(p.ownerUnit, i18n.language), to: unitName(p.targetUnit, i18n.language) })}
        </Text>
      </Group>
      {(actions.length > 0 || p.can.makeTask || p.can.update) && (
        <Group gap="xs" role="group" aria-label={t('proposals.detail.workflow')}>
          {p.can.update && (
            <Button component={Link} to={`/proposals/${encodeURIComponent(p.id)}/edit`} variant="default" leftSection={<IconEdit size={16} aria-hidden />}>
              {t('proposals.form.edit')}
            </Button>
          )}
          {actions.map((a) => (
            <Button key={a.action} color={a.color} variant={a.variant} onClick={() => onAction(a.action)}>
              {labels.action(a.action)}
            </Button>
          ))}
          {p.can.makeTask && (
            <Button variant="default" leftSection={<IconListCheck size={16} aria-hidden />} onClick={onTask}>
              {t('proposals.task.title')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

export function ProposalDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const proposal = useProposal(id);
  const [action, setAction] = useState<ProposalAction | null>(null);
  const [task, setTask] = useState(false);
  if (proposal.isError) return <ErrorAlert error={proposal.error} />;
  if (!proposal.data) return <Spinner />;
  const p = proposal.data;
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/proposals', label: t('proposals.title') }]} current={p.code} />
      <Header proposal={p} onAction={setAction} onTask={() => setTask(true)} />
      <DetailTabs
        tabs={[
          { value: 'overview', icon: IconInfoCircle, label: t('proposals.tabs.overview'), panel: <OverviewTab proposal={p} /> },
          { value: 'history', icon: IconHistory, label: t('proposals.tabs.history'), panel: <HistoryTab proposal={p} /> },
          { value: 'files', icon: IconPaperclip, label: t('proposals.tabs.files'), panel: <AttachmentsPanel entity="proposal" entityId={p.id} canUpload={p.can.attach} /> },
        ]}
      />
      {action && <ActionModal proposal={p} action={action} onClose={() => setAction(null)} />}
      {task && <MakeTaskModal proposal={p} onClose={() => setTask(false)} />}
    </>
  );
}
