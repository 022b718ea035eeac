import { Alert } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useMe } from '../auth/api';
import { todayInVietnam } from '../tasks/periods';
import { useDirective } from './api';
import { DirectiveForm } from './DirectiveForm';
import { emptyDirectiveValues, valuesFromDirective } from './formModel';

/** `/directives/new` and `/directives/:id/edit`. */
export function DirectiveFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe().data;
  const directive = useDirective(id);
  const initial = useMemo(
    () => (directive.data ? valuesFromDirective(directive.data) : emptyDirectiveValues(me?.user.unitId ?? '', todayInVietnam())),
    [directive.data, me?.user.unitId],
  );
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/directives', label: t('directives.title') }, id && { to: `/directives/${id}`, label: directive.data?.code ?? '…' }]} />
      <PageHeader title={id ? t('directives.form.editTitle', { code: directive.data?.code ?? '' }) : t('directives.form.createTitle')} />
      {id && directive.isError ? (
        <ErrorAlert error={directive.error} />
      ) : (id && !directive.data) || !me ? (
        <Spinner />
      ) : directive.data && !directive.data.can.update ? (
        <Alert color="yellow">{t('directives.form.readOnly')}</Alert>
      ) : (
        <DirectiveForm key={directive.data?.id ?? 'new'} directive={directive.data} initialValues={initial} />
      )}
    </>
  );
}
