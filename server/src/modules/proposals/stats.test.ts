import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { openTestApp, type TestApp } from '../../test/app.js';
import { uniq } from '../../test/factories.js';
import { cooperationFields } from '../countries/schema.js';
import { proposals } from './schema.js';
import { median } from './stats.js';
import { kit } from './test/kit.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());
const { call, world, propose, move } = kit(() => t);

const at = (iso: string) => new Date(iso);
async function stamp(id: string, v: { submittedAt?: string; answeredAt?: string; dueOn?: string }) {
  await t.db
    .update(proposals)
    .set({ ...(v.submittedAt ? { submittedAt: at(v.submittedAt) } : {}), ...(v.answeredAt ? { answeredAt: at(v.answeredAt) } : {}), ...(v.dueOn ? { dueOn: v.dueOn } : {}) })
    .where(eq(proposals.id, id));
}

describe('statistics', () => {
  it('counts by state, locality, topic and urgency, with days to answer, over the period', async () => {
    const w = await world();
    const [field] = await t.db.insert(cooperationFields).values({ key: uniq('f'), nameVi: 'Văn hóa', nameEn: 'Culture', nameFr: 'Culture' }).returning();
    const T = w.ministry.unit.id;
    const L1 = w.locality.cookie;
    const L2 = w.other.cookie;
    const mo = w.ministryOfficer;
    const p1 = await propose(L1, T, { fieldId: field!.id });
    const p2 = await propose(L1, T, { urgency: 'urgent' });
    const p3 = await propose(L2, T, { fieldId: field!.id, urgency: 'very_urgent' });
    const p4 = await propose(L2, T, { fieldId: field!.id });
    const p5 = await propose(L2, T);
    const p6 = await propose(L1, T, { fieldId: field!.id });
    const p7 = await propose(L1, T);
    for (const p of [p1, p2, p3, p4]) await move(mo, p.id, 'accept');
    for (const p of [p1, p2, p3]) await move(mo, p.id, 'answer', { answer: 'Trả lời' });
    await move(L2, p3.id, 'close');
    await move(mo, p6.id, 'reject', { reason: 'Không phù hợp' });
    // Days in Viet Nam: 10, 4 (a day late) and 20.
    await stamp(p1.id, { submittedAt: '2026-03-01T03:00:00Z', answeredAt: '2026-03-11T03:00:00Z', dueOn: '2026-03-31' });
    await stamp(p2.id, { submittedAt: '2026-03-02T03:00:00Z', answeredAt: '2026-03-06T03:00:00Z', dueOn: '2026-03-05' });
    await stamp(p3.id, { submittedAt: '2026-03-03T03:00:00Z', answeredAt: '2026-03-23T03:00:00Z', dueOn: '2026-04-01' });
    await stamp(p4.id, { submittedAt: '2026-03-04T03:00:00Z', dueOn: '2026-03-20' });
    await stamp(p5.id, { submittedAt: '2026-03-31T16:30:00Z' }); // 23:30 on 31 March in Ha Noi: inside
    await stamp(p6.id, { submittedAt: '2026-03-05T03:00:00Z' });
    await stamp(p7.id, { submittedAt: '2026-03-31T17:30:00Z' }); // 00:30 on 1 April in Ha Noi: outside

    const q = `from=2026-03-01&to=2026-03-31&targetUnitId=${T}`;
    const res = await call(mo, 'GET', `/api/v1/proposals/stats?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({
      total: 6,
      byState: { submitted: 1, accepted: 1, answered: 2, closed: 1, rejected: 1 },
      byUrgency: { normal: 4, urgent: 1, very_urgent: 1 },
      answered: { count: 3, averageDays: 11.3, medianDays: 10, onTime: 2 },
      overdue: 1,
    });
    const loc = Object.fromEntries(s.byLocality.map((l: { unit: { id: string } }) => [l.unit.id, l]));
    expect(loc[w.locality.unit.id]).toMatchObject({ total: 3, answered: 2, overdue: 0, unit: { nameVi: w.locality.unit.nameVi } });
    expect(loc[w.other.unit.id]).toMatchObject({ total: 3, answered: 1, overdue: 1 });
    expect(s.byTopic).toEqual([
      { field: { id: field!.id, nameVi: 'Văn hóa', nameEn: 'Culture', nameFr: 'Culture' }, total: 4 },
      { field: null, total: 2 },
    ]);
    // Another locality sees only its own.
    const other = (await call(L2, 'GET', `/api/v1/proposals/stats?${q}`)).json();
    expect(other).toMatchObject({ total: 3, byLocality: [{ unit: { id: w.other.unit.id }, total: 3 }] });

    // The workbook, headers in the request's language, read back.
    const x = await call(mo, 'GET', `/api/v1/proposals/stats.xlsx?${q}`, undefined, 'vi');
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Theo địa phương', 'Theo lĩnh vực', 'Theo trạng thái', 'Kiến nghị']);
    const rows = (i: number) => (wb.worksheets[i]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows(0)[0]).toEqual(['Địa phương', 'Tổng số', 'Đã trả lời', 'Quá hạn']);
    expect(rows(0).slice(1)).toEqual(expect.arrayContaining([[w.locality.unit.nameVi, 3, 2, 0], [w.other.unit.nameVi, 3, 1, 1]]));
    expect(rows(1).slice(1)).toEqual([['Văn hóa', 4], ['Chưa phân loại', 2]]);
    expect(rows(2)).toContainEqual(['Đã trả lời', 2]);
    const list = rows(3);
    expect(list).toHaveLength(7);
    expect(list[1]!.slice(0, 2)).toEqual([p1.code, p1.title]);
    expect(list.find((r) => r[0] === p4.code)!.at(-1)).toBe('Có');
  });

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([10, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
