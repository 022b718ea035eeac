import { Alert, Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMessageReply, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DetailField } from '../../ui/DetailField';
import { formatDate, formatDateTime } from '../../ui/format';
import { unitName } from '../../ui/unitName';
import { DueBadge } from './DueBadge';
import { reopenOpen, todayInVietnam } from './due';
import type { Proposal } from './types';

/** The proposal's text, its answer (or the reason it was rejected) and who handles it by when. */
export function OverviewTab({ proposal: p }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const none = t('proposals.detail.none');
  return (
    <Stack>
      {p.answer && (
        <Alert
          color="teal"
          variant="light"
          icon={<IconMessageReply size={18} aria-hidden />}
          title={t('proposals.detail.answerTitle', { date: formatDateTime(p.answeredAt, lang) })}
          role="region"
          aria-label={t('proposals.fields.answer')}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {p.answer}
          </Text>
          {p.state === 'answered' && reopenOpen(p.reopenUntil, todayInVietnam()) && p.reopenCount === 0 && (
            <Text size="xs" c="dimmed" mt="xs">
              {t('proposals.detail.reopenUntil', { date: formatDate(p.reopenUntil, lang) })}
            </Text>
          )}
        </Alert>
      )}
      {p.state === 'rejected' && p.rejectReason && (
        <Alert color="red" variant="light" icon={<IconBan size={18} aria-hidden />} title={t('proposals.fields.rejectReason')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {p.rejectReason}
          </Text>
        </Alert>
      )}
      <section aria-labelledby="proposal-body">
        <Title order={2} fz="md" mb="xs" id="proposal-body">
          {t('proposals.fields.body')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={p.body ? undefined : 'dimmed'}>
          {p.body || none}
        </Text>
      </section>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <DetailField label={t('proposals.fields.locality')} none={none}>
          <Text size="sm">{unitName(p.ownerUnit, lang)}</Text>
        </DetailField>
        <DetailField label={t('proposals.fields.submittedBy')} none={none}>
          {p.submitterName && <Text size="sm">{t('proposals.detail.submittedBy', { name: p.submitterName, date: formatDateTime(p.submittedAt, lang) })}</Text>}
        </DetailField>
        <DetailField label={t('proposals.fields.targetUnit')} none={none}>
          <Text size="sm">{unitName(p.targetUnit, lang)}</Text>
        </DetailField>
        <DetailField label={t('proposals.fields.handlingUnit')} none={none}>
          {p.handlingUnit && <Text size="sm">{unitName(p.handlingUnit, lang)}</Text>}
        </DetailField>
        <DetailField label={t('proposals.fields.handler')} none={none}>
          {p.handlerName && <Text size="sm">{p.handlerName}</Text>}
        </DetailField>
        <DetailField label={t('proposals.fields.dueOn')} none={none}>
          {p.dueOn && <DueBadge p={p} />}
        </DetailField>
        <DetailField label={t('proposals.fields.topic')} none={none}>
          {p.field && <Text size="sm">{unitName(p.field, lang)}</Text>}
        </DetailField>
        <DetailField label={t('proposals.fields.group')} none={none}>
          {p.group && (
            <Anchor component={Link} to={`/proposals/groups/${encodeURIComponent(p.group.id)}`} size="sm">
              {p.group.title}
            </Anchor>
          )}
        </DetailField>
        <DetailField label={t('proposals.fields.task')} none={none}>
          {p.taskId && (
            <Anchor component={Link} to={`/tasks/${encodeURIComponent(p.taskId)}`} size="sm">
              {t('proposals.detail.openTask')}
            </Anchor>
          )}
        </DetailField>
      </SimpleGrid>
    </Stack>
  );
}
