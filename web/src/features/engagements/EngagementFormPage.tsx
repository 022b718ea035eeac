import { Alert } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useMe } from '../auth/api';
import { usePartner } from '../partners/api';
import { partnerName } from '../partners/names';
import { useEngagement } from './api';
import { emptyValues, valuesFromEngagement, type EngagementFormValues } from './formModel';
import { EngagementForm } from './EngagementForm';
import { isDate } from './time';

/**
 * `/engagements/new` and `/engagements/:id/edit`. A new engagement may be started from elsewhere
 * with `?date=YYYY-MM-DD` (the calendar: that day) and `?partnerId=` (a partner's page).
 */
export function EngagementFormPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const me = useMe().data;
  const engagement = useEngagement(id);
  const date = params.get('date') ?? '';
  const partnerId = !id ? params.get('partnerId') : null;
  const partner = usePartner(partnerId);
  const waitingForPartner = !!partnerId && partner.isPending;
  const initial = useMemo<EngagementFormValues>(() => {
    if (engagement.data) return valuesFromEngagement(engagement.data);
    const v = emptyValues(me?.user.unitId ?? '');
    if (isDate(date)) {
      v.startDate = date;
      v.endDate = date;
    }
    if (partner.data) v.partners = [{ id: partner.data.id, name: partnerName(partner.data, i18n.language) }];
    return v;
  }, [engagement.data, me?.user.unitId, date, partner.data, i18n.language]);
  const title = engagement.data?.title ?? '';

  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/engagements', label: t('engagements.title') }, id && { to: `/engagements/${id}`, label: title || '…' }]} />
      <PageHeader title={id ? t('engagements.form.editTitle', { title }) : t('engagements.form.createTitle')} />
      {id && engagement.isError ? (
        <ErrorAlert error={engagement.error} />
      ) : (id && !engagement.data) || !me || waitingForPartner ? (
        <Spinner />
      ) : engagement.data && !engagement.data.can.update ? (
        <Alert color="yellow">{t('engagements.form.readOnly')}</Alert>
      ) : !engagement.data && !me.can.createEngagements ? (
        <Alert color="yellow">{t('engagements.form.cannotCreate')}</Alert>
      ) : (
        <EngagementForm key={engagement.data?.id ?? 'new'} engagement={engagement.data} initialValues={initial} />
      )}
    </>
  );
}
