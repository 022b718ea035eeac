import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell, IconCalendarEvent, IconCheck, IconChecklist, IconPlaneArrival, IconPlus, IconWorld } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { Spinner } from '../../ui/Spinner';
import { unitName } from '../../ui/unitName';
import { useApprovals } from '../approvals/api';
import { useMe } from '../auth/api';
import { useCalendar } from '../calendar/api';
import { viewerTimeZone } from '../calendar/events';
import { updateFollowUp, useInvalidateEngagements, useMyFollowUps } from '../engagements/api';
import { formatDay, formatWhen } from '../engagements/display';
import { KIND_COLORS, STATE_COLORS, useEngagementLabels } from '../engagements/labels';
import type { FollowUp } from '../engagements/types';
import { useUnreadCount } from '../notifications/api';
import { Counter } from './Counter';
import { WorkCounters } from './WorkCounters';
import { followUpDaysLate, greetingKey, localDay, upcomingEngagements, upcomingRange, UPCOMING_DAYS } from './model';

const UPCOMING_SHOWN = 8;
const enc = encodeURIComponent;

/** The landing page after sign-in: what is late, what is coming, what waits for me. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const user = me.data?.user;
  const can = me.data?.can;
  // Fixed for the visit: the queries below are keyed by it.
  const [now] = useState(() => new Date());
  const today = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full' }).format(now);

  return (
    <>
      <PageHeader
        title={t(greetingKey(now), { name: user?.displayName ?? '' })}
        description={[today, unitName(user?.unit, i18n.language)].filter(Boolean).join(' · ')}
      />
      <Stack gap="lg">
        <Counters approver={!!can?.approveEngagements} />
        {user && <WorkCounters unitId={user.unitId} />}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
          <OverdueFollowUps />
          <Upcoming now={now} />
        </SimpleGrid>
        <QuickLinks create={!!can?.createEngagements} approver={!!can?.approveEngagements} />
      </Stack>
    </>
  );
}

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="lg" fw={650}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function Counters({ approver }: { approver: boolean }) {
  const { t } = useTranslation();
  const approvals = useApprovals(1, 1, approver);
  const overdue = useMyFollowUps({ page: 1, limit: 1, overdue: true });
  const unread = useUnreadCount();
  return (
    <SimpleGrid cols={{ base: 1, xs: approver ? 3 : 2 }} spacing="md">
      {approver && (
        <Counter
          label={t('home.waitingApproval')}
          value={approvals.data?.total}
          loading={approvals.isPending}
          link={{ to: '/approvals', label: t('home.openApprovals') }}
          color="orange.8"
        />
      )}
      <Counter
        label={t('home.overdueCount')}
        value={overdue.data?.total}
        loading={overdue.isPending && !overdue.isError}
        color="red.8"
      />
      <Counter
        label={t('home.unreadNotifications')}
        value={unread.data}
        loading={unread.isPending && !unread.isError}
        link={{ to: '/notifications', label: t('home.openNotifications') }}
        color="blue.8"
      />
    </SimpleGrid>
  );
}

function OverdueFollowUps() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [limit, setLimit] = useState(10);
  const q = useMyFollowUps({ page, limit, overdue: true });
  const invalidate = useInvalidateEngagements();
  const today = localDay(new Date());
  const done = useMutation({
    mutationFn: (f: FollowUp) => updateFollowUp(f.id, { done: true }),
    onSuccess: async () => {
      notifications.show({ color: 'green', message: t('home.followUpDone') });
      await invalidate();
    },
  });
  const items = q.data?.items ?? [];
  return (
    <Section title={t('home.overdueTitle')}>
      {q.isError && <ErrorAlert error={q.error} />}
      <ErrorAlert error={done.error} />
      {q.isPending && (
        <Spinner small />
      )}
      {q.data && items.length === 0 && (
        <Text c="dimmed" size="sm" p="sm">
          {t('home.noOverdue')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((f) => {
            const late = followUpDaysLate(f, today);
            return (
              <Paper component="li" key={f.id} withBorder p="sm" bg="red.0">
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {f.text}
                    </Text>
                    <Anchor component={Link} to={`/engagements/${enc(f.engagementId)}`} size="xs">
                      {f.engagementTitle}
                    </Anchor>
                    <Group gap={6}>
                      <Text size="xs" c="red.8" fw={600}>
                        {t('home.dueOn', { date: formatDay(f.dueDate, i18n.language) })}
                      </Text>
                      {late > 0 && (
                        <Badge size="xs" color="red" variant="filled" tt="none">
                          {t('home.daysLate', { count: late })}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                  {f.can.update && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="green"
                      style={{ flex: 'none' }}
                      leftSection={<IconCheck size={14} aria-hidden />}
                      loading={done.isPending && done.variables?.id === f.id}
                      onClick={() => done.mutate(f)}
                      aria-label={`${t('home.markDone')}: ${f.text}`}
                    >
                      {t('home.markDone')}
                    </Button>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      {q.data && q.data.total > limit && (
        <Pager page={page} limit={limit} total={q.data.total} onPage={setPage} onLimit={(l) => { setLimit(l); setPage(1); }} />
      )}
    </Section>
  );
}

function Upcoming({ now }: { now: Date }) {
  const { t, i18n } = useTranslation();
  const labels = useEngagementLabels();
  const range = useMemo(() => upcomingRange(now), [now]);
  const q = useCalendar(range);
  const items = useMemo(() => upcomingEngagements(q.data ?? [], now), [q.data, now]);
  return (
    <Section
      title={t('home.upcomingTitle', { count: UPCOMING_DAYS })}
      action={
        <Anchor component={Link} to="/calendar" size="sm">
          {t('home.openCalendar')}
        </Anchor>
      }
    >
      {q.isError && <ErrorAlert error={q.error} />}
      {q.isPending && (
        <Spinner small />
      )}
      {q.data && items.length === 0 && (
        <Text c="dimmed" size="sm" p="sm">
          {t('home.noUpcoming', { count: UPCOMING_DAYS })}
        </Text>
      )}
      {items.length > 0 && (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.slice(0, UPCOMING_SHOWN).map((e) => (
            <Paper component="li" key={e.id} withBorder p="sm">
              <Text size="xs" c="dimmed">
                {formatWhen(e, i18n.language, e.allDay ? undefined : viewerTimeZone())}
              </Text>
              <Anchor component={Link} to={`/engagements/${enc(e.id)}`} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {e.title}
              </Anchor>
              <Group gap={4} mt={4}>
                <Badge size="sm" variant="light" color={KIND_COLORS[e.kind] ?? 'gray'} tt="none">
                  {labels.kind(e.kind)}
                </Badge>
                <Badge size="sm" variant="dot" color={STATE_COLORS[e.state] ?? 'gray'} tt="none">
                  {labels.state(e.state)}
                </Badge>
                {e.city && (
                  <Text size="xs" c="dimmed">
                    {e.city}
                  </Text>
                )}
              </Group>
            </Paper>
          ))}
          {items.length > UPCOMING_SHOWN && (
            <Text size="sm" c="dimmed" component="li">
              {t('home.moreUpcoming', { count: items.length - UPCOMING_SHOWN })}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}

function QuickLinks({ create, approver }: { create: boolean; approver: boolean }) {
  const { t } = useTranslation();
  const links = [
    ...(create ? [{ to: '/engagements/new', icon: IconPlus, label: 'home.newEngagement', primary: true }] : []),
    { to: '/calendar', icon: IconCalendarEvent, label: 'nav.calendar' },
    { to: '/engagements', icon: IconPlaneArrival, label: 'nav.engagements' },
    ...(approver ? [{ to: '/approvals', icon: IconChecklist, label: 'nav.approvals' }] : []),
    { to: '/partners', icon: IconWorld, label: 'nav.partners' },
    { to: '/notifications', icon: IconBell, label: 'notifications.title' },
  ];
  return (
    <Section title={t('home.quickLinks')}>
      <Group gap="sm">
        {links.map(({ to, icon: Icon, label, primary }) => (
          <Button key={to} component={Link} to={to} variant={primary ? undefined : 'default'} leftSection={<Icon size={16} aria-hidden />}>
            {t(label)}
          </Button>
        ))}
      </Group>
    </Section>
  );
}
