import { defineConfig } from 'vitest/config';

// TEST_DB=pglite (default) or postgres; scripts/test.mjs runs both.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test/global-setup.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 30_000,
    hookTimeout: 120_000, // demo loads on a busy 2-core machine
  },
});
