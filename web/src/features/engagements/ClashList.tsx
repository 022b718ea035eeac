import { Alert, Anchor, CloseButton, Group, List, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCountries } from '../partners/referenceData';
import { formatDay, formatSpan } from './display';
import type { Clash } from './types';

/** One clash as a sentence; the other engagement is a link when the user may see it, else "another unit". */
function ClashItem({ clash: c }: { clash: Clash }) {
  const { i18n } = useTranslation();
  const countries = useCountries();
  const lang = i18n.language;
  // An all-day engagement's days are those of its own zone (a Paris day is not a Hanoi day).
  const when = c.startsAt ? formatSpan(c.startsAt, c.endsAt, lang, c.allDay ? c.timeZone : undefined) : formatDay(c.date, lang);
  const link = c.engagementId ? <Anchor component={Link} to={`/engagements/${c.engagementId}`} target="_blank" fw={600} /> : <Text span fw={600} />;
  const values = {
    partner: c.partnerName ?? '',
    person: c.participantName ?? '',
    title: c.title ?? '',
    unit: c.unitName ? ` (${c.unitName})` : '',
    when,
    holiday: c.holidayName ?? '',
    country: countries.name(c.countryCode),
    date: formatDay(c.date, lang),
  };
  if (c.type === 'holiday') return <Trans i18nKey="engagements.clashes.holiday" values={values} components={{ b: <Text span fw={600} /> }} />;
  const hidden = c.otherUnit || !c.title;
  if (c.type === 'partner') {
    return hidden ? (
      <Trans i18nKey="engagements.clashes.partnerOtherUnit" values={values} components={{ b: <Text span fw={600} /> }} />
    ) : (
      <Trans i18nKey="engagements.clashes.partner" values={values} components={{ b: <Text span fw={600} />, item: link }} />
    );
  }
  return hidden ? (
    <Trans i18nKey="engagements.clashes.participantOtherUnit" values={values} components={{ b: <Text span fw={600} /> }} />
  ) : (
    <Trans i18nKey="engagements.clashes.participant" values={values} components={{ b: <Text span fw={600} />, item: link }} />
  );
}

interface Props {
  clashes: Clash[] | undefined;
  /** A check is running. */
  checking?: boolean;
  /** Say so when the check found nothing (the form); elsewhere nothing is shown. */
  showNone?: boolean;
  onClose?: () => void;
}

/** Clash warnings: never blocking, only telling. */
export function ClashList({ clashes, checking, showNone, onClose }: Props) {
  const { t } = useTranslation();
  if (checking && !clashes?.length) {
    return (
      <Group gap="xs" aria-live="polite">
        <Loader size={14} aria-hidden />
        <Text size="sm" c="dimmed">
          {t('engagements.clashes.checking')}
        </Text>
      </Group>
    );
  }
  if (!clashes?.length) {
    return showNone && clashes ? (
      <Group gap="xs" aria-live="polite">
        <IconCircleCheck size={16} color="var(--mantine-color-green-7)" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('engagements.clashes.none')}
        </Text>
      </Group>
    ) : null;
  }
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('engagements.clashes.title', { count: clashes.length })}
      aria-live="polite"
      withCloseButton={false}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <List size="sm" spacing={4}>
            {clashes.map((c, i) => (
              <List.Item key={`${c.type}-${c.engagementId ?? ''}-${c.partnerId ?? ''}-${c.date ?? ''}-${i}`}>
                <ClashItem clash={c} />
              </List.Item>
            ))}
          </List>
          <Text size="xs" c="dimmed" mt="xs">
            {t('engagements.clashes.hint')}
          </Text>
        </div>
        {onClose && <CloseButton size="sm" aria-label={t('common.close')} onClick={onClose} />}
      </Group>
    </Alert>
  );
}
