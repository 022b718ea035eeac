import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Partner } from './types';

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
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <VisuallyHidden component="caption">{t('partners.tabs.contacts')}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partners.contacts.name')}</Table.Th>
            <Table.Th scope="col">{t('partners.contacts.role')}</Table.Th>
            <Table.Th scope="col">{t('fields.email')}</Table.Th>
            <Table.Th scope="col">{t('partners.contacts.phone')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
