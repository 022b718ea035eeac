import { describe, expect, it } from 'vitest';
import { localityBars, onTimePercent, roundDays, stateSlices, topicBars, urgencySlices } from './stats';

const unit = (n: string) => ({ id: n, nameVi: `${n} vi`, nameEn: `${n} en`, nameFr: `${n} fr` });

describe('statistics for charts', () => {
  it('draws only the states and urgencies that have proposals, in workflow order', () => {
    const slices = stateSlices({ byState: { submitted: 2, accepted: 0, answered: 5, closed: 1, rejected: 0 } }, (s) => `S:${s}`);
    expect(slices).toEqual([
      { name: 'S:submitted', value: 2, color: 'yellow.6' },
      { name: 'S:answered', value: 5, color: 'teal.6' },
      { name: 'S:closed', value: 1, color: 'gray.6' },
    ]);
    expect(urgencySlices({ byUrgency: { normal: 0, urgent: 3, very_urgent: 1 } }, (u) => u).map((s) => s.name)).toEqual(['urgent', 'very_urgent']);
  });

  it('orders localities by count in the UI language and leaves the tail out, counted', () => {
    const byLocality = [
      { unit: unit('B'), total: 2, answered: 1, overdue: 0 },
      { unit: unit('A'), total: 2, answered: 2, overdue: 0 },
      { unit: unit('C'), total: 9, answered: 3, overdue: 2 },
      { unit: unit('D'), total: 1, answered: 0, overdue: 1 },
    ];
    expect(localityBars({ byLocality }, 'en').rows.map((r) => r.locality)).toEqual(['C en', 'A en', 'B en', 'D en']);
    expect(localityBars({ byLocality }, 'vi', 2)).toEqual({
      rows: [
        { locality: 'C vi', total: 9, answered: 3, overdue: 2 },
        { locality: 'A vi', total: 2, answered: 2, overdue: 0 },
      ],
      hidden: 2,
    });
  });

  it('names proposals without a topic', () => {
    const { rows, hidden } = topicBars({ byTopic: [{ field: null, total: 4 }, { field: unit('Trade'), total: 7 }] }, 'fr', 'Sans domaine');
    expect(hidden).toBe(0);
    expect(rows).toEqual([
      { topic: 'Trade fr', total: 7 },
      { topic: 'Sans domaine', total: 4 },
    ]);
  });

  it('rounds days and the on-time share; nothing answered gives no figure', () => {
    expect(roundDays(12.345)).toBe(12.3);
    expect(roundDays(null)).toBeNull();
    expect(onTimePercent({ count: 3, onTime: 2, averageDays: 1, medianDays: 1 })).toBe(67);
    expect(onTimePercent({ count: 0, onTime: 0, averageDays: null, medianDays: null })).toBeNull();
  });
});
