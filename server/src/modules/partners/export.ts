import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { translate, type Lang } from '../../i18n/index.js';
import { unitsByIds } from '../units/repo.js';
import { countryNames } from '../countries/repo.js';
import type { Partner } from './schema.js';
import { partnersAfter, partnerDetails, resolveFilter, type PartnerFilter } from './repo.js';
import { withSearchSettings } from './repo-search.js';
import { safeRow } from '../../core/spreadsheet.js';

const BATCH = 1000;
export const EXPORT_COLUMNS = ['id', 'type', 'name', 'nameVi', 'nameEn', 'nameFr', 'transliteration', 'countryCode', 'country', 'city', 'priority', 'status', 'languages', 'tags', 'website', 'description', 'contacts', 'ownerUnit', 'visibility', 'updatedAt'] as const;

/** Every partner the filter finds, in name order, a batch at a time (keyset, so 100,000 rows cost the same per batch). */
async function* rows(db: Database, scope: Scope, filter: PartnerFilter, lang: Lang) {
  const f = await withSearchSettings(db, (tx) => resolveFilter(tx, filter));
  let after: { key: string; id: string } | undefined;
  const pick = (n: { nameVi: string; nameEn: string; nameFr: string }) => (lang === 'vi' ? n.nameVi : lang === 'fr' ? n.nameFr : n.nameEn);
  for (;;) {
    const page: Partner[] = await withSearchSettings(db, (tx) => partnersAfter(tx, scope, f, after, BATCH));
    if (page.length === 0) return;
    const ids = page.map((p) => p.id);
    const [details, unitMap, countryMap] = await Promise.all([
      partnerDetails(db, ids),
      unitsByIds(db, page.map((p) => p.ownerUnitId)),
      countryNames(db, page.map((p) => p.countryCode)),
    ]);
    for (const p of page) {
      const contacts = (details.contacts.get(p.id) ?? []) as { name: string; role: string; email: string; phone: string }[];
      const country = p.countryCode ? countryMap.get(p.countryCode) : undefined;
      const unit = unitMap.get(p.ownerUnitId);
      yield [
        p.id,
        translate(lang, `partnerType.${p.type}`),
        p.name,
        p.nameVi,
        p.nameEn,
        p.nameFr,
        p.transliteration,
        p.countryCode ?? '',
        country ? pick(country) : '',
        p.city,
        p.priority,
        translate(lang, `partnerStatus.${p.status}`),
        p.languages.join(', '),
        p.tags.join(', '),
        p.website,
        p.description,
        contacts.map((c) => [c.name, c.role, c.email, c.phone].filter(Boolean).join(' | ')).join('; '),
        unit ? pick(unit) : '',
        translate(lang, `visibility.${p.visibility}`),
        p.updatedAt.toISOString(),
      ];
    }
    const last = page.at(-1)!;
    after = { key: last.nameKey, id: last.id };
  }
}

const header = (lang: Lang) => EXPORT_COLUMNS.map((c) => translate(lang, `export.${c}`));

/** CSV with a UTF-8 byte order mark, so Excel shows Vietnamese correctly. */
export function exportCsv(db: Database, scope: Scope, f: PartnerFilter, lang: Lang): Readable {
  const out = stringify({ bom: true });
  void (async () => {
    out.write(header(lang));
    for await (const row of rows(db, scope, f, lang)) if (!out.write(safeRow(row))) await new Promise((r) => out.once('drain', r));
    out.end();
  })().catch((e: Error) => out.destroy(e));
  return out;
}

/** XLSX written as a stream (ExcelJS's streaming writer): memory stays flat however many rows. */
export function exportXlsx(db: Database, scope: Scope, f: PartnerFilter, lang: Lang): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet(translate(lang, 'export.sheet'));
  void (async () => {
    const head = ws.addRow(header(lang));
    head.font = { bold: true };
    head.commit();
    for await (const row of rows(db, scope, f, lang)) ws.addRow(safeRow(row)).commit();
    ws.commit();
    await wb.commit();
  })().catch((e: Error) => out.destroy(e));
  return out;
}
