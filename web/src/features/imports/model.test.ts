import { describe, expect, it } from 'vitest';
import {
  canMerge,
  choiceFor,
  choicesFromMapping,
  commitActions,
  hasNameColumn,
  isRunning,
  mappingFromChoices,
  progressPercent,
  repeatedTargets,
  rowName,
  stepOf,
  targetOfField,
  tooLarge,
  MAX_UPLOAD_BYTES,
} from './model';
import { formatBytes, uploadPercent } from '../../ui/upload';

describe('mapping state', () => {
  const columns = ['Organization Name', 'Country', 'Notes', 'Fax'];

  it('starts from the guessed mapping; columns without a guess are ignored', () => {
    expect(choicesFromMapping(columns, { 0: 'name', 1: 'country', 2: 'description' })).toEqual(['name', 'country', 'description', 'ignore']);
    expect(choicesFromMapping(columns, null)).toEqual(['ignore', 'ignore', 'ignore', 'ignore']);
  });

  it('drops targets it does not know (a newer server)', () => {
    expect(choicesFromMapping(['A'], { 0: 'hologram' })).toEqual(['ignore']);
  });

  it('sends only the mapped columns, keyed by index', () => {
    expect(mappingFromChoices(['name', 'ignore', 'contactEmail', 'ignore'])).toEqual({ 0: 'name', 2: 'contactEmail' });
    expect(mappingFromChoices(['ignore'])).toEqual({});
  });

  it('round-trips', () => {
    const m = { 0: 'name', 3: 'tags' } as const;
    expect(mappingFromChoices(choicesFromMapping(columns, m))).toEqual(m);
  });

  it('finds targets chosen twice, and whether any column gives a name', () => {
    expect([...repeatedTargets(['name', 'city', 'name', 'ignore', 'ignore'])]).toEqual(['name']);
    expect(repeatedTargets(['ignore', 'ignore']).size).toBe(0);
    expect(hasNameColumn(['country', 'lastName'])).toBe(true);
    expect(hasNameColumn(['country', 'ignore', 'contactName'])).toBe(false);
  });
});

describe('steps', () => {
  it('shows each status at its step', () => {
    expect(stepOf('uploaded')).toBe(1);
    expect(stepOf('validating')).toBe(2);
    expect(stepOf('validated')).toBe(2);
    expect(stepOf('committing')).toBe(3);
    expect(stepOf('done')).toBe(3);
  });

  it('shows a failure where it happened', () => {
    expect(stepOf('failed')).toBe(2);
    expect(stepOf('failed', true)).toBe(3);
  });

  it('polls only while the server works', () => {
    expect(isRunning('validating')).toBe(true);
    expect(isRunning('committing')).toBe(true);
    expect(isRunning('validated')).toBe(false);
    expect(isRunning(undefined)).toBe(false);
  });
});

describe('progress', () => {
  const p = (status: Parameters<typeof progressPercent>[0]['status'], phase: string | null, processedRows = 0, totalRows = 0) =>
    progressPercent({ status, phase, processedRows, totalRows });

  it('is unknown during a first validation (the row count comes at the end)', () => {
    expect(p('validating', 'validating', 5000, 0)).toBeNull();
    expect(p('validating', null)).toBeNull();
    expect(p('validating', 'duplicates', 5000, 0)).toBeNull();
  });

  it('counts rows when the total is known, never reaching 100 before the end', () => {
    expect(p('validating', 'validating', 50, 100)).toBe(49);
    expect(p('validating', 'validating', 100, 100)).toBe(98);
    expect(p('validating', 'validating', 150, 100)).toBe(100);
    expect(p('validating', 'duplicates', 100, 100)).toBe(99);
    expect(p('validated', null, 100, 100)).toBe(100);
  });

  it('follows the commit phases in order', () => {
    expect(p('committing', null)).toBeNull();
    expect(p('committing', 'hologram')).toBeNull();
    const phases = ['partners', 'contacts', 'merge', 'search', 'timeline', 'duplicates'].map((ph) => p('committing', ph));
    expect(phases).toEqual([...phases].sort((a, b) => a! - b!));
    expect(phases[0]).toBeGreaterThan(0);
    expect(phases[5]).toBeLessThan(100);
    expect(p('done', null)).toBe(100);
  });

  it('counts the rows a batched commit has written, never reaching 100 before the end', () => {
    expect(p('committing', 'partners', 0, 1000)).toBe(0);
    expect(p('committing', 'partners', 500, 1000)).toBe(47);
    expect(p('committing', 'partners', 1000, 1000)).toBe(95);
    expect(p('committing', 'merge', 1000, 1000)).toBe(97);
  });

  it('computes upload progress', () => {
    expect(uploadPercent(0, 0)).toBe(0);
    expect(uploadPercent(512, 1024)).toBe(50);
    expect(uploadPercent(2048, 1024)).toBe(100);
  });
});

describe('duplicate choices', () => {
  it('uses the row choice, else the default', () => {
    expect(choiceFor({ 3: 'merge' }, 3, 'skip')).toBe('merge');
    expect(choiceFor({ 3: 'merge' }, 4, 'skip')).toBe('skip');
  });

  it('sends every decided row as a string key', () => {
    expect(commitActions({ 3: 'merge', 7: 'create' })).toEqual({ '3': 'merge', '7': 'create' });
    expect(commitActions({})).toEqual({});
  });

  it('cannot merge a repeat of an earlier row (no partner yet)', () => {
    expect(canMerge(null)).toBe(false);
    expect(canMerge('0b6c1e9e-0000-4000-8000-000000000000')).toBe(true);
  });
});

describe('row helpers', () => {
  it('maps error fields to the targets the user chose', () => {
    expect(targetOfField('contact.email')).toBe('contactEmail');
    expect(targetOfField('countryCode')).toBe('country');
    expect(targetOfField('tags.2')).toBe('tags');
    expect(targetOfField('priority')).toBe('priority');
    expect(targetOfField('somethingElse')).toBeNull();
  });

  it('names a row by its first non-empty name', () => {
    expect(rowName({ name: ' ', nameVi: 'Hội hữu nghị Việt – Pháp', nameEn: 'x' })).toBe('Hội hữu nghị Việt – Pháp');
    expect(rowName({})).toBe('');
    expect(rowName(null)).toBe('');
  });

  it('formats sizes and knows the upload limit', () => {
    expect(formatBytes(100 * 1024 * 1024, 'en')).toBe('100 MB');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(1536, 'fr')).toBe('1,5 KB');
    expect(formatBytes(12, 'vi')).toBe('12 B');
    expect(tooLarge(MAX_UPLOAD_BYTES)).toBe(false);
    expect(tooLarge(MAX_UPLOAD_BYTES + 1)).toBe(true);
  });
});
