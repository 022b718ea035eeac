import ExcelJS from 'exceljs';
import { translate, type Lang } from '../../i18n/index.js';
import { todayIn } from '../plans/periods.js';
import type { ProposalStats } from './stats.js';
import { isOverdue } from './present.js';
import { safeRow } from '../../core/spreadsheet.js';

type Ref = { nameVi: string; nameEn: string; nameFr: string };
const nameIn = (r: Ref | null | undefined, lang: Lang) => (r ? (lang === 'vi' ? r.nameVi : lang === 'fr' ? r.nameFr : r.nameEn) || r.nameVi : '');

/** The statistics as a workbook: by locality, by topic, by state, the proposals. Headers in the request's language. */
export async function statsWorkbook(s: ProposalStats, lang: Lang, now = new Date()): Promise<Buffer> {
  const t = (key: string) => translate(lang, `proposals.xlsx.${key}`);
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, header: string[]) => {
    const ws = wb.addWorksheet(t(name));
    ws.addRow(header).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    return ws;
  };
  const loc = sheet('sheetLocality', [t('locality'), t('total'), t('answered'), t('overdue')]);
  for (const l of s.byLocality) loc.addRow(safeRow([nameIn(l.unit, lang), l.total, l.answered, l.overdue]));
  const top = sheet('sheetTopic', [t('topic'), t('total')]);
  for (const x of s.byTopic) top.addRow(safeRow([x.field ? nameIn(x.field, lang) : t('noTopic'), x.total]));
  const st = sheet('sheetState', [t('state'), t('total')]);
  for (const [state, n] of Object.entries(s.byState)) st.addRow([t(`state.${state}`), n]);
  const today = todayIn(now);
  const all = sheet('sheetProposals', [t('code'), t('title'), t('locality'), t('state'), t('urgency'), t('submittedAt'), t('dueOn'), t('answeredAt'), t('overdue')]);
  for (const r of s.rows) {
    all.addRow(safeRow([
      r.code,
      r.title,
      nameIn(s.unitMap.get(r.ownerUnitId), lang),
      t(`state.${r.state}`),
      t(`urgency.${r.urgency}`),
      todayIn(r.submittedAt),
      r.dueOn ?? '',
      r.answeredAt ? todayIn(r.answeredAt) : '',
      isOverdue(r, today) ? t('yes') : '',
    ]));
  }
  for (const ws of wb.worksheets) ws.columns.forEach((c, i) => (c.width = i === 1 && ws === all ? 60 : 24));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
