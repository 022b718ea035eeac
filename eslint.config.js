// The linter keeps the architecture's shape (docs/ARCHITECTURE.md); it is not a
// style checker. Rules live in scripts/eslint/; their fixtures prove each one fails.
import path from 'node:path';
import tseslint from 'typescript-eslint';
import amity from './scripts/eslint/plugin.js';

/** The ground floor: it serves every module and so imports none. */
const GROUND_FLOOR = ['core', 'db', 'http', 'i18n'];

/**
 * Where SQL may be built (drizzle-orm value imports, db.select/insert/…).
 * Everything else in server/src calls a repository. scripts/** is out of the
 * rule's reach altogether (benchmarks and tools query as they need).
 */
const SQL_ALLOWED = [
  '**/repo*.ts', // the repositories themselves (repo.ts, repo-<topic>.ts)
  '**/*-repo.ts', // and a topic's repository named after it (workflow-repo.ts)
  '**/schema.ts', // table definitions
  '**/*-schema.ts',
  'server/src/db/**', // connection, migrations, the composed schema
  'server/src/cli/**', // backup, restore and maintenance commands
  // core's tenancy/SQL helper layer, used by every repository:
  'server/src/core/tenancy.ts', // scoped where/update/delete on owned tables
  'server/src/core/pagination.ts', // the order-by of a sorted page
  'server/src/core/audit.ts', // the audit writer: appends the hash-chained row inside the caller's transaction
  '**/demo/**', // demo data seeding (npm run demo)
  '**/*.test.ts', // tests and their kits set up and inspect rows directly
  'server/src/test/**',
  '**/testkit*',
  '**/*fixtures*',
];

/**
 * The whole config for a repository rooted at `root` (the fixtures test lints a
 * fake tree with it).
 * @param {string} root absolute path
 * @returns {import('eslint').Linter.Config[]}
 */
export function amityConfig(root) {
  const at = (/** @type {string} */ p) => path.join(root, p);
  return [
    {
      ignores: [
        '**/dist/**', '**/node_modules/**', '.cache/**', 'data/**', 'server/data/**', 'test-results/**',
        '**/*.gen.ts', '**/generated/**', 'scripts/eslint/fixtures/**',
      ],
    },
    {
      files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
      languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      plugins: { amity },
      rules: {
        'amity/no-import-cycle': 'error',
        'amity/no-folder-loop': ['error', { roots: [at('server/src/modules'), at('web/src/features')] }],
        // A few cheap correctness checks the compiler does not make.
        'no-debugger': 'error',
        'no-dupe-else-if': 'error',
        'no-duplicate-case': 'error',
        'no-self-assign': 'error',
        'no-self-compare': 'error',
        'no-unsafe-finally': 'error',
        'no-compare-neg-zero': 'error',
        'no-constant-binary-expression': 'error',
        'no-sparse-arrays': 'error',
        'no-empty-pattern': 'error',
        'use-isnan': 'error',
      },
    },
    {
      files: [`server/src/{${GROUND_FLOOR.join(',')}}/**`],
      ignores: ['**/*.test.ts'],
      rules: {
        'amity/no-import-from': ['error', {
          folders: [at('server/src/modules')],
          reason: 'the ground floor (core, db, http, i18n) imports no module; move what it needs into core or have the module manifest hand it in',
        }],
      },
    },
    {
      files: ['web/src/ui/**'],
      rules: {
        'amity/no-import-from': ['error', {
          folders: [at('web/src/features'), at('web/src/app')],
          reason: 'web/src/ui imports no feature and nothing from app; pass what it needs as props',
        }],
      },
    },
    {
      files: ['server/src/**/*.{ts,mts,js,mjs}'],
      ignores: SQL_ALLOWED,
      rules: { 'amity/sql-in-repos': 'error' },
    },
  ];
}

export default amityConfig(import.meta.dirname);
