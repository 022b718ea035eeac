import type { Database } from '../../db/types.js';
import type { Scope } from '../../core/scope.js';
import { unitsByIds } from '../units/repo.js';
import { groupsOf, type Directive } from './repo-directives.js';
import { titleIn, unitRef, type UnitRef } from './present-directives.js';
import type { ProgressStatus } from './schema.js';
import { progressOf } from './progress.js';
import { visibleTasksOf } from './repo-tasks.js';
import { topLevel } from './tree.js';
import type { Lang } from '../../i18n/index.js';

export interface Matrix {
  groups: { id: string | null; number: string; title: string }[];
  units: UnitRef[];
  cells: { unitId: string; groupId: string | null; status: ProgressStatus; percent: number; tasks: number; late: number }[];
}

/** Rows: lead units of the directive's (visible, top-level) tasks; columns: its groups, plus null for ungrouped tasks. */
export async function matrixOf(db: Database, scope: Scope, d: Directive, lang: Lang, today: string): Promise<Matrix> {
  const tasks = topLevel(await visibleTasksOf(db, scope, [d.id]), d.id);
  const groups = await groupsOf(db, d.id);
  const unitIds = [...new Set(tasks.map((t) => t.leadUnitId))];
  const unitMap = await unitsByIds(db, unitIds);
  const units = unitIds.map((id) => unitRef(unitMap, id)).sort((a, b) => a.nameVi.localeCompare(b.nameVi, 'vi'));
  const columns: Matrix['groups'] = groups.map((g) => ({ id: g.id, number: g.number, title: titleIn(g, lang) }));
  if (tasks.some((t) => !t.groupId)) columns.push({ id: null, number: '', title: '' });
  const cells: Matrix['cells'] = [];
  for (const u of units) {
    for (const g of columns) {
      const mine = tasks.filter((t) => t.leadUnitId === u.id && (t.groupId ?? null) === g.id);
      if (mine.length === 0) continue;
      const p = progressOf(mine, today);
      cells.push({ unitId: u.id, groupId: g.id, status: p.status, percent: p.percent, tasks: p.tasks, late: p.late });
    }
  }
  return { groups: columns, units, cells };
}
