import { describe, expect, it } from 'vitest';
import { dueAfterStart, emptyTaskValues, numberRule, oneTitle, splitTaskFields, toTaskInput, validateIndicators, weightRule } from './formModel';
import { percentRule, toReportInput, valueErrorIndicator, valuesRule, emptyReportValues } from './reportModel';
import { STATUS_COLORS, statusColor } from './labels';
import { PROGRESS_STATUSES, type Indicator } from './types';

describe('task form rules', () => {
  it('needs a title in one language', () => {
    const v = emptyTaskValues('u1');
    expect(oneTitle(null, v)).toBe('tasks.validation.oneTitle');
    expect(oneTitle(null, { ...v, titleFr: ' Plan ' })).toBeNull();
  });

  it('refuses a due date before the start, as the server does (equal is fine)', () => {
    expect(dueAfterStart(null, { startOn: '2026-05-02', dueOn: '2026-05-01' })).toBe('tasks.validation.dueBeforeStart');
    expect(dueAfterStart(null, { startOn: '2026-05-02', dueOn: '2026-05-02' })).toBeNull();
    expect(dueAfterStart(null, { startOn: '', dueOn: '2026-05-01' })).toBeNull();
  });

  it('takes weights 1..100 and numbers with 4 decimals at most', () => {
    expect(weightRule('0')).toBe('tasks.validation.weight');
    expect(weightRule('101')).toBe('tasks.validation.weight');
    expect(weightRule('2.5')).toBe('tasks.validation.weight');
    expect(weightRule('100')).toBeNull();
    expect(numberRule('12.34567')).toBe('tasks.validation.number');
    expect(numberRule('-12.3456')).toBeNull();
    expect(numberRule('')).toBeNull();
    expect(numberRule('1,5')).toBe('tasks.validation.number');
  });

  it('checks each indicator row', () => {
    const errors = validateIndicators([
      { key: 'a', name: '', unitOfMeasure: '', baseline: 'x', target: '10' },
      { key: 'b', name: 'Delegations', unitOfMeasure: 'delegations', baseline: '0', target: '12' },
    ]);
    expect(errors).toEqual({ a: { name: 'validation.required', baseline: 'tasks.validation.number' } });
  });

  it('sends trimmed values, no lead unit among the supporting ones, empty numbers as null', () => {
    const v = { ...emptyTaskValues('lead'), titleEn: ' Host a forum ', supportingUnitIds: ['lead', 's1'], weight: '3', indicators: [{ key: 'k', name: ' Forums ', unitOfMeasure: '', baseline: '', target: '2' }] };
    const body = toTaskInput(v);
    expect(body.titleEn).toBe('Host a forum');
    expect(body.supportingUnitIds).toEqual(['s1']);
    expect(body.weight).toBe(3);
    expect(body.groupId).toBeNull();
    expect(body.indicators).toEqual([{ name: 'Forums', unitOfMeasure: '', baseline: null, target: '2' }]);
  });

  it("puts the server's row errors on their rows", () => {
    const split = splitTaskFields(
      { 'indicators.1.target': 'bad', 'links.0.recordId': 'not visible', dueOn: 'before start' },
      [
        { key: 'a', name: 'x', unitOfMeasure: '', baseline: '', target: '' },
        { key: 'b', name: 'y', unitOfMeasure: '', baseline: '', target: '' },
      ],
      [{ entity: 'partner', recordId: 'p1', label: 'P' }],
    );
    expect(split.indicators).toEqual({ b: { target: 'bad' } });
    expect(split.links).toEqual({ p1: 'not visible' });
    expect(split.rest).toEqual({ dueOn: 'before start' });
  });
});

describe('report form rules', () => {
  it('takes 0..100 and needs 100 for done', () => {
    const v = emptyReportValues('2026-Q4');
    expect(percentRule('101', v)).toBe('tasks.validation.percent');
    expect(percentRule('-1', v)).toBe('tasks.validation.percent');
    expect(percentRule('40', v)).toBeNull();
    expect(percentRule('90', { ...v, status: 'done' })).toBe('tasks.validation.doneNeeds100');
    expect(percentRule('100', { ...v, status: 'done' })).toBeNull();
  });

  it('checks indicator values and sends only the filled ones', () => {
    expect(valuesRule({ a: '1.23456' })).toBe('tasks.validation.number');
    expect(valuesRule({ a: '', b: '3' })).toBeNull();
    const indicators = [{ id: 'a' }, { id: 'b' }] as Indicator[];
    const body = toReportInput({ ...emptyReportValues('2026-Q4'), status: 'on_track', percent: '40', values: { a: '', b: ' 3 ' } }, indicators, true);
    expect(body).toMatchObject({ period: '2026-Q4', status: 'on_track', percent: 40, submit: true, values: [{ indicatorId: 'b', value: '3' }] });
    expect(valueErrorIndicator('values.0.value', body)).toBe('b');
    expect(valueErrorIndicator('percent', body)).toBeNull();
  });
});

describe('status colours', () => {
  it('gives each status its own colour, late red and done green', () => {
    expect(new Set(PROGRESS_STATUSES.map((s) => STATUS_COLORS[s])).size).toBe(PROGRESS_STATUSES.length);
    expect(statusColor('late')).toBe('red');
    expect(statusColor('done')).toBe('green');
    expect(statusColor('unknown')).toBe('gray');
  });
});
