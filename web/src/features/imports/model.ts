import type { Reply } from '../../api/contract';
// Pure logic of the import wizard: mapping state, steps, progress, per-row choices.

/** What a file column can become (the server's TARGETS), or nothing. */
export const TARGETS = [
  'name',
  'nameVi',
  'nameEn',
  'nameFr',
  'transliteration',
  'firstName',
  'lastName',
  'type',
  'country',
  'city',
  'languages',
  'priority',
  'status',
  'description',
  'website',
  'tags',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const;
export type Target = (typeof TARGETS)[number];
export const IGNORE = 'ignore';
export type Choice = Target | typeof IGNORE;

export const DUPLICATE_ACTIONS = ['skip', 'merge', 'create'] as const;
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number];

export type ImportStatus = Reply<'/imports/{id}'>['status'];

/** Column index (as the server keys it) → target. */
export type ServerMapping = Record<string, Target>;

/** Upload limit of the server (MAX_UPLOAD). */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

const isTarget = (v: unknown): v is Target => (TARGETS as readonly string[]).includes(v as string);

/** One choice per column, from the server's (guessed or saved) mapping; unknown targets are ignored. */
export function choicesFromMapping(columns: readonly string[], mapping: Record<string, string> | null | undefined): Choice[] {
  return columns.map((_, i) => {
    const t = mapping?.[String(i)];
    return isTarget(t) ? t : IGNORE;
  });
}

/** The mapping the server expects: ignored columns are left out. */
export function mappingFromChoices(choices: readonly Choice[]): ServerMapping {
  const out: ServerMapping = {};
  choices.forEach((c, i) => {
    if (c !== IGNORE) out[String(i)] = c;
  });
  return out;
}

/** Targets chosen for more than one column (the server joins those cells with a space). */
export function repeatedTargets(choices: readonly Choice[]): Set<Target> {
  const seen = new Set<Target>();
  const repeated = new Set<Target>();
  for (const c of choices) {
    if (c === IGNORE) continue;
    if (seen.has(c)) repeated.add(c);
    seen.add(c);
  }
  return repeated;
}

/** A row needs a name: one of the name columns, or a first or last name. */
export function hasNameColumn(choices: readonly Choice[]): boolean {
  return choices.some((c) => ['name', 'nameVi', 'nameEn', 'nameFr', 'transliteration', 'firstName', 'lastName'].includes(c));
}

export type Step = 0 | 1 | 2 | 3;
export const STEP_UPLOAD: Step = 0;
export const STEP_MAPPING: Step = 1;
export const STEP_VALIDATE: Step = 2;
export const STEP_COMMIT: Step = 3;

/**
 * The wizard step that shows an import in this state. A failure is shown where it
 * happened: before any result, a failed validation; once committing began (here, or as
 * the server says: a failed commit is retried by committing again), the commit.
 */
export function stepOf(status: ImportStatus, committed = false): Step {
  switch (status) {
    case 'uploaded':
      return STEP_MAPPING;
    case 'validating':
    case 'validated':
      return STEP_VALIDATE;
    case 'committing':
    case 'done':
      return STEP_COMMIT;
    case 'failed':
      return committed ? STEP_COMMIT : STEP_VALIDATE;
    default:
      return STEP_MAPPING;
  }
}

export const isRunning = (status: ImportStatus | undefined) => status === 'validating' || status === 'committing';

/** The steps the server goes through while committing, in order (it reports no row counts then). */
export const COMMIT_PHASES = ['partners', 'contacts', 'merge', 'search', 'timeline', 'duplicates'] as const;

export interface ProgressInput {
  status: ImportStatus;
  phase: string | null;
  processedRows: number;
  totalRows: number;
}

/**
 * Progress of the running work in percent, or null when it cannot be known
 * (the first validation of a file: its number of rows is learned at the end).
 */
export function progressPercent(p: ProgressInput): number | null {
  if (p.status === 'validated' || p.status === 'done') return 100;
  if (p.status === 'validating') {
    if (p.phase === 'duplicates') return p.totalRows > 0 ? 99 : null;
    if (p.totalRows > 0) return clamp(Math.floor((p.processedRows / p.totalRows) * 98));
    return null;
  }
  if (p.status === 'committing') {
    // The server writes new partners in batches and counts them; merges come last, in one step.
    if (p.phase === 'partners' && p.totalRows > 0) return clamp(Math.floor((p.processedRows / p.totalRows) * 95));
    if (p.phase === 'merge' && p.totalRows > 0) return 97;
    const i = COMMIT_PHASES.indexOf(p.phase as (typeof COMMIT_PHASES)[number]);
    // No phase reported yet (or one this client does not know): the end cannot be told.
    return i < 0 ? null : clamp(Math.round(((i + 0.5) / COMMIT_PHASES.length) * 100));
  }
  return 0;
}

const clamp = (n: number) => Math.max(0, Math.min(100, n));

/** Per-row choices for the duplicates: what the user chose, else the import's default. */
export function choiceFor(choices: Record<number, DuplicateAction>, rowNumber: number, fallback: DuplicateAction): DuplicateAction {
  return choices[rowNumber] ?? fallback;
}

/** The commit body: every row the user decided on (the server applies the default to the others). */
export function commitActions(choices: Record<number, DuplicateAction>): Record<string, DuplicateAction> {
  const out: Record<string, DuplicateAction> = {};
  for (const [row, action] of Object.entries(choices)) out[String(row)] = action;
  return out;
}

/** A duplicate of an earlier row of the same file has no partner to merge into: the server skips it. */
export const canMerge = (duplicateOf: string | null) => duplicateOf !== null;

/** The form a row's error field takes in the server's answer, as the target the user mapped. */
export function targetOfField(field: string): Target | null {
  const f = field.replace(/\.\d+$/, '');
  const known: Record<string, Target> = {
    countryCode: 'country',
    'contact.name': 'contactName',
    'contact.role': 'contactRole',
    'contact.email': 'contactEmail',
    'contact.phone': 'contactPhone',
    contacts: 'contactName',
  };
  if (known[f]) return known[f]!;
  return isTarget(f) ? f : null;
}

/** Whether a chosen file goes to the server at all (the server judges its format). */
export function tooLarge(size: number): boolean {
  return size > MAX_UPLOAD_BYTES;
}

/** The name a row will carry, for lists: its name, else a name in another language, else the person's name. */
export function rowName(data: Record<string, unknown> | null | undefined): string {
  if (!data) return '';
  for (const k of ['name', 'nameVi', 'nameEn', 'nameFr', 'transliteration']) {
    const v = data[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return '';
}
