import ExcelJS from 'exceljs';
import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { translate, type Lang } from '../../i18n/index.js';
import type { Directive } from './repo-directives.js';
import { todayIn } from './periods.js';
import { lastAccepted } from './repo-tasks.js';
import { matrixOf } from './matrix.js';
import { treeOf, type TaskNode } from './tree.js';
import { safeRow } from '../../core/spreadsheet.js';

const unitName = (u: { nameVi: string; nameEn: string; nameFr: string }, lang: Lang) => (lang === 'vi' ? u.nameVi : lang === 'en' ? u.nameEn : u.nameFr) || u.nameVi;

/** The directive's implementation status as XLSX: "Status" (one row per visible task, sub-tasks indented) and "Matrix". Labels in the request's language. */
export async function exportDirective(db: Database, scope: Scope, d: Directive, lang: Lang): Promise<Buffer> {
  const t = (key: string) => translate(lang, `directive.export.${key}`);
  const status = (s: string) => translate(lang, `directive.export.status.${s}`);
  const today = todayIn();
  const tree = await treeOf(db, scope, d, lang);
  const rows: { node: TaskNode; depth: number; group: string }[] = [];
  const walk = (node: TaskNode, depth: number, group: string) => {
    rows.push({ node, depth, group });
    for (const c of node.children) walk(c, depth + 1, group);
  };
  for (const g of tree.groups) for (const n of g.tasks) walk(n, 0, [g.number, g.title].filter(Boolean).join('. '));
  for (const n of tree.ungrouped) walk(n, 0, '');
  const reports = await lastAccepted(db, rows.map((r) => r.node.id));

  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Status');
  sheet.columns = [
    { header: t('number'), width: 10 },
    { header: t('title'), width: 60 },
    { header: t('group'), width: 30 },
    { header: t('lead_unit'), width: 30 },
    { header: t('supporting_units'), width: 40 },
    { header: t('due'), width: 12 },
    { header: t('status'), width: 16 },
    { header: t('percent'), width: 10 },
    { header: t('last_period'), width: 12 },
    { header: t('narrative'), width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const { node, depth, group } of rows) {
    const last = reports.get(node.id);
    const row = sheet.addRow(safeRow([
      node.number,
      node.title,
      group,
      unitName(node.leadUnit, lang),
      node.supportingUnits.map((u) => unitName(u, lang)).join('; '),
      node.dueOn ?? '',
      status(node.effectiveStatus),
      node.percent,
      last?.period ?? '',
      last?.narrative ?? '',
    ]));
    row.getCell(2).alignment = { indent: depth * 2, wrapText: true };
  }

  const m = await matrixOf(db, scope, d, lang, today);
  const matrix = wb.addWorksheet('Matrix');
  matrix.addRow(safeRow([t('unit'), ...m.groups.map((g) => (g.id ? [g.number, g.title].filter(Boolean).join('. ') : t('ungrouped')))])).font = { bold: true };
  for (const u of m.units) {
    matrix.addRow(safeRow([
      unitName(u, lang),
      ...m.groups.map((g) => {
        const c = m.cells.find((x) => x.unitId === u.id && x.groupId === g.id);
        return c ? `${status(c.status)} ${c.percent} % (${c.tasks})` : '';
      }),
    ]));
  }
  matrix.getColumn(1).width = 30;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
