import fs from 'node:fs';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

export type Format = 'csv' | 'xlsx';

/** Guesses the CSV delimiter from the first line: exports from Excel in many locales use ';'. */
async function sniffDelimiter(file: string): Promise<string> {
  const fd = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await fd.read(Buffer.alloc(8192), 0, 8192, 0);
    const first = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
    const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
    return counts.sort((a, b) => b[1] - a[1])[0]![0];
  } finally {
    await fd.close();
  }
}

/**
 * Text safe to store: no NUL (PostgreSQL text and jsonb refuse it) and no lone surrogate
 * (jsonb refuses its escape), each replaced by U+FFFD as a decoder would.
 */
export const cleanText = (s: string): string => s.replace(/\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\ufffd');

const cellText = (v: ExcelJS.CellValue | undefined): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return String(v.result ?? '');
    return '';
  }
  return String(v);
};

/** Rows of a CSV or XLSX file as string arrays, streamed: the file is never loaded whole. */
export async function* readRows(file: string, format: Format): AsyncGenerator<string[]> {
  if (format === 'csv') {
    const parser = fs.createReadStream(file).pipe(
      parse({ bom: true, delimiter: await sniffDelimiter(file), relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true }),
    );
    for await (const record of parser) yield (record as string[]).map(cleanText);
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = (row as ExcelJS.Row).values as ExcelJS.CellValue[];
      // Array.from, not map: the cells of a merged range are holes, which map would keep (null in JSON).
      const cells = Array.from(values.slice(1), (v) => cleanText(cellText(v)).trim());
      if (cells.some((c) => c !== '')) yield cells;
    }
    return; // the first sheet only
  }
}

/** The header row and the first data rows, for the mapping step. */
export async function peek(file: string, format: Format, rows = 10) {
  const out: string[][] = [];
  for await (const r of readRows(file, format)) {
    out.push(r);
    if (out.length > rows) break;
  }
  return { header: out[0] ?? [], sample: out.slice(1) };
}
