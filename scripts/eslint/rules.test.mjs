// Proves each structural rule fails on a violation and stays quiet where the
// code keeps to it, by linting the fake tree in fixtures/ with the real config.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import { amityConfig } from '../../eslint.config.js';

const root = path.join(import.meta.dirname, 'fixtures');

/** Every fixture file and the rules it must trip (none: it is allowed). */
const expected = {
  'server/src/core/floor.ts': ['amity/no-import-from'],
  'server/src/core/floor.test.ts': [],
  'server/src/modules/a/service.ts': ['amity/no-folder-loop', 'amity/sql-in-repos'],
  'server/src/modules/a/types.ts': [],
  'server/src/modules/b/helper.ts': ['amity/no-folder-loop'],
  'server/src/modules/b/repo.ts': [],
  'server/src/modules/b/cycle-one.ts': ['amity/no-import-cycle'],
  'server/src/modules/b/cycle-two.ts': ['amity/no-import-cycle'],
  'web/src/app/theme.ts': [],
  'web/src/ui/Widget.tsx': ['amity/no-import-from'],
  'web/src/ui/Plain.tsx': [],
  'web/src/features/f/FPage.tsx': ['amity/no-folder-loop'],
  'web/src/features/f/title.ts': [],
  'web/src/features/g/GPart.tsx': ['amity/no-folder-loop'],
};

const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: amityConfig(root) });
const results = await eslint.lintFiles(['.']);
/** @type {Record<string, import('eslint').Linter.LintMessage[]>} */
const byFile = Object.fromEntries(results.map((r) => [path.relative(root, r.filePath).split(path.sep).join('/'), r.messages]));

test('the fixtures are all linted', () => {
  assert.deepEqual(Object.keys(byFile).sort(), Object.keys(expected).sort());
});

for (const [file, rules] of Object.entries(expected)) {
  test(`${file}: ${rules.length ? rules.join(', ') : 'no error'}`, () => {
    const messages = byFile[file] ?? [];
    assert.deepEqual([...new Set(messages.map((m) => m.ruleId))].sort(), rules, JSON.stringify(messages, null, 1));
    for (const m of messages) assert.equal(m.severity, 2, `${m.ruleId} is an error`);
  });
}

test('sql-in-repos flags the drizzle-orm value import, db.select() and db.query', () => {
  const lines = byFile['server/src/modules/a/service.ts'].filter((m) => m.ruleId === 'amity/sql-in-repos').map((m) => m.line);
  assert.deepEqual(lines, [2, 8, 9]);
});

test('a type-only import closes a file cycle', () => {
  const [m] = byFile['server/src/modules/b/cycle-one.ts'];
  assert.match(m.message, /cycle-one\.ts ⇄ .*cycle-two\.ts/);
});

test('ui is told about the feature and about app', () => {
  const targets = byFile['web/src/ui/Widget.tsx'].map((m) => m.message.split(':')[0]);
  assert.deepEqual(targets, ['Imports web/src/features/f/FPage.tsx', 'Imports web/src/app/theme.ts']);
});
