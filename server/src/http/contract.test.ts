import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { openTestApp, type TestApp } from '../test/app.js';
import { contractFiles } from '../../../scripts/contract.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe('web contract', () => {
  it('the committed web/src/api/*.gen.* files are those the served OpenAPI document gives', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    const files = await contractFiles(res.json());
    for (const [rel, content] of Object.entries(files)) {
      const file = path.join(repoRoot, rel);
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      // Not toBe: a 400 KB diff says less than the one thing to do.
      expect(committed === content, `${rel} is stale: run \`npm run contract\` and commit it`).toBe(true);
    }
  });
});
