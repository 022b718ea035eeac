import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { vi } from './vi.js';
import { fr } from './fr.js';
import { errorStatus } from '../core/errors.js';
import { pickLanguage, translate } from './index.js';
import { moduleMessages } from './index.js';
import '../modules/index.js';

const srcDir = path.resolve(import.meta.dirname, '..');
const source = (dir: string): string =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? source(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && dir !== import.meta.dirname ? fs.readFileSync(path.join(dir, e.name), 'utf8') : ''))
    .join('\n');

describe('server messages', () => {
  it('exist in vi, en and fr, non-empty, with the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const [lang, cat] of Object.entries({ vi, fr })) {
        expect(cat[key], `${lang}: ${key}`).toBeTruthy();
        expect(cat[key].match(/\{\{\w+\}\}/g) ?? [], `${lang}: ${key}`).toEqual(en[key].match(/\{\{\w+\}\}/g) ?? []);
      }
    }
  });

  it('cover every error code, and every field message is used', () => {
    for (const code of Object.keys(errorStatus)) expect(en, code).toHaveProperty(`errors.${code}`);
    const code = source(srcDir);
    const unused = Object.keys(en).filter((k) => k.startsWith('field.') && !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
    const unknownCodes = Object.keys(en).filter((k) => k.startsWith('errors.') && !(k.slice(7) in errorStatus));
    expect(unknownCodes).toEqual([]);
  });

  it('has every module message in vi, en and fr, with the same placeholders, and no key defined twice', () => {
    for (const m of moduleMessages) {
      for (const lang of ['vi', 'fr'] as const) expect(Object.keys(m[lang]).sort()).toEqual(Object.keys(m.en).sort());
      for (const key of Object.keys(m.en)) {
        expect(key in en, key).toBe(false);
        for (const lang of ['vi', 'fr'] as const) {
          expect(m[lang][key], `${lang}: ${key}`).toBeTruthy();
          expect(m[lang][key]!.match(/\{\{\w+\}\}/g) ?? [], `${lang}: ${key}`).toEqual(m.en[key]!.match(/\{\{\w+\}\}/g) ?? []);
        }
      }
    }
    const keys = moduleMessages.flatMap((m) => Object.keys(m.en));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('picks the language from Accept-Language by quality', () => {
    expect(pickLanguage('de-DE,fr;q=0.8,vi;q=0.9')).toBe('vi');
    expect(pickLanguage('fr-CA')).toBe('fr');
    expect(pickLanguage('de, ja')).toBeUndefined();
    expect(translate('vi', 'field.too_short', { min: 10 })).toBe('Tối thiểu 10 ký tự.');
  });
});
