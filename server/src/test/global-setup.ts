import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { drizzle } from 'drizzle-orm/node-postgres';
import { runMigrations } from '../db/migrate.js';
import { ensureReferenceData } from '../modules/countries/reference.js';

/** Admin connection to the local PostgreSQL, for creating throw-away databases. */
export const pgAdminUrl = () => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}

/**
 * On PostgreSQL, migrate one template database per run; each test file then
 * gets a fresh copy of it in milliseconds (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DB !== 'postgres') return;
  const run = `amity_t${Date.now().toString(36)}${process.pid}`;
  const template = `${run}_tpl`;
  const admin = new pg.Client(pgAdminUrl());
  await admin.connect();
  await admin.query(`create database ${template}`);
  const url = new URL(pgAdminUrl());
  url.pathname = `/${template}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
  await runMigrations(pool);
  // Copies of the template inherit the reference data: openTestDb's check then costs one query.
  await ensureReferenceData(drizzle(pool));
  await pool.end();
  project.provide('pgTemplate', template);
  return async () => {
    const dbs = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [`${run}%`]);
    for (const { datname } of dbs.rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
  };
}
