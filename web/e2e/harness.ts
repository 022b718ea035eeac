import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resultsDir = path.join(repoRoot, 'test-results');

/** The server serves web/dist; build it once if the test runner did not. */
export function ensureWebBuilt(): void {
  if (existsSync(path.join(repoRoot, 'web', 'dist', 'index.html'))) return;
  const r = spawnSync('npx', ['vite', 'build'], { cwd: path.join(repoRoot, 'web'), stdio: 'inherit' });
  if (r.status !== 0) throw new Error('vite build failed');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** Starts the real server on a free port with a fresh database, and waits until it is healthy. */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'amity-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    // No daily job: what the tests see must not depend on the hour they run at.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(resultsDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Requests a test sends through context.request / page.request come from Node, not from the page,
  // and carry no Origin: give them the one the page's own fetch would send, since the server refuses
  // cookie-authenticated writes without it (CSRF).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    const request = context.request;
    const fetch = request.fetch.bind(request);
    request.fetch = (urlOrRequest, opts = {}) => {
      const url = typeof urlOrRequest === 'string' ? urlOrRequest : urlOrRequest.url();
      const headers = opts.headers ?? {};
      if (Object.keys(headers).some((h) => h.toLowerCase() === 'origin') || !/^https?:/.test(url)) return fetch(urlOrRequest, opts);
      return fetch(urlOrRequest, { ...opts, headers: { ...headers, origin: new URL(url).origin } });
    };
    return context;
  };
  return browser;
}

/** A fresh server with the demo data and a browser: what every browser test of a feature starts from. */
export interface DemoWorkspace {
  server: RunningServer;
  browser: Browser;
  /** Of every demo account. */
  password: string;
  /** A new browser context signed in as a demo account and switched to English (the tests read English). */
  signIn(email: string, options?: { width?: number; acceptDownloads?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

export async function openDemoWorkspace(): Promise<DemoWorkspace> {
  ensureWebBuilt();
  const server = await startServer();
  const res = await fetch(`${server.url}/api/v1/setup/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  if (res.status !== 201) throw new Error(`demo data: ${res.status} ${await res.text()}`);
  const { password } = (await res.json()) as { password: string };
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  // The machine is shared and busy: waits are generous (no timing is asserted).
  const waitFor = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });
  return {
    server,
    browser,
    password,
    async signIn(email, options = {}) {
      const context = await browser.newContext({
        locale: 'en-US',
        viewport: { width: options.width ?? 1280, height: 900 },
        timezoneId: 'Asia/Ho_Chi_Minh',
        acceptDownloads: options.acceptDownloads ?? false,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(server.url);
      await page.getByLabel('Email').fill(email);
      await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitFor(() => page.getByTestId('current-user').isVisible()).toBe(true);
      // Demo accounts work in Vietnamese.
      const patched = await page.request.patch(`${server.url}/api/v1/me`, { data: { language: 'en' } });
      expect(patched.status()).toBe(200);
      await page.reload();
      await waitFor(() => page.getByRole('button', { name: 'Language: English' }).isVisible()).toBe(true);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.stop();
    },
  };
}
