import { Alert, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecklist, IconFileCertificate, IconHistory, IconInfoCircle, IconMessage, IconPaperclip } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DetailTabs } from '../../ui/DetailTabs';
import { formatDateTime } from '../../ui/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { Spinner } from '../../ui/Spinner';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { deleteEngagement, useEngagement, useEngagementHistory, useFollowUps, useInvalidateEngagements } from './api';
import { ClashList } from './ClashList';
import { EngagementHeader } from './EngagementHeader';
import { followUpCounts } from './followUps';
import { FollowUpsTab } from './FollowUpsTab';
import { HistoryTab } from './HistoryTab';
import { OutcomeTab } from './OutcomeTab';
import { OverviewTab } from './OverviewTab';
import { TransitionModal } from './TransitionModal';
import { lastDecision } from './workflow';
import type { Clash, EngagementAction } from './types';

export function EngagementDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const engagement = useEngagement(id);
  const followUps = useFollowUps(id);
  const history = useEngagementHistory(id);
  const invalidate = useInvalidateEngagements();
  const [action, setAction] = useState<EngagementAction | null>(null);
  // Clashes found when it was saved (the form's answer), or on a workflow step.
  const [clashes, setClashes] = useState<Clash[]>(() => (location.state as { clashes?: Clash[] } | null)?.clashes ?? []);

  // Shown once: a reload or a return to this page does not bring them back.
  useEffect(() => {
    if (location.state) navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, []);

  const remove = useDeleteConfirm(
    () => deleteEngagement(id),
    async () => {
      notifications.show({ color: 'green', message: t('engagements.detail.deleted') });
      navigate('/engagements');
      await invalidate([id]);
    },
  );

  if (engagement.isError) return <ErrorAlert error={engagement.error} />;
  if (!engagement.data) return <Spinner />;
  const e = engagement.data;
  const counts = followUpCounts(followUps.data ?? []);
  const decision = lastDecision(e.state, history.data);
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/engagements', label: t('engagements.title') }]} current={e.title} />
      <EngagementHeader engagement={e} onAction={setAction} onDelete={() => remove.ask(e)} />
      {decision && (
        <Alert
          mb="md"
          color={e.state === 'rejected' ? 'red' : 'orange'}
          variant="light"
          icon={<IconMessage size={18} aria-hidden />}
          title={t('engagements.detail.lastComment', { name: decision.actorName ?? t('engagements.history.system'), date: formatDateTime(decision.at, i18n.language) })}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {decision.comment}
          </Text>
        </Alert>
      )}
      {clashes.length > 0 && (
        <Stack mb="md">
          <ClashList clashes={clashes} onClose={() => setClashes([])} />
        </Stack>
      )}
      <DetailTabs
        tabs={[
          { value: 'overview', icon: IconInfoCircle, label: t('engagements.tabs.overview'), panel: <OverviewTab engagement={e} /> },
          { value: 'history', icon: IconHistory, label: t('engagements.tabs.history'), panel: <HistoryTab engagementId={e.id} /> },
          { value: 'outcome', icon: IconFileCertificate, label: t('engagements.tabs.outcome'), panel: <OutcomeTab engagement={e} /> },
          {
            value: 'followUps',
            icon: IconChecklist,
            label: `${t('engagements.tabs.followUps')}${counts.open ? ` (${counts.open})` : ''}`,
            color: counts.overdue ? 'red' : undefined,
            panel: <FollowUpsTab engagement={e} />,
          },
          {
            value: 'files',
            icon: IconPaperclip,
            label: t('engagements.tabs.files'),
            panel: <AttachmentsPanel entity="engagement" entityId={e.id} canUpload={e.can.attach} />,
          },
        ]}
      />
      {action && (
        <TransitionModal
          engagementId={e.id}
          title={e.title}
          action={action}
          onClose={() => setAction(null)}
          onDone={(found) => setClashes(found)}
        />
      )}
      <ConfirmModal
        {...remove.modalProps}
        title={t('engagements.detail.deleteTitle')}
        message={t('engagements.detail.deleteConfirm', { title: e.title })}
        confirmLabel={t('common.delete')}
      />
    </>
  );
}
