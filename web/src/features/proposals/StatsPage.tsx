import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { Button, ColorSwatch, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ClearFiltersButton, FiltersPanel } from '../../ui/FiltersPanel';
import { PageBreadcrumbs } from '../../ui/PageBreadcrumbs';
import { PageHeader } from '../../ui/PageHeader';
import { Spinner } from '../../ui/Spinner';
import { useUrlState } from '../../ui/useUrlState';
import { UnitSelect } from '../units/UnitSelect';
import { useProposalStats } from './api';
import { statsQuery, statsXlsxHref, STATS_KEYS } from './filters';
import { useProposalLabels } from './labels';
import { localityBars, onTimePercent, roundDays, stateSlices, topicBars, urgencySlices, type Slice } from './stats';

function Figure({ label, value, color }: { label: string; value: ReactNode; color?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** A donut with its legend as a list (names and counts readable without hovering). */
function Donut({ data }: { data: Slice[] }) {
  return (
    <Group justify="center" gap="xl" wrap="wrap">
      <DonutChart data={data} withTooltip size={170} thickness={26} />
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {data.map((d) => (
          <Group key={d.name} gap={8} component="li" wrap="nowrap">
            <ColorSwatch color={`var(--mantine-color-${d.color.replace('.', '-')})`} size={12} aria-hidden />
            <Text size="sm">
              {d.name}: <b>{d.value}</b>
            </Text>
          </Group>
        ))}
      </Stack>
    </Group>
  );
}

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} fz="md" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** Counts by locality, topic, state and urgency; time to answer; overdue. Same filters for the XLSX export. */
export function StatsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const labels = useProposalLabels();
  const [u, setU] = useUrlState(STATS_KEYS);
  const q = useProposalStats(statsQuery(u));
  const s = q.data;
  const day = (d: unknown) => (d ? String(d).slice(0, 10) : null);
  const dash = t('proposals.stats.noValue');
  const days = (n: number | null | undefined) => {
    const r = roundDays(n);
    return r === null ? dash : t('proposals.stats.days', { count: r });
  };
  const onTime = s ? onTimePercent(s.answered) : null;
  const localityData = s ? localityBars(s, lang) : { rows: [], hidden: 0 };
  const topicData = s ? topicBars(s, lang, t('proposals.stats.noTopic')) : { rows: [], hidden: 0 };
  const localities = localityData.rows;
  const topics = topicData.rows;
  const hiddenNote = (n: number) => n > 0 && (
    <Text size="xs" c="dimmed" mt="xs">
      {t('proposals.stats.more', { count: n })}
    </Text>
  );
  const states = s ? stateSlices(s, labels.state) : [];
  const urgencies = s ? urgencySlices(s, labels.urgency) : [];
  const empty = <Text c="dimmed" size="sm">{t('proposals.stats.empty')}</Text>;

  return (
    <>
      <PageBreadcrumbs trail={[{ to: '/proposals', label: t('proposals.title') }]} current={t('proposals.stats.title')} />
      <PageHeader
        title={t('proposals.stats.title')}
        description={t('proposals.stats.intro')}
        actions={
          <Button component="a" href={statsXlsxHref(u)} download variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
            {t('proposals.stats.export')}
          </Button>
        }
      />
      <FiltersPanel>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DatePickerInput label={t('proposals.stats.from')} placeholder={t('proposals.stats.anyDate')} clearable value={u.from || null} onChange={(d) => setU({ from: day(d) })} maxDate={u.to || undefined} w={200} />
          <DatePickerInput label={t('proposals.stats.to')} placeholder={t('proposals.stats.anyDate')} clearable value={u.to || null} onChange={(d) => setU({ to: day(d) })} minDate={u.from || undefined} w={200} />
          <UnitSelect label={t('proposals.fields.targetUnit')} placeholder={t('common.all')} clearable value={u.targetUnitId || null} onChange={(v) => setU({ targetUnitId: v })} w={300} />
          <UnitSelect label={t('proposals.fields.locality')} placeholder={t('common.all')} clearable value={u.ownerUnitId || null} onChange={(v) => setU({ ownerUnitId: v })} w={300} />
          <ClearFiltersButton
            label={t('proposals.list.clearFilters')}
            disabled={!u.from && !u.to && !u.targetUnitId && !u.ownerUnitId}
            onClick={() => setU({ from: null, to: null, targetUnitId: null, ownerUnitId: null })}
          />
        </Group>
      </FiltersPanel>
      {q.isError ? (
        <ErrorAlert error={q.error} />
      ) : !s ? (
        <Spinner />
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
            <Figure label={t('proposals.stats.total')} value={s.total} />
            <Figure label={t('proposals.stats.answered')} value={s.answered?.count ?? 0} color="teal" />
            <Figure label={t('proposals.stats.overdue')} value={s.overdue} color={s.overdue > 0 ? 'red' : undefined} />
            <Figure label={t('proposals.stats.averageDays')} value={days(s.answered?.averageDays)} />
            <Figure label={t('proposals.stats.medianDays')} value={days(s.answered?.medianDays)} />
            <Figure label={t('proposals.stats.onTime')} value={onTime === null ? dash : `${onTime} %`} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <ChartCard title={t('proposals.stats.byState')}>
              {states.length ? <Donut data={states} /> : empty}
            </ChartCard>
            <ChartCard title={t('proposals.stats.byUrgency')}>
              {urgencies.length ? <Donut data={urgencies} /> : empty}
            </ChartCard>
          </SimpleGrid>
          <ChartCard title={t('proposals.stats.byLocality')}>
            {localities.length ? (
              <BarChart
                h={Math.max(220, localities.length * 34)}
                data={localities}
                dataKey="locality"
                orientation="vertical"
                yAxisProps={{ width: 180 }}
                withLegend
                series={[
                  { name: 'total', label: t('proposals.stats.total'), color: 'blue.6' },
                  { name: 'answered', label: t('proposals.stats.answered'), color: 'teal.6' },
                  { name: 'overdue', label: t('proposals.stats.overdue'), color: 'red.6' },
                ]}
              />
            ) : (
              empty
            )}
            {hiddenNote(localityData.hidden)}
          </ChartCard>
          <ChartCard title={t('proposals.stats.byTopic')}>
            {topics.length ? (
              <BarChart
                h={Math.max(220, topics.length * 30)}
                data={topics}
                dataKey="topic"
                orientation="vertical"
                yAxisProps={{ width: 180 }}
                series={[{ name: 'total', label: t('proposals.stats.total'), color: 'indigo.6' }]}
              />
            ) : (
              empty
            )}
            {hiddenNote(topicData.hidden)}
          </ChartCard>
        </Stack>
      )}
    </>
  );
}
