import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileReport, IconInfoCircle, IconPaperclip, IconPencil, IconSitemap, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DetailTabs } from '../../ui/DetailTabs';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { deleteTask, useInvalidateTasks, useTask } from './api';
import { PlanModal } from './PlanModal';
import { ProgressView } from './ProgressView';
import { ReportsTab } from './ReportsTab';
import { TaskOverview } from './TaskOverview';

export function TaskDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const task = useTask(id);
  const invalidate = useInvalidateTasks();
  const [planning, setPlanning] = useState(false);
  useDocumentTitle(`${task.data?.title ?? t('nav.tasks')} · Amity`);
  const remove = useDeleteConfirm(
    () => deleteTask(id),
    async () => {
      notifications.show({ color: 'green', message: t('tasks.detail.deleted') });
      navigate(task.data?.directiveId ? `/directives/${task.data.directiveId}` : '/tasks');
      await invalidate([id]);
    },
  );
  if (task.isError) return <ErrorAlert error={task.error} />;
  if (!task.data) return <Spinner />;
  const x = task.data;
  return (
    <>
      <PageBreadcrumbs
        trail={[{ to: '/directives', label: t('directives.title') }, x.directive && { to: `/directives/${x.directive.id}`, label: x.directive.code }]}
        current={x.title}
      />
      <Stack gap="xs" mb="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Title order={1} fz={26} fw={650} style={{ flex: '1 1 320px' }}>
            {x.number ? `${x.number}. ${x.title}` : x.title}
          </Title>
          <Group gap="xs">
            {x.can.cascade && (
              <Button leftSection={<IconSitemap size={16} aria-hidden />} onClick={() => setPlanning(true)}>
                {t('tasks.plan.action')}
              </Button>
            )}
            {x.can.cascade && (
              <Button component={Link} to={`/tasks/new?parentTaskId=${x.id}`} variant="default">
                {t('tasks.detail.addSubTask')}
              </Button>
            )}
            {x.can.update && (
              <Button component={Link} to={`/tasks/${x.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
                {t('common.edit')}
              </Button>
            )}
            {x.can.delete && (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => remove.ask(x)}>
                {t('common.delete')}
              </Button>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('tasks.detail.ledBy', { unit: unitName(x.leadUnit, i18n.language) })}
        </Text>
        <ProgressView percent={x.percent} status={x.effectiveStatus} overdue={x.overdue} size="lg" w={520} label={t('tasks.progressOf', { title: x.title })} />
      </Stack>
      <DetailTabs
        tabs={[
          { value: 'overview', icon: IconInfoCircle, label: t('tasks.tabs.overview'), panel: <TaskOverview task={x} /> },
          { value: 'reports', icon: IconFileReport, label: t('tasks.tabs.reports'), panel: <ReportsTab task={x} /> },
          { value: 'files', icon: IconPaperclip, label: t('tasks.tabs.files'), panel: <AttachmentsPanel entity="task" entityId={x.id} canUpload={x.can.attach} /> },
        ]}
      />
      {planning && <PlanModal task={x} onClose={() => setPlanning(false)} />}
      <ConfirmModal {...remove.modalProps} title={t('tasks.detail.deleteTitle')} message={t('tasks.detail.deleteConfirm', { title: x.title })} confirmLabel={t('common.delete')} />
    </>
  );
}
