import { Anchor, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../ui/DataTable';
import { DetailField } from '../../ui/DetailField';
import { formatDateTime } from '../../ui/format';
import { unitName } from '../../ui/unitName';
import { FieldBadges } from '../partners/FieldBadges';
import { useLabels as usePartnerLabels } from '../partners/labels';
import { refName } from '../partners/names';
import { useCountries } from '../partners/referenceData';
import { formatMoney, formatSession, formatWhen, readerTimeZone, safeHref, sameOffset } from './display';
import { useEngagementLabels } from './labels';
import type { Engagement } from './types';

function Item(props: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return <DetailField none={t('engagements.detail.none')} {...props} />;
}

/** A titled table of the overview (participants, agenda), or a dimmed line while it is empty. */
function ListSection({ title, empty, none, children }: { title: string; empty: boolean; none: string; children: ReactNode }) {
  return (
    <div>
      <Title order={2} fz="md" mb="xs">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {none}
        </Text>
      ) : (
        children
      )}
    </div>
  );
}

const PARTICIPANT_KINDS = {
  user: 'engagements.participants.kinds.user',
  contact: 'engagements.participants.kinds.contact',
  guest: 'engagements.participants.kinds.guest',
} as const;

/** Every field of the engagement, partners linked to their pages, participants and agenda. */
export function OverviewTab({ engagement: e }: { engagement: Engagement }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const labels = useEngagementLabels();
  const partnerLabels = usePartnerLabels();
  const countries = useCountries();
  const reader = readerTimeZone();
  const partnerNames = new Map(e.partners.map((p) => [p.id, p.displayName]));
  const country = e.country ? refName(e.country, lang, e.country.code) : countries.name(e.countryCode);
  const sessions = [...e.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const titles: [string, string, string][] = [
    [t('engagements.fields.titleVi'), e.titleVi, 'vi'],
    [t('engagements.fields.titleEn'), e.titleEn, 'en'],
    [t('engagements.fields.titleFr'), e.titleFr, 'fr'],
  ];

  return (
    <Stack gap="lg">
      <Item label={t('engagements.fields.purpose')}>
        {e.purpose ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {e.purpose}
          </Text>
        ) : null}
      </Item>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <Item label={t('engagements.fields.when')}>
          <Text size="sm">{formatWhen(e, lang)}</Text>
          <Text size="xs" c="dimmed">
            {e.allDay ? t('engagements.detail.allDayIn', { zone: e.timeZone }) : t('engagements.detail.timesIn', { zone: e.timeZone })}
          </Text>
          {!e.allDay && !sameOffset(e.timeZone, reader, e.startsAt) && (
            <Text size="xs" c="dimmed">
              {t('engagements.detail.yourTime', { when: formatWhen(e, lang, reader), zone: reader })}
            </Text>
          )}
        </Item>
        <Item label={t('engagements.fields.place')}>
          {country || e.city || e.venue ? <Text size="sm">{[e.venue, e.city, country].filter(Boolean).join(', ')}</Text> : null}
          {e.onlineUrl ? (
            <Anchor href={safeHref(e.onlineUrl)} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
              {e.onlineUrl}
            </Anchor>
          ) : null}
        </Item>
        <Item label={t('engagements.fields.level')}>{e.level ? <Text size="sm">{labels.level(e.level)}</Text> : null}</Item>
        <Item label={t('engagements.fields.fields')}>
          {e.fieldIds.length ? <FieldBadges ids={e.fieldIds} /> : null}
        </Item>
        <Item label={t('engagements.fields.organiserUnit')}>{e.organiserUnit ? <Text size="sm">{unitName(e.organiserUnit, lang)}</Text> : null}</Item>
        <Item label={t('engagements.fields.coUnits')}>
          {e.coUnits.length ? (
            <Text size="sm">{e.coUnits.map((u) => unitName(u, lang)).join(', ')}</Text>
          ) : null}
        </Item>
        <Item label={t('engagements.fields.partners')}>
          {e.partners.length ? (
            <Stack gap={2}>
              {e.partners.map((p) => (
                <Anchor key={p.id} component={Link} to={`/partners/${p.id}`} size="sm">
                  {p.displayName}
                  {p.countryCode ? <Text span size="xs" c="dimmed">{` · ${countries.name(p.countryCode)}`}</Text> : null}
                </Anchor>
              ))}
            </Stack>
          ) : null}
        </Item>
        <Item label={t('engagements.fields.budget')}>
          {e.budgetAmount ? <Text size="sm">{formatMoney(e.budgetAmount, e.budgetCurrency, lang)}</Text> : null}
        </Item>
      </SimpleGrid>

      <ListSection
        title={`${t('engagements.fields.participants')} (${e.participants.length})`}
        empty={e.participants.length === 0}
        none={t('engagements.participants.none')}
      >
        <DataTable
          minWidth={520}
          verticalSpacing="xs"
          columns={[t('engagements.participants.name'), t('engagements.participants.role'), t('engagements.participants.who')]}
        >
          {e.participants.map((p) => {
            const kind = p.userId ? 'user' : p.contactId ? 'contact' : 'guest';
            const partner = p.partnerId ? partnerNames.get(p.partnerId) : undefined;
            return (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Text size="sm">{p.name}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{labels.role(p.role)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t(PARTICIPANT_KINDS[kind])}
                    {partner && p.partnerId ? (
                      <>
                        {' · '}
                        <Anchor component={Link} to={`/partners/${p.partnerId}`} size="sm">
                          {partner}
                        </Anchor>
                      </>
                    ) : null}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      </ListSection>

      <ListSection title={t('engagements.fields.agenda')} empty={sessions.length === 0} none={t('engagements.sessions.none')}>
        <DataTable
          minWidth={620}
          verticalSpacing="xs"
          columns={[t('engagements.sessions.time'), t('engagements.sessions.title'), t('engagements.sessions.speakers'), t('engagements.sessions.room')]}
        >
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Text size="sm">{formatSession(s, lang, e.timeZone)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.title}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.speakers}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.room}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </ListSection>

      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        {titles.map(([label, value, l]) => (
          <Item key={l} label={label}>
            {value ? (
              <Text size="sm" lang={l}>
                {value}
              </Text>
            ) : null}
          </Item>
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        <Item label={t('engagements.fields.visibility')}>
          <Text size="sm">{partnerLabels.visibility(e.visibility)}</Text>
        </Item>
        {/* Whether it needs approval is decided at submission. */}
        <Item label={t('engagements.detail.approval')}>
          {e.submittedAt ? (
            <>
              <Text size="sm">{e.needsApproval ? t('engagements.detail.needsApproval') : t('engagements.detail.noApproval')}</Text>
              <Text size="xs" c="dimmed">
                {t('engagements.detail.submittedAt', { date: formatDateTime(e.submittedAt, lang) })}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('engagements.detail.notSubmitted')}
            </Text>
          )}
        </Item>
        <Item label={t('engagements.detail.record')}>
          <Text size="xs" c="dimmed">
            {t('engagements.detail.createdAt', { date: formatDateTime(e.createdAt, lang) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('engagements.detail.updatedAt', { date: formatDateTime(e.updatedAt, lang) })}
          </Text>
        </Item>
      </SimpleGrid>
    </Stack>
  );
}
