import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { openTestApp, type TestApp } from '../../test/app.js';
import { ensureRoot, signedIn, uniq } from '../../test/factories.js';
import { safeCell } from '../../core/spreadsheet.js';

// Names a spreadsheet would run as formulas when the export is opened (OWASP CSV injection).
const tag = uniq('f');
const hostile = [`=HYPERLINK("http://evil.example","x") ${tag}`, `+1+1 ${tag}`, `-2+3 ${tag}`, `@SUM(A1) ${tag}`, `\t=1+1 ${tag}`, `\r=1+1 ${tag}`];

let t: TestApp;
let a: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  t = await openTestApp();
  a = await signedIn(t.app, t.db, 'officer', await ensureRoot(t.db));
  for (const name of hostile) {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers: { cookie: a.cookie }, payload: { type: 'expert', name, city: '=cmd|calc!A1', visibility: 'unit' } });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(() => t.close());

const exported = (format: string) => t.app.inject({ url: `/api/v1/partners/export?format=${format}&q=${tag}`, headers: { cookie: a.cookie } });

describe('exports neutralise formulas', () => {
  it('prefixes text starting with = + - @ tab or CR, and nothing else', () => {
    expect(hostile.map(safeCell).every((v) => String(v).startsWith("'"))).toBe(true);
    expect(safeCell('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(safeCell('a=b')).toBe('a=b');
    expect(safeCell(-5)).toBe(-5);
  });

  it('CSV: every hostile cell reads back as text with a leading apostrophe', async () => {
    const res = await exported('csv');
    expect(res.statusCode).toBe(200);
    const rows: string[][] = parse(res.rawPayload.toString('utf8'), { bom: true, relax_column_count: true });
    const cells = rows.slice(1).flat();
    expect(rows).toHaveLength(hostile.length + 1);
    for (const name of hostile) expect(cells).toContain(`'${name.trim()}`); // names are trimmed when saved
    expect(cells).toContain("'=cmd|calc!A1");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });

  it('XLSX: no cell is a formula and hostile text keeps its apostrophe', async () => {
    const res = await exported('xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const values: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    for (const name of hostile) expect(values).toContain(`'${name.trim()}`);
    expect(values.filter((v) => typeof v === 'string' && /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });
});
