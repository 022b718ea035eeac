import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconCalendarDown, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { unitName } from '../../ui/unitName';
import { useLabels as usePartnerLabels, VISIBILITY_COLORS } from '../partners/labels';
import { useCountries } from '../partners/referenceData';
import { icsHref } from './api';
import { formatWhen } from './display';
import { KIND_COLORS, STATE_COLORS, useEngagementLabels } from './labels';
import type { Engagement, EngagementAction } from './types';
import { allowedActions } from './workflow';

interface Props {
  engagement: Engagement;
  onAction: (action: EngagementAction) => void;
  onDelete: () => void;
}

/** Title, kind and state badges, and the actions the server allows (`can`). */
export function EngagementHeader({ engagement: e, onAction, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const labels = useEngagementLabels();
  const partnerLabels = usePartnerLabels();
  const countries = useCountries();
  useDocumentTitle(`${e.title} · Amity`);
  const lang = i18n.language;
  const place = e.onlineUrl && !e.countryCode && !e.city ? t('engagements.form.online') : [countries.name(e.countryCode), e.city].filter(Boolean).join(' · ');
  const actions = allowedActions(e.can);
  return (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Title order={1} fz={26} fw={650} style={{ flex: '1 1 320px' }}>
          {e.title}
        </Title>
        <Group gap="xs">
          <Button component="a" href={icsHref(e.id)} download variant="default" leftSection={<IconCalendarDown size={16} aria-hidden />}>
            {t('engagements.detail.downloadIcs')}
          </Button>
          {e.can.delete && (
            <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={onDelete}>
              {t('common.delete')}
            </Button>
          )}
          {e.can.update && (
            <Button component={Link} to={`/engagements/${e.id}/edit`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>
              {t('common.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <Group gap="xs" aria-label={t('engagements.detail.summary')} role="list">
        <Badge role="listitem" variant="filled" color={KIND_COLORS[e.kind] ?? 'blue'} tt="none">
          {labels.kind(e.kind)}
        </Badge>
        <Badge role="listitem" variant="light" color={STATE_COLORS[e.state] ?? 'gray'} tt="none" size="lg">
          {labels.state(e.state)}
        </Badge>
        <Badge role="listitem" variant="light" color="indigo" tt="none">
          {formatWhen(e, lang)}
        </Badge>
        {place && (
          <Badge role="listitem" variant="light" color="cyan" tt="none">
            {place}
          </Badge>
        )}
        <Badge role="listitem" variant="outline" color={VISIBILITY_COLORS[e.visibility] ?? 'gray'} tt="none">
          {partnerLabels.visibility(e.visibility)}
        </Badge>
        {e.organiserUnit && (
          <Badge role="listitem" variant="outline" color="gray" tt="none">
            {t('engagements.detail.organiserBadge', { name: unitName(e.organiserUnit, lang) })}
          </Badge>
        )}
      </Group>
      {actions.length > 0 && (
        <Group gap="xs" role="group" aria-label={t('engagements.detail.workflow')}>
          {actions.map((a) => (
            <Button key={a.action} color={a.color} variant={a.variant} onClick={() => onAction(a.action)}>
              {labels.action(a.action)}
            </Button>
          ))}
        </Group>
      )}
      {e.state === 'submitted' && e.decisionDueAt && (
        <Text size="sm" c={new Date(e.decisionDueAt).getTime() < Date.now() ? 'red' : 'dimmed'}>
          {t('engagements.detail.decisionDue', { date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(e.decisionDueAt)) })}
        </Text>
      )}
    </Stack>
  );
}
