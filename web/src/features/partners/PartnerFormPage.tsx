import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useMe } from '../auth/api';
import { usePartner } from './api';
import { emptyValues, valuesFromPartner } from './formModel';
import { partnerName } from './names';
import { PartnerForm } from './PartnerForm';

/** `/partners/new` and `/partners/:id/edit`. */
export function PartnerFormPage() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const me = useMe().data;
  const partner = usePartner(id);
  const initial = useMemo(() => (partner.data ? valuesFromPartner(partner.data) : emptyValues(me?.user.unitId ?? '')), [partner.data, me?.user.unitId]);
  const name = partner.data ? partnerName(partner.data, i18n.language) : '';

  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/partners', label: t('partners.title') }, id && { to: `/partners/${id}`, label: name || '…' }]} />
      <PageHeader title={id ? t('partners.form.editTitle', { name }) : t('partners.form.createTitle')} />
      {id && partner.isError ? (
        <ErrorAlert error={partner.error} />
      ) : id && !partner.data ? (
        <Spinner />
      ) : (
        <PartnerForm key={partner.data?.id ?? 'new'} partner={partner.data} initialValues={initial} />
      )}
    </>
  );
}
