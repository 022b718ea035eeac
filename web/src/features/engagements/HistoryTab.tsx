import { Text, Timeline } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { Spinner } from '../../ui/Spinner';
import { useEngagementHistory } from './api';
import { useEngagementLabels } from './labels';

/** The workflow's history, oldest first (the server's order): who moved it, when, with what comment. */
export function HistoryTab({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const labels = useEngagementLabels();
  const q = useEngagementHistory(engagementId);
  if (q.isError) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Spinner small />;
  if (q.data.length === 0) {
    return (
      <Text c="dimmed" ta="center" p="md">
        {t('engagements.history.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={24} lineWidth={2} active={q.data.length - 1}>
      {q.data.map((h) => (
        <Timeline.Item
          key={h.id}
          bullet={<IconArrowRight size={12} aria-hidden />}
          title={t('engagements.history.change', { from: labels.state(h.fromState), to: labels.state(h.toState) })}
        >
          {h.comment && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {h.comment}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatDateTime(h.at, i18n.language)} · {h.actorName ?? t('engagements.history.system')}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
