import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newContactRow, type ContactErrors, type ContactField, type ContactRow } from './formModel';
import { DeleteAction } from '../../ui/DeleteAction';

interface Props {
  rows: ContactRow[];
  onChange: (rows: ContactRow[]) => void;
  /** Client errors: i18n keys. */
  clientErrors: ContactErrors;
  /** Server errors: translated text. */
  serverErrors: ContactErrors;
  onFieldEdited: (rowKey: string, field: ContactField) => void;
}

/** Repeatable contact rows; errors appear next to each field. */
export function ContactsEditor({ rows, onChange, clientErrors, serverErrors, onFieldEdited }: Props) {
  const { t } = useTranslation();
  const set = (key: string, field: ContactField, value: string) => {
    onChange(rows.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
    onFieldEdited(key, field);
  };
  const error = (key: string, field: ContactField) => {
    const c = clientErrors[key]?.[field];
    return c ? t(c) : serverErrors[key]?.[field];
  };
  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('partners.form.noContacts')}
        </Text>
      )}
      {rows.map((row, i) => (
        <Fieldset key={row.key} legend={t('partners.form.contactN', { n: i + 1 })} p="sm">
          <Group align="flex-start" wrap="nowrap" gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" style={{ flex: 1 }}>
              <TextInput
                label={t('partners.contacts.name')}
                required
                value={row.name}
                onChange={(e) => set(row.key, 'name', e.currentTarget.value)}
                error={error(row.key, 'name')}
              />
              <TextInput
                label={t('partners.contacts.role')}
                value={row.role}
                onChange={(e) => set(row.key, 'role', e.currentTarget.value)}
                error={error(row.key, 'role')}
              />
              <TextInput
                label={t('fields.email')}
                type="email"
                value={row.email}
                onChange={(e) => set(row.key, 'email', e.currentTarget.value)}
                error={error(row.key, 'email')}
              />
              <TextInput
                label={t('partners.contacts.phone')}
                type="tel"
                value={row.phone}
                onChange={(e) => set(row.key, 'phone', e.currentTarget.value)}
                error={error(row.key, 'phone')}
              />
            </SimpleGrid>
            <DeleteAction
              mt={26}
              iconSize={18}
              label={t('partners.form.removeContact', { n: i + 1 })}
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            />
          </Group>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...rows, newContactRow()])}>
          {t('partners.form.addContact')}
        </Button>
      </Group>
    </Stack>
  );
}
