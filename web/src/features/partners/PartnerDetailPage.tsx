import { notifications } from '@mantine/notifications';
import { IconAddressBook, IconInfoCircle, IconNote, IconTimeline, IconTopologyStar3 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { DetailTabs } from '../../ui/DetailTabs';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { Spinner } from '../../ui/Spinner';
import { useDeleteConfirm } from '../../ui/useDeleteConfirm';
import { deletePartner, useInvalidatePartners, usePartner } from './api';
import { ContactsTab } from './ContactsTab';
import { partnerName } from './names';
import { NotesTab } from './NotesTab';
import { OverviewTab } from './OverviewTab';
import { PartnerHeader } from './PartnerHeader';
import { useCountries } from './referenceData';
import { RelationshipsTab } from './RelationshipsTab';
import { TimelineTab } from './TimelineTab';

export function PartnerDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const partner = usePartner(id);
  const countries = useCountries();
  const invalidate = useInvalidatePartners();

  const remove = useDeleteConfirm(
    () => deletePartner(id),
    async () => {
      notifications.show({ color: 'green', message: t('partners.detail.deleted') });
      navigate('/partners');
      await invalidate([id]);
    },
  );

  if (partner.isError) return <ErrorAlert error={partner.error} />;
  if (!partner.data) return <Spinner />;
  const p = partner.data;
  const name = partnerName(p, i18n.language);
  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/partners', label: t('partners.title') }]} current={name} />
      <PartnerHeader partner={p} countryName={countries.name} onDelete={() => remove.ask(p)} />
      <DetailTabs
        tabs={[
          { value: 'overview', icon: IconInfoCircle, label: t('partners.tabs.overview'), panel: <OverviewTab partner={p} /> },
          { value: 'contacts', icon: IconAddressBook, label: `${t('partners.tabs.contacts')} (${p.contacts.length})`, panel: <ContactsTab partner={p} /> },
          { value: 'relationships', icon: IconTopologyStar3, label: t('partners.tabs.relationships'), panel: <RelationshipsTab partner={p} /> },
          { value: 'timeline', icon: IconTimeline, label: t('partners.tabs.timeline'), panel: <TimelineTab partnerId={p.id} /> },
          { value: 'notes', icon: IconNote, label: t('partners.tabs.notes'), panel: <NotesTab partnerId={p.id} /> },
        ]}
      />
      <ConfirmModal
        {...remove.modalProps}
        title={t('partners.detail.deleteTitle')}
        message={t('partners.detail.deleteConfirm', { name })}
        confirmLabel={t('common.delete')}
      />
    </>
  );
}
