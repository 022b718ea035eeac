// Shapes the statistics answer into the rows the charts draw (pure, so it is tested without a browser).
import type { UnitNames } from '../../ui/types';
import { unitName } from '../../ui/unitName';
import { PROPOSAL_STATES, URGENCIES, type ProposalState, type ProposalStats, type Urgency } from './types';

export const STATE_CHART_COLORS: Record<ProposalState, string> = {
  submitted: 'yellow.6',
  accepted: 'blue.6',
  answered: 'teal.6',
  closed: 'gray.6',
  rejected: 'red.6',
};
export const URGENCY_CHART_COLORS: Record<Urgency, string> = { normal: 'gray.5', urgent: 'orange.6', very_urgent: 'red.7' };

export interface Slice {
  name: string;
  value: number;
  color: string;
}

/** Donut slices of the states with at least one proposal (an empty slice draws nothing but a legend entry). */
export function stateSlices(stats: Pick<ProposalStats, 'byState'>, label: (s: ProposalState) => string): Slice[] {
  return PROPOSAL_STATES.map((s) => ({ name: label(s), value: stats.byState?.[s] ?? 0, color: STATE_CHART_COLORS[s] })).filter((x) => x.value > 0);
}

export function urgencySlices(stats: Pick<ProposalStats, 'byUrgency'>, label: (u: Urgency) => string): Slice[] {
  return URGENCIES.map((u) => ({ name: label(u), value: stats.byUrgency?.[u] ?? 0, color: URGENCY_CHART_COLORS[u] })).filter((x) => x.value > 0);
}

/**
 * A bar chart stays readable up to about this many bars. The rest are left out rather than summed:
 * one "others" bar would dwarf the scale (the table in the XLSX export has them all).
 */
export const MAX_BARS = 20;

export interface LocalityBar {
  locality: string;
  total: number;
  answered: number;
  overdue: number;
}

/** Localities by number of proposals, most first (ties by name); `hidden` = how many were left out. */
export function localityBars(stats: Pick<ProposalStats, 'byLocality'>, lang: string, max = MAX_BARS): { rows: LocalityBar[]; hidden: number } {
  const rows = (stats.byLocality ?? [])
    .map((r) => ({ locality: unitName(r.unit as UnitNames, lang), total: r.total, answered: r.answered, overdue: r.overdue }))
    .sort((a, b) => b.total - a.total || a.locality.localeCompare(b.locality, lang));
  return { rows: rows.slice(0, max), hidden: Math.max(0, rows.length - max) };
}

/** Topics (cooperation fields) by number of proposals; proposals without a topic under `noneLabel`. */
export function topicBars(stats: Pick<ProposalStats, 'byTopic'>, lang: string, noneLabel: string, max = MAX_BARS) {
  const rows = (stats.byTopic ?? [])
    .map((r) => ({ topic: r.field ? unitName(r.field, lang) : noneLabel, total: r.total }))
    .sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic, lang));
  return { rows: rows.slice(0, max), hidden: Math.max(0, rows.length - max) };
}

/** Days shown with at most one decimal; null (nothing answered yet) stays null. */
export function roundDays(n: number | null | undefined): number | null {
  if (n === null || n === undefined || !Number.isFinite(n)) return null;
  return Math.round(n * 10) / 10;
}

/** Share of answered proposals answered by their due date, in whole percent; null when none was answered. */
export function onTimePercent(answered: ProposalStats['answered'] | undefined): number | null {
  if (!answered || !answered.count) return null;
  return Math.round((answered.onTime / answered.count) * 100);
}
