import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { makeUnit } from '../../test/factories.js';
import { advanceRecurringDueDates } from './repo-rollup.js';
import { insertTask } from './test/fixtures.js';
import { tasks } from './schema.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('recurring tasks', () => {
  it('move to the end of the period containing today once their due date has passed', async () => {
    const unit = await makeUnit(t.db);
    const base = { ownerUnitId: unit.id, leadUnitId: unit.id };
    const monthly = await insertTask(t.db, { ...base, recurrence: 'monthly', dueOn: '2026-10-31' });
    const quarterly = await insertTask(t.db, { ...base, recurrence: 'quarterly', dueOn: '2026-09-30' });
    const half = await insertTask(t.db, { ...base, recurrence: 'half_yearly', dueOn: '2026-06-30' });
    const yearly = await insertTask(t.db, { ...base, recurrence: 'yearly', dueOn: '2025-12-31' });
    const current = await insertTask(t.db, { ...base, recurrence: 'quarterly', dueOn: '2026-12-31' });
    const once = await insertTask(t.db, { ...base, recurrence: 'none', dueOn: '2026-01-31' });
    expect(await advanceRecurringDueDates(t.db, '2026-11-23')).toBeGreaterThanOrEqual(4);
    const due = async (id: string) => (await t.db.select({ d: tasks.dueOn }).from(tasks).where(eq(tasks.id, id)))[0]!.d;
    expect(await due(monthly.id)).toBe('2026-11-30');
    expect(await due(quarterly.id)).toBe('2026-12-31');
    expect(await due(half.id)).toBe('2026-12-31');
    expect(await due(yearly.id)).toBe('2026-12-31');
    expect(await due(current.id)).toBe('2026-12-31');
    expect(await due(once.id)).toBe('2026-01-31');
    const spring = await insertTask(t.db, { ...base, recurrence: 'half_yearly', dueOn: '2025-12-31' });
    await advanceRecurringDueDates(t.db, '2026-02-10');
    expect(await due(spring.id)).toBe('2026-06-30');
  });
});
