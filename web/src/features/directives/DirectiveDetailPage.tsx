import { Alert, Anchor, Badge, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconGridDots, IconInfoCircle, IconListTree, IconPaperclip, IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DetailField } from '../../ui/DetailField';
import { DetailTabs } from '../../ui/DetailTabs';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate } from '../../ui/format';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { useLabels as usePartnerLabels, VISIBILITY_COLORS } from '../partners/labels';
import { useInvalidateTasks } from '../tasks/api';
import { ProgressView } from '../tasks/ProgressView';
import type { TaskGroup } from '../tasks/types';
import { deleteDirective, deleteGroup, downloadExport, useDirective } from './api';
import { GroupModal } from './GroupModal';
import { DIRECTIVE_STATUS_COLORS, useDirectiveLabels } from './labels';
import { MatrixTab } from './MatrixTab';
import { TaskTree } from './TaskTree';
import type { Directive } from './types';

function Overview({ d }: { d: Directive }) {
  const { t, i18n } = useTranslation();
  const none = t('tasks.detail.none');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <DetailField label={t('directives.fields.issuingBody')} none={none}>
          {d.issuingBody && <Text size="sm">{d.issuingBody}</Text>}
        </DetailField>
        <DetailField label={t('directives.fields.issuedOn')} none={none}>
          <Text size="sm">{formatDate(d.issuedOn, i18n.language)}</Text>
        </DetailField>
        <DetailField label={t('directives.fields.ownerUnit')} none={none}>
          <Text size="sm">{unitName(d.ownerUnit, i18n.language)}</Text>
        </DetailField>
      </SimpleGrid>
      <DetailField label={t('directives.fields.summary')} none={none}>
        {d.summary && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {d.summary}
          </Text>
        )}
      </DetailField>
      <DetailField label={t('directives.fields.fullText')} none={none}>
        {d.fullText && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {d.fullText}
          </Text>
        )}
      </DetailField>
    </Stack>
  );
}

export function DirectiveDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const directive = useDirective(id);
  const labels = useDirectiveLabels();
  const partnerLabels = usePartnerLabels();
  const invalidate = useInvalidateTasks();
  const [groupEdit, setGroupEdit] = useState<TaskGroup | 'new' | null>(null);
  useDocumentTitle(`${directive.data?.code ?? t('directives.title')} · Amity`);
  const exporting = useMutation({ mutationFn: (d: Directive) => downloadExport(d.id, d.code, i18n.language) });
  const remove = useDeleteConfirm(
    () => deleteDirective(id),
    async () => {
      notifications.show({ color: 'green', message: t('directives.detail.deleted') });
      navigate('/directives');
      await invalidate([id]);
    },
  );
  const removeGroup = useDeleteConfirm(
    (g: TaskGroup) => deleteGroup(g.id),
    async () => {
      await invalidate();
    },
  );
  if (directive.isError) return <ErrorAlert error={directive.error} />;
  if (!directive.data) return <Spinner />;
  const d = directive.data;
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/directives', label: t('directives.title') }]} current={d.code} />
      <Stack gap="xs" mb="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Title order={1} fz={26} fw={650} style={{ flex: '1 1 320px' }}>
            {d.code} — {d.title}
          </Title>
          <Group gap="xs">
            <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} loading={exporting.isPending} onClick={() => exporting.mutate(d)}>
              {t('directives.detail.export')}
            </Button>
            {d.can.update && (
              <Button component={Link} to={`/directives/${d.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
                {t('common.edit')}
              </Button>
            )}
            {d.can.delete && (
              <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => remove.ask(d)}>
                {t('common.delete')}
              </Button>
            )}
          </Group>
        </Group>
        <Group gap="xs" role="list" aria-label={t('directives.detail.summary')}>
          <Badge role="listitem" variant="filled" tt="none">
            {labels.kind(d.kind)}
          </Badge>
          <Badge role="listitem" variant="light" color={DIRECTIVE_STATUS_COLORS[d.status] ?? 'gray'} tt="none">
            {labels.status(d.status)}
          </Badge>
          <Badge role="listitem" variant="outline" color={VISIBILITY_COLORS[d.visibility] ?? 'gray'} tt="none">
            {partnerLabels.visibility(d.visibility)}
          </Badge>
          <Badge role="listitem" variant="outline" color="gray" tt="none">
            {unitName(d.ownerUnit, i18n.language)}
          </Badge>
        </Group>
        {d.supersededBy && (
          <Text size="sm">
            {t('directives.detail.supersededBy')}{' '}
            <Anchor component={Link} to={`/directives/${d.supersededBy.id}`}>
              {d.supersededBy.code} — {d.supersededBy.title}
            </Anchor>
          </Text>
        )}
        {d.implementsTask && (
          <Text size="sm">
            {t('directives.detail.implements')}{' '}
            <Anchor component={Link} to={`/tasks/${d.implementsTask.id}`}>
              {d.implementsTask.directiveCode} — {d.implementsTask.title}
            </Anchor>
          </Text>
        )}
        <Group gap="md" align="center" wrap="wrap">
          <ProgressView percent={d.progress.percent} status={d.progress.status} size="lg" w={520} label={t('tasks.progressOf', { title: d.code })} />
          <Text size="sm" c="dimmed">
            {t('directives.detail.counts', { tasks: d.progress.tasks, done: d.progress.done, late: d.progress.late })}
          </Text>
        </Group>
        {exporting.error && <ErrorAlert error={exporting.error} />}
      </Stack>
      {d.status === 'superseded' && (
        <Alert color="gray" mb="md">
          {t('directives.detail.supersededNote')}
        </Alert>
      )}
      <DetailTabs
        tabs={[
          { value: 'tree', icon: IconListTree, label: t('directives.tabs.tree'), panel: <TaskTree directive={d} onEditGroup={setGroupEdit} onDeleteGroup={removeGroup.ask} /> },
          { value: 'matrix', icon: IconGridDots, label: t('directives.tabs.matrix'), panel: <MatrixTab directiveId={d.id} /> },
          { value: 'overview', icon: IconInfoCircle, label: t('directives.tabs.overview'), panel: <Overview d={d} /> },
          { value: 'files', icon: IconPaperclip, label: t('directives.tabs.files'), panel: <AttachmentsPanel entity="directive" entityId={d.id} canUpload={d.can.attach} /> },
        ]}
      />
      {groupEdit && <GroupModal directiveId={d.id} group={groupEdit === 'new' ? null : groupEdit} onClose={() => setGroupEdit(null)} />}
      <ConfirmModal {...remove.modalProps} title={t('directives.detail.deleteTitle')} message={t('directives.detail.deleteConfirm', { code: d.code })} confirmLabel={t('common.delete')} />
      <ConfirmModal
        {...removeGroup.modalProps}
        title={t('directives.groups.deleteTitle')}
        message={t('directives.groups.deleteConfirm', { title: removeGroup.target?.title ?? '' })}
        confirmLabel={t('common.delete')}
      />
    </>
  );
}
