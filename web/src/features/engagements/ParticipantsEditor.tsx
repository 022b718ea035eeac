import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconUser, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { DeleteAction } from '../../ui/DeleteAction';
import { partnersKey } from '../partners/api';
import type { Partner } from '../partners/types';
import { newParticipantRow, type ParticipantKind, type ParticipantRow, type PartnerPick } from './formModel';
import { type ParticipantField, type RowErrors } from './formRules';
import { useEngagementOptions } from './labels';
import { PersonSelect } from './PersonSelect';

interface Props {
  rows: ParticipantRow[];
  onChange: (rows: ParticipantRow[]) => void;
  /** The engagement's partners: their contact points may take part. */
  partners: PartnerPick[];
  /** Client errors: i18n keys. */
  clientErrors: RowErrors<ParticipantField>;
  /** Server errors: translated text. */
  serverErrors: RowErrors<ParticipantField>;
  onFieldEdited: (rowKey: string, field: ParticipantField) => void;
}

const KIND_LABELS: Record<ParticipantKind, string> = {
  user: 'engagements.participants.kinds.user',
  contact: 'engagements.participants.kinds.contact',
  guest: 'engagements.participants.kinds.guest',
};

/** Contact points of the chosen partners (from each partner's record; shared cache with the partner pages). */
function usePartnerContacts(partners: PartnerPick[]) {
  const results = useQueries({
    queries: partners.map((p) => ({
      queryKey: [...partnersKey, 'one', p.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => api<Partner>(`/partners/${encodeURIComponent(p.id)}`, { signal }),
      staleTime: 60_000,
    })),
  });
  return useMemo(() => {
    const groups: { group: string; items: { value: string; label: string }[] }[] = [];
    const byContact = new Map<string, { partnerId: string; name: string }>();
    partners.forEach((p, i) => {
      const contacts = results[i]?.data?.contacts ?? [];
      if (!contacts.length) return;
      groups.push({ group: p.name, items: contacts.map((c) => ({ value: c.id, label: c.role ? `${c.name} (${c.role})` : c.name })) });
      for (const c of contacts) byContact.set(c.id, { partnerId: p.id, name: c.name });
    });
    return { groups, byContact, loading: results.some((r) => r.isPending) };
  }, [partners, results]);
}

/** People taking part: colleagues (users), contact points of the partners, guests by name; each with a role. */
export function ParticipantsEditor({ rows, onChange, partners, clientErrors, serverErrors, onFieldEdited }: Props) {
  const { t } = useTranslation();
  const options = useEngagementOptions();
  const contacts = usePartnerContacts(partners);
  const knownUsers = useMemo(() => rows.filter((r) => r.kind === 'user' && r.userId).map((r) => ({ id: r.userId, name: r.name })), [rows]);

  const set = (key: string, patch: Partial<ParticipantRow>, field: ParticipantField) => {
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    onFieldEdited(key, field);
  };
  const error = (key: string, field: ParticipantField) => {
    const c = clientErrors[key]?.[field];
    return c ? t(c) : serverErrors[key]?.[field];
  };
  const add = (kind: ParticipantKind) => onChange([...rows, newParticipantRow({ kind, role: kind === 'guest' ? 'guest' : 'member' })]);

  return (
    <Stack gap="sm">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('engagements.participants.none')}
        </Text>
      )}
      {rows.map((row, i) => {
        const n = i + 1;
        // A contact of a partner no longer chosen keeps its name as an option.
        const contactData =
          row.kind === 'contact' && row.contactId && !contacts.byContact.has(row.contactId)
            ? [...contacts.groups, { group: t('engagements.participants.otherContacts'), items: [{ value: row.contactId, label: row.name || row.contactId }] }]
            : contacts.groups;
        return (
          <Paper key={row.key} withBorder p="sm" component="fieldset" aria-label={t('engagements.participants.rowN', { n })} style={{ margin: 0 }}>
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap="xs" style={{ flex: 1 }}>
                <Badge variant="light" color="gray" tt="none" w="fit-content">
                  {t(KIND_LABELS[row.kind])}
                </Badge>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  {row.kind === 'user' && (
                    <PersonSelect
                      label={t('engagements.participants.user')}
                      required
                      value={row.userId || null}
                      known={knownUsers}
                      onChange={(id, name) => set(row.key, { userId: id ?? '', name }, 'who')}
                      error={error(row.key, 'who')}
                    />
                  )}
                  {row.kind === 'contact' && (
                    <Select
                      label={t('engagements.participants.contact')}
                      required
                      searchable
                      data={contactData}
                      value={row.contactId || null}
                      placeholder={partners.length ? undefined : t('engagements.participants.choosePartnersFirst')}
                      nothingFoundMessage={contacts.loading ? t('common.loading') : t('engagements.participants.noContacts')}
                      onChange={(id) => {
                        const c = id ? contacts.byContact.get(id) : undefined;
                        set(row.key, { contactId: id ?? '', partnerId: c?.partnerId ?? row.partnerId, name: c?.name ?? row.name }, 'who');
                      }}
                      error={error(row.key, 'who')}
                    />
                  )}
                  {row.kind === 'guest' && (
                    <TextInput
                      label={t('engagements.participants.name')}
                      required
                      value={row.name}
                      onChange={(e) => set(row.key, { name: e.currentTarget.value }, 'name')}
                      error={error(row.key, 'name') ?? error(row.key, 'who')}
                    />
                  )}
                  <Select
                    label={t('engagements.participants.role')}
                    required
                    allowDeselect={false}
                    data={options.roles}
                    value={row.role || null}
                    onChange={(v) => set(row.key, { role: v ?? '' }, 'role')}
                    error={error(row.key, 'role')}
                  />
                </SimpleGrid>
              </Stack>
              <DeleteAction
                mt={30}
                iconSize={18}
                label={t('engagements.participants.remove', { n })}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              />
            </Group>
          </Paper>
        );
      })}
      <Group gap="xs">
        <Button variant="light" leftSection={<IconUser size={16} aria-hidden />} onClick={() => add('user')}>
          {t('engagements.participants.addUser')}
        </Button>
        <Button variant="light" leftSection={<IconUsers size={16} aria-hidden />} onClick={() => add('contact')} disabled={partners.length === 0}>
          {t('engagements.participants.addContact')}
        </Button>
        <Button variant="light" leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => add('guest')}>
          {t('engagements.participants.addGuest')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        {t('engagements.participants.guestHint')}
        {partners.length === 0 ? ` ${t('engagements.participants.contactHint')}` : ''}
      </Text>
    </Stack>
  );
}
