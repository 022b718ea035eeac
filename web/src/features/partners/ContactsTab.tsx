import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Partner } from './types';
import { DataTable } from '../../ui/DataTable';

const enc = encodeURIComponent;

export function ContactsTab({ partner: p }: { partner: Partner }) {
  const { t } = useTranslation();
  if (p.contacts.length === 0) {
    return (
      <Text c="dimmed" ta="center" p="md">
        {t('partners.contacts.none')}
      </Text>
    );
  }
  return (
    <DataTable
      minWidth={640}
      verticalSpacing="sm"
      caption={t('partners.tabs.contacts')}
      columns={[t('partners.contacts.name'), t('partners.contacts.role'), t('fields.email'), t('partners.contacts.phone')]}
      actions
    >
      {p.contacts.map((c) => (
        <Table.Tr key={c.id}>
          <Table.Td>
            <Text size="sm" fw={500}>
              {c.name}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{c.role}</Text>
          </Table.Td>
          <Table.Td>
            {c.email && (
              <Anchor href={`mailto:${c.email}`} size="sm">
                {c.email}
              </Anchor>
            )}
          </Table.Td>
          <Table.Td>
            {c.phone && (
              <Anchor href={`tel:${c.phone.replace(/[^\d+]/g, '')}`} size="sm">
                {c.phone}
              </Anchor>
            )}
          </Table.Td>
          <Table.Td ta="right">
            <Button
              component="a"
              href={`/api/v1/partners/${enc(p.id)}/contacts/${enc(c.id)}/vcard`}
              download
              size="xs"
              variant="light"
              leftSection={<IconAddressBook size={14} aria-hidden />}
              aria-label={t('partners.contacts.vcardFor', { name: c.name })}
            >
              {t('partners.contacts.vcard')}
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
