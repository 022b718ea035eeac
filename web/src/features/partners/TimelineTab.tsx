import { Anchor, Text, Timeline } from '@mantine/core';
import { IconCalendarEvent, IconGitMerge, IconLink, IconLinkOff, IconNote, IconPencil, IconPlus, IconPoint } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { Pager } from '../../ui/Pager';
import { Spinner } from '../../ui/Spinner';
import { useTimeline } from './api';
import { useLabels } from './labels';
import { engagementTitle, eventDetail } from './timeline';

const ICONS: Record<string, typeof IconPoint> = {
  created: IconPlus,
  updated: IconPencil,
  note_added: IconNote,
  relationship_added: IconLink,
  relationship_removed: IconLinkOff,
  merged: IconGitMerge,
  engagement: IconCalendarEvent,
};

/** Everything that happened to the partner, newest first (the server's order). */
export function TimelineTab({ partnerId }: { partnerId: string }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  // An engagement event names the engagement's kind and state in the engagements feature's words, read by
  // key: engagements builds on partners, so partners does not import it. Unknown values show as themselves.
  const engagementWord = (family: 'kinds' | 'states') => (v: string) => (v ? t(`engagements.${family}.${v}`, { defaultValue: v }) : '');
  const [page, setPage] = useState(1);
  const [limit, setLimit] = useState(20);
  const q = useTimeline(partnerId, page, limit);
  const detail = (kind: string, data: unknown) =>
    eventDetail(kind, data, { ...labels, engagementKind: engagementWord('kinds'), engagementState: engagementWord('states'), lang: i18n.language });
  if (q.isError) return <ErrorAlert error={q.error} />;
  if (!q.data) return <Spinner small />;
  if (q.data.items.length === 0) {
    return (
      <Text c="dimmed" ta="center" p="md">
        {t('common.noResults')}
      </Text>
    );
  }
  return (
    <>
      <Timeline bulletSize={26} lineWidth={2} active={-1}>
        {q.data.items.map((e) => {
          const Icon = ICONS[e.kind] ?? IconPoint;
          return (
            <Timeline.Item key={e.id} bullet={<Icon size={14} aria-hidden />} title={labels.event(e.kind)}>
              {e.kind === 'engagement' && e.refId && (
                <Anchor component={Link} to={`/engagements/${e.refId}`} size="sm" fw={600} lang="">
                  {engagementTitle(e.data, i18n.language)}
                </Anchor>
              )}
              {detail(e.kind, e.data) && (
                <Text size="sm" lang="">
                  {detail(e.kind, e.data)}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {formatDateTime(e.at, i18n.language)} · {e.actor?.displayName ?? t('audit.system')}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
      <Pager page={page} limit={limit} total={q.data.total} onPage={setPage} onLimit={(l) => { setLimit(l); setPage(1); }} />
    </>
  );
}
