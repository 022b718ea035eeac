import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchBrowser, resultsDir, startServer, type RunningServer } from './harness';

// An open tab after a redeploy: the chunks of the build it was loaded from are gone from the server.
let server: RunningServer;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  const res = await fetch(`${server.url}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      rootUnit: { nameVi: 'Liên hiệp hữu nghị', nameEn: 'Friendship union', nameFr: 'Union d’amitié', kind: 'people_org', pillar: 'people' },
      admin: { email: 'admin@updated.test', displayName: 'Quản trị', password: 'correct-horse-battery', language: 'en' },
    }),
  });
  expect(res.status).toBe(201);
  cookie = /amity_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('after a redeploy', () => {
  it('reloads once for a missing chunk, then says Amity was updated and reloads on request', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await context.addCookies([{ name: 'amity_session', value: cookie, url: server.url }]);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/profile`);
    await expect.poll(() => page.getByRole('link', { name: 'Users' }).isVisible(), { timeout: 30_000 }).toBe(true);

    // The Users page's chunk is now one the server no longer has (its real 404).
    let documents = 0;
    page.on('request', (r) => void (r.resourceType() === 'document' && documents++));
    await context.route(/\/assets\/UsersPage-[^/]+\.js$/, (route) => route.continue({ url: `${server.url}/assets/UsersPage-gone.js` }));
    await page.getByRole('link', { name: 'Users' }).click();

    await expect.poll(() => page.getByTestId('app-updated').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(documents).toBe(1); // reloaded once, not in a loop
    await expect.poll(() => page.getByRole('heading', { name: 'Amity was updated' }).isVisible()).toBe(true);
    await page.screenshot({ path: path.join(resultsDir, 'updated-01-reload-screen.png'), fullPage: true });

    // The new build is in place: the button brings the page back.
    await context.unroute(/\/assets\/UsersPage-[^/]+\.js$/);
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.getByTestId('app-updated').isVisible()).toBe(false);
    await expect.poll(() => page.url()).toContain('/users');
    await context.close();
  });
});
