import type { DatesSetArg, EventClickArg, EventMountArg } from '@fullcalendar/core';
import frLocale from '@fullcalendar/core/locales/fr';
import viLocale from '@fullcalendar/core/locales/vi';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Alert, Box, Button, Collapse, Group, Loader, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustments, IconRss } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ClearFiltersButton, FiltersPanel } from '../../ui/FiltersPanel';
import { PageHeader } from '../../ui/PageHeader';
import { useUrlState } from '../../ui/useUrlState';
import { KIND_LABELS, STATE_LABELS, useEngagementLabels, useEngagementOptions } from '../engagements/labels';
import type { EngagementKind } from '../engagements/types';
import { PartnerSelect } from '../partners/PartnerSelect';
import { useCountries } from '../partners/referenceData';
import { CountrySelect } from '../partners/selects';
import { UnitSelect } from '../units/UnitSelect';
import { useCalendar, type CalendarFilters, type CalendarRange } from './api';
import './calendar.css';
import { KIND_COLORS, rangeParams, STATE_COLORS, textOn, toCalendarEvent, viewerTimeZone, type ColorBy } from './events';
import { FeedModal } from './FeedModal';

const KEYS = ['view', 'date', 'unitId', 'kind', 'countryCode', 'partnerId', 'color'] as const;
const VIEWS = ['dayGridMonth', 'timeGridWeek', 'listMonth'] as const;
type View = (typeof VIEWS)[number];
/** The server answers at most this many; more means the view is cut. */
const MAX_ITEMS = 2000;

const isView = (v: string): v is View => (VIEWS as readonly string[]).includes(v);
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
const dayOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

