import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // The ground floor's tables and every module's schema.ts: a new module's tables are found by their place.
  schema: ['./src/core/*-schema.ts', './src/modules/*/schema.ts'],
  out: './drizzle',
});
