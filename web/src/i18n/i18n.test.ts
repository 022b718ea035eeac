import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../app/features';
import { loadTranslation, mergeStrings } from './index';

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every locales/<lang>.json under src (ui, app, each feature), merged as i18n/index.ts merges them. */
function localeFiles(dir: string, lang: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) return [];
    return name === 'locales' ? [path.join(full, `${lang}.json`)] : localeFiles(full, lang);
  });
}
const merged = (lang: string) => mergeStrings(localeFiles(srcDir, lang).map((f) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>));
const locales = { vi: merged('vi'), en: merged('en'), fr: merged('fr') } as Record<string, unknown>;
const vi = locales.vi as { nav: Record<string, string>; auth: Record<string, string> };

// Keys built at run time, e.g. t(`errors.${code}`): they cannot be found as literals in the source.
const DYNAMIC_PREFIXES = [
  'errors.', // server error codes
  'roles.', // user roles
  'kinds.', // unit kinds
  'pillars.', // unit pillars
  'levels.', // unit levels
  'actions.', // audit actions
  'entities.', // audit entities
  'languages.', // language names
];

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

/** Keys without plural suffixes: vi has only `_other`, en/fr have `_one` and `_other`. */
const baseKeys = (obj: unknown) => new Set(flatten(obj).map((k) => k.replace(PLURAL, '')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'locales' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const source = sourceFiles(srcDir)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const all = { vi: baseKeys(locales.vi), en: baseKeys(locales.en), fr: baseKeys(locales.fr) };
const union = new Set([...all.vi, ...all.en, ...all.fr]);
const namespaces = new Set([...union].map((k) => k.split('.')[0]!));

describe('locales', () => {
  it('the app hands i18n every locale file (app/features.ts)', async () => {
    for (const lang of ['vi', 'en', 'fr']) expect(await loadTranslation(STRINGS, lang)).toEqual(locales[lang]);
  });

  for (const [lang, keys] of Object.entries(all)) {
    it(`${lang} has every key`, () => {
      expect([...union].filter((k) => !keys.has(k))).toEqual([]);
    });

    it(`${lang} has no empty string and every plural has an "other" form`, () => {
      const flat = flatten(locales[lang]);
      const get = (k: string) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], locales[lang]);
      expect(flat.filter((k) => typeof get(k) !== 'string' || (get(k) as string).trim() === '')).toEqual([]);
      const plurals = new Set(flat.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      expect([...plurals].filter((k) => !flat.includes(`${k}_other`))).toEqual([]);
    });
  }

  it('every key is used in the source (or belongs to a dynamic family)', () => {
    const unused = [...union].filter(
      (k) => !DYNAMIC_PREFIXES.some((p) => k.startsWith(p)) && !source.includes(`'${k}'`) && !source.includes(`"${k}"`),
    );
    expect(unused).toEqual([]);
  });

  it("every t('…') literal exists in the locales", () => {
    const used = [...source.matchAll(/\bt\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used)].filter((k) => !union.has(k))).toEqual([]);
  });

  it('every string literal shaped like a key of a known namespace exists', () => {
    // Catches keys passed around before reaching t(), e.g. t(open ? 'units.collapse' : 'units.expand').
    const literals = [...source.matchAll(/['"]([a-zA-Z]+)\.([a-zA-Z_]+)['"]/g)]
      .filter((m) => namespaces.has(m[1]!))
      .map((m) => `${m[1]}.${m[2]}`);
    expect([...new Set(literals)].filter((k) => !union.has(k))).toEqual([]);
  });

  it('Vietnamese is written with its diacritics', () => {
    expect(vi.nav.units).toBe('Đơn vị');
    expect(vi.nav.users).toBe('Người dùng');
    expect(vi.nav.audit).toBe('Nhật ký kiểm toán');
    expect(vi.auth.signIn).toBe('Đăng nhập');
  });
});
