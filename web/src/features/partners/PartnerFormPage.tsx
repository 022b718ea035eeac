import { Anchor, Breadcrumbs, Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
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
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/partners">
          {t('partners.title')}
        </Anchor>
        {id && (
          <Anchor component={Link} to={`/partners/${id}`}>
            {name || '…'}
          </Anchor>
        )}
      </Breadcrumbs>
      <PageHeader title={id ? t('partners.form.editTitle', { name }) : t('partners.form.createTitle')} />
      {id && partner.isError ? (
        <ErrorAlert error={partner.error} />
      ) : id && !partner.data ? (
        <Center p="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        <PartnerForm key={partner.data?.id ?? 'new'} partner={partner.data} initialValues={initial} />
      )}
    </>
  );
}
