import { Anchor, Breadcrumbs, Center, Loader, Paper, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAddressBook, IconInfoCircle, IconNote, IconTimeline, IconTopologyStar3 } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useUrlState } from '../../ui/useUrlState';
import { deletePartner, useInvalidatePartners, usePartner } from './api';
import { ContactsTab } from './ContactsTab';
import { partnerName } from './names';
import { NotesTab } from './NotesTab';
import { OverviewTab } from './OverviewTab';
import { PartnerHeader } from './PartnerHeader';
import { useCountries } from './referenceData';
import { RelationshipsTab } from './RelationshipsTab';
import { TimelineTab } from './TimelineTab';

const TABS = ['overview', 'contacts', 'relationships', 'timeline', 'notes'] as const;
type Tab = (typeof TABS)[number];

export function PartnerDetailPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const partner = usePartner(id);
  const countries = useCountries();
  const invalidate = useInvalidatePartners();
  const [u, setU] = useUrlState(['tab'] as const);
  const tab: Tab = (TABS as readonly string[]).includes(u.tab) ? (u.tab as Tab) : 'overview';
  const [confirmDelete, setConfirmDelete] = useState(false);

  const remove = useMutation({
    mutationFn: () => deletePartner(id),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('partners.detail.deleted') });
      navigate('/partners');
      await invalidate([id]);
    },
  });

  if (partner.isError) return <ErrorAlert error={partner.error} />;
  if (!partner.data) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const p = partner.data;
  const name = partnerName(p, i18n.language);
  return (
    <>
      <Breadcrumbs mb="xs" fz="sm">
        <Anchor component={Link} to="/partners">
          {t('partners.title')}
        </Anchor>
        <span>{name}</span>
      </Breadcrumbs>
      <PartnerHeader partner={p} countryName={countries.name} onDelete={() => setConfirmDelete(true)} />
      <Tabs value={tab} onChange={(v) => setU({ tab: v === 'overview' ? null : v }, false)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} aria-hidden />}>
            {t('partners.tabs.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="contacts" leftSection={<IconAddressBook size={16} aria-hidden />}>
            {t('partners.tabs.contacts')} ({p.contacts.length})
          </Tabs.Tab>
          <Tabs.Tab value="relationships" leftSection={<IconTopologyStar3 size={16} aria-hidden />}>
            {t('partners.tabs.relationships')}
          </Tabs.Tab>
          <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} aria-hidden />}>
            {t('partners.tabs.timeline')}
          </Tabs.Tab>
          <Tabs.Tab value="notes" leftSection={<IconNote size={16} aria-hidden />}>
            {t('partners.tabs.notes')}
          </Tabs.Tab>
        </Tabs.List>
        <Paper withBorder p="md">
          <Tabs.Panel value="overview">
            <OverviewTab partner={p} />
          </Tabs.Panel>
          <Tabs.Panel value="contacts">
            <ContactsTab partner={p} />
          </Tabs.Panel>
          <Tabs.Panel value="relationships">
            <RelationshipsTab partner={p} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <TimelineTab partnerId={p.id} />
          </Tabs.Panel>
          <Tabs.Panel value="notes">
            <NotesTab partnerId={p.id} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
      <ConfirmModal
        opened={confirmDelete}
        title={t('partners.detail.deleteTitle')}
        message={t('partners.detail.deleteConfirm', { name })}
        confirmLabel={t('common.delete')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => remove.mutate()}
        onClose={() => setConfirmDelete(false)}
      />
    </>
  );
}
