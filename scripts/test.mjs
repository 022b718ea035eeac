#!/usr/bin/env node
// Runs every suite: server on PGlite, server on PostgreSQL, web unit tests and
// browser tests; then prints one closing line "N passed, N failed".
// It installs or starts what the suites need (Chromium, PostgreSQL) when it can.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const ci = process.env.CI === 'true';
const sh = (cmd, opts = {}) => spawnSync(cmd, { shell: true, stdio: 'inherit', cwd: root, ...opts });
const log = (m) => console.log(`\n[amity test] ${m}`);

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) return true;
  if (process.getuid?.() === 0) {
    log('Chromium is missing: installing the Debian package');
    sh('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null');
  }
  return fs.existsSync(chromium);
}

const reachable = (port) =>
  new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port }, () => (s.end(), resolve(true)));
    s.on('error', () => resolve(false));
    s.setTimeout(2000, () => (s.destroy(), resolve(false)));
  });

async function ensurePostgres() {
  if (process.env.TEST_POSTGRES_URL) return true;
  if (await reachable(5432)) return true;
  if (fs.existsSync('/etc/postgresql')) {
    log('PostgreSQL is not running: starting it');
    sh('pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | head -1) main start');
    for (let i = 0; i < 20 && !(await reachable(5432)); i++) await new Promise((r) => setTimeout(r, 500));
  }
  return reachable(5432);
}

/** Runs one vitest suite with a JSON report and returns its counts. */
function vitest(name, cwd, args, env = {}) {
  log(`suite ${name}`);
  const out = path.join(results, `${name}.json`);
  fs.rmSync(out, { force: true });
  const r = sh(`npx vitest run ${args} --reporter=default --reporter=json --outputFile=${out}`, { cwd: path.join(root, cwd), env: { ...process.env, ...env } });
  try {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    const failed = j.numFailedTests + (r.status !== 0 && j.numFailedTests === 0 ? 1 : 0);
    // Kept for the end of the log, where a CI summary that shows only the tail still names them.
    for (const file of j.testResults ?? []) {
      if (file.status === 'failed' && !file.assertionResults?.some((a) => a.status === 'failed'))
        failures.push(`${name}: ${path.relative(root, file.name)}: ${String(file.message ?? '').slice(0, 600)}`);
      for (const a of file.assertionResults ?? [])
        if (a.status === 'failed') failures.push(`${name}: ${path.relative(root, file.name)} > ${a.fullName}\n    ${(a.failureMessages ?? []).join('\n').slice(0, 600).replace(/\n/g, '\n    ')}`);
    }
    return { name, passed: j.numPassedTests, failed };
  } catch {
    return { name, passed: 0, failed: 1 }; // the suite crashed before reporting
  }
}

const suites = [];
const failures = [];
// The linter first: it is quick and names a broken architecture before the long suites.
// Its own rules are proven on fixtures, then the whole repository is linted.
log('suite lint');
const lint = sh('node --test --test-reporter=spec scripts/eslint/rules.test.mjs && npm run lint --silent');
suites.push({ name: 'lint', passed: lint.status === 0 ? 1 : 0, failed: lint.status === 0 ? 0 : 1 });
if (lint.status !== 0) failures.push('lint: see the ESLint report above (npm run lint)');
// Vitest does not check types: the compiler does, once per workspace.
for (const ws of ['server', 'web']) {
  log(`suite typecheck-${ws}`);
  const r = sh(`npm run typecheck -w ${ws} --silent`);
  suites.push({ name: `typecheck-${ws}`, passed: r.status === 0 ? 1 : 0, failed: r.status === 0 ? 0 : 1 });
}
suites.push(vitest('server-pglite', 'server', '', { TEST_DB: 'pglite' }));
if (await ensurePostgres()) suites.push(vitest('server-postgres', 'server', '', { TEST_DB: 'postgres' }));
else if (ci) suites.push({ name: 'server-postgres (PostgreSQL unreachable)', passed: 0, failed: 1 });
else log('PostgreSQL is not reachable on 127.0.0.1:5432: the PostgreSQL suite is skipped');
suites.push(vitest('web', 'web', ''));
log('building the web app for the browser tests');
const build = sh('npm run build -w web --silent');
if (build.status !== 0) suites.push({ name: 'web build', passed: 0, failed: 1 });
else if (ensureChromium()) suites.push(vitest('e2e', 'web', '--config vitest.e2e.config.ts'));
else suites.push({ name: 'e2e (Chromium missing: apt-get install chromium)', passed: 0, failed: 1 });

if (failures.length) console.log(`\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log('\nSuites:');
for (const s of suites) console.log(`  ${s.name.padEnd(28)} ${s.passed} passed, ${s.failed} failed`);
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
