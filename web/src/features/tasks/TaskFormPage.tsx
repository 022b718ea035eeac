import { Alert } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useMe } from '../auth/api';
import { useTask } from './api';
import { emptyTaskValues, valuesFromTask } from './formModel';
import { TaskForm } from './TaskForm';

/** `/tasks/new?directiveId=&groupId=` (or `?parentTaskId=`) and `/tasks/:id/edit`. */
export function TaskFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const me = useMe().data;
  const task = useTask(id);
  const directiveId = params.get('directiveId') ?? undefined;
  const parentTaskId = params.get('parentTaskId') ?? undefined;
  const groupId = params.get('groupId') ?? '';
  const initial = useMemo(
    () => (task.data ? valuesFromTask(task.data) : emptyTaskValues(me?.user.unitId ?? '', groupId)),
    [task.data, me?.user.unitId, groupId],
  );
  const back = task.data?.directiveId ?? directiveId;
  return (
    <>
      <PageBreadcrumbs
        trail={[
          { to: '/directives', label: t('directives.title') },
          back && { to: `/directives/${back}`, label: task.data?.directive?.code ?? t('tasks.form.theDirective') },
          id && { to: `/tasks/${id}`, label: task.data?.title ?? '…' },
        ]}
      />
      <PageHeader title={id ? t('tasks.form.editTitle', { title: task.data?.title ?? '' }) : t('tasks.form.createTitle')} />
      {id && task.isError ? (
        <ErrorAlert error={task.error} />
      ) : (id && !task.data) || !me ? (
        <Spinner />
      ) : task.data && !task.data.can.update ? (
        <Alert color="yellow">{t('tasks.form.readOnly')}</Alert>
      ) : !id && !directiveId && !parentTaskId ? (
        <Alert color="yellow">{t('tasks.form.noDirective')}</Alert>
      ) : (
        <TaskForm key={task.data?.id ?? 'new'} task={task.data} directiveId={directiveId} parentTaskId={parentTaskId} initialValues={initial} />
      )}
    </>
  );
}