// Literal keys for the calendar's own buttons and hints (the locale test reads them).
const PREV_HINTS: Record<string, string> = { month: 'calendarView.hints.previousMonth', week: 'calendarView.hints.previousWeek' };
const NEXT_HINTS: Record<string, string> = { month: 'calendarView.hints.nextMonth', week: 'calendarView.hints.nextWeek' };
const TODAY_HINTS: Record<string, string> = { month: 'calendarView.hints.thisMonth', week: 'calendarView.hints.thisWeek' };

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const labels = useEngagementLabels();
  const options = useEngagementOptions();
  const countries = useCountries();
  const [u, setU] = useUrlState(KEYS);
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  // FullCalendar reads its first view and date once; later moves are written back to the URL.
  const [initial] = useState(() => ({
    view: isView(u.view) ? u.view : narrow ? 'listMonth' : 'dayGridMonth',
    date: isDay(u.date) ? u.date : undefined,
  }));
  const [range, setRange] = useState<CalendarRange | null>(null);
  const [feedOpen, setFeedOpen] = useState(false);
  // On a phone the filters start folded; the user's toggle wins.
  const [filtersPref, setFiltersPref] = useState<boolean | null>(null);
  const showFilters = filtersPref ?? !narrow;
  const colorBy: ColorBy = u.color === 'state' ? 'state' : 'kind';

  const filters: CalendarFilters = useMemo(
    () => ({
      unitId: u.unitId || undefined,
      kind: (u.kind as EngagementKind) || undefined,
      countryCode: u.countryCode || undefined,
      partnerId: u.partnerId || undefined,
    }),
    [u.unitId, u.kind, u.countryCode, u.partnerId],
  );
  const q = useCalendar(range, filters);
  const events = useMemo(() => (q.data ?? []).map((item) => toCalendarEvent(item, colorBy)), [q.data, colorBy]);
  const filtered = Object.values(filters).some(Boolean);

  const onDatesSet = (arg: DatesSetArg) => {
    const next = rangeParams(arg.start, arg.end);
    setRange((prev) => (prev && prev.from === next.from && prev.to === next.to ? prev : next));
    const date = dayOf(arg.view.currentStart);
    if (u.view !== arg.view.type || u.date !== date) setU({ view: arg.view.type, date }, false);
  };

  const onEventClick = (info: EventClickArg) => {
    info.jsEvent.preventDefault();
    const url = info.event.url;
    if (!url) return;
    const e = info.jsEvent;
    if (e.ctrlKey || e.metaKey || e.shiftKey) window.open(url, '_blank', 'noopener');
    else void navigate(url);
  };

  // A hover title with what the block cannot show: kind, state, place.
  const onEventMount = (info: EventMountArg) => {
    const p = info.event.extendedProps as { kind: string; state: string; city: string; countryCode: string | null };
    const place = [p.city, countries.name(p.countryCode)].filter(Boolean).join(', ');
    info.el.title = [info.event.title, labels.kind(p.kind), labels.state(p.state), place].filter(Boolean).join(' · ');
  };

  const legend = colorBy === 'kind' ? KIND_LABELS : STATE_LABELS;
  const legendColors: Record<string, string> = colorBy === 'kind' ? KIND_COLORS : STATE_COLORS;

  return (
    <>
      <PageHeader
        title={t('calendarView.title')}
        description={t('calendarView.intro')}
        actions={
          <Button variant="default" leftSection={<IconRss size={16} aria-hidden />} onClick={() => setFeedOpen(true)}>
            {t('calendarView.feed.open')}
          </Button>
        }
      />
      <FiltersPanel>
        <Button
          hiddenFrom="sm"
          variant="default"
          mb={showFilters ? 'sm' : 0}
          leftSection={<IconAdjustments size={16} aria-hidden />}
          onClick={() => setFiltersPref(!showFilters)}
          aria-expanded={showFilters}
        >
          {t('common.filters')}
          {filtered ? ` (${Object.values(filters).filter(Boolean).length})` : ''}
        </Button>
        <Collapse expanded={showFilters}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <UnitSelect
              label={t('calendarView.filters.unit')}
              placeholder={t('common.all')}
              clearable
              value={u.unitId || null}
              onChange={(v) => setU({ unitId: v })}
            />
            <Select
              label={t('calendarView.filters.kind')}
              placeholder={t('common.all')}
              clearable
              data={options.kinds}
              value={u.kind || null}
              onChange={(v) => setU({ kind: v })}
            />
            <CountrySelect
              label={t('calendarView.filters.country')}
              placeholder={t('common.all')}
              value={u.countryCode || null}
              onChange={(v) => setU({ countryCode: v })}
            />
            <PartnerSelect
              label={t('calendarView.filters.partner')}
              placeholder={t('calendarView.filters.partnerPlaceholder')}
              value={u.partnerId || null}
              onChange={(id) => setU({ partnerId: id })}
            />
          </SimpleGrid>
          <Group justify="space-between" mt="sm" gap="sm" wrap="wrap" align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="calendar-color-by">
                {t('calendarView.colorBy')}
              </Text>
              <SegmentedControl
                aria-labelledby="calendar-color-by"
                size="xs"
                value={colorBy}
                onChange={(v) => setU({ color: v === 'kind' ? null : v }, false)}
                data={[
                  { value: 'kind', label: t('calendarView.colorByKind') },
                  { value: 'state', label: t('calendarView.colorByState') },
                ]}
              />
            </Stack>
            <ClearFiltersButton
              label={t('calendarView.filters.clear')}
              disabled={!filtered}
              onClick={() => setU({ unitId: null, kind: null, countryCode: null, partnerId: null }, false)}
            />
          </Group>
          <Group gap="xs" mt="sm" component="ul" aria-label={t('calendarView.legend')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {Object.entries(legend).map(([value, key]) => (
              <Box
                component="li"
                key={value}
                px={8}
                py={2}
                fz="xs"
                style={{ borderRadius: 4, background: legendColors[value], color: textOn(legendColors[value] ?? '#495057') }}
              >
                {t(key)}
              </Box>
            ))}
          </Group>
        </Collapse>
      </FiltersPanel>
      {q.isError && <ErrorAlert error={q.error} />}
      {(q.data?.length ?? 0) >= MAX_ITEMS && (
        <Alert color="yellow" variant="light" mb="sm">
          {t('calendarView.truncated', { count: MAX_ITEMS })}
        </Alert>
      )}
      <Paper withBorder p="sm" component="section" aria-label={t('calendarView.title')} aria-busy={q.isFetching} className="amity-calendar">
        <Group justify="space-between" mb="xs" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('calendarView.timeZoneNote', { zone: viewerTimeZone() })}
          </Text>
          {q.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        <FullCalendar
          plugins={[dayGridPlugin, timeGridPlugin, listPlugin]}
          initialView={initial.view}
          initialDate={initial.date}
          locales={[viLocale, frLocale]}
          locale={i18n.language}
          firstDay={1}
          timeZone="local"
          // The week's 24 hours scroll inside a fixed height, opened at the working day; month and list grow with the page.
          height={(isView(u.view) ? u.view : initial.view) === 'timeGridWeek' ? 760 : 'auto'}
          scrollTime="07:00:00"
          nowIndicator
          eventDisplay="block"
          eventTimeFormat={{ hour: 'numeric', minute: '2-digit', meridiem: 'short' }}
          dayMaxEvents={4}
          headerToolbar={{ left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek,listMonth' }}
          buttonText={{
            today: t('calendarView.today'),
            month: t('calendarView.views.month'),
            week: t('calendarView.views.week'),
            list: t('calendarView.views.list'),
          }}
          buttonHints={{
            prev: (_text: string, unit: string) => t(PREV_HINTS[unit] ?? 'calendarView.hints.previous'),
            next: (_text: string, unit: string) => t(NEXT_HINTS[unit] ?? 'calendarView.hints.next'),
            today: (_text: string, unit: string) => t(TODAY_HINTS[unit] ?? 'calendarView.today'),
          }}
          viewHint={t('calendarView.hints.view')}
          moreLinkHint={(n: number) => t('calendarView.hints.more', { count: n })}
          noEventsText={t('calendarView.noEvents')}
          allDayText={t('calendarView.allDay')}
          events={events}
          datesSet={onDatesSet}
          eventClick={onEventClick}
          eventDidMount={onEventMount}
        />
      </Paper>
      <FeedModal opened={feedOpen} onClose={() => setFeedOpen(false)} />
    </>
  );
}
