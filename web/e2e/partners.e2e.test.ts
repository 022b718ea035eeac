import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchBrowser, resultsDir, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
let page: Page;
let password = '';

const partnerVi = 'Hội hữu nghị Việt – Pháp';
const note = 'Gặp Chủ tịch Hội tại Hà Nội; thống nhất chương trình giao lưu thanh niên.';

const shot = (name: string) => page.screenshot({ path: path.join(resultsDir, `partners-${name}.png`), fullPage: true });

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  // The demo workspace: units and accounts in one call.
  const res = await fetch(`${server.url}/api/v1/setup/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(res.status).toBe(201);
  password = ((await res.json()) as { password: string }).password;
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('partners', () => {
  it('signs in and opens the partner list', async () => {
    await page.goto(server.url);
    await page.getByLabel('Email').fill('admin@demo.amity');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('current-user').isVisible(), { timeout: 20_000 }).toBe(true);
    // The demo administrator works in Vietnamese; this test reads English.
    const vi = page.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' });
    await expect.poll(async () => (await vi.isVisible()) || (await page.getByRole('button', { name: 'Language: English' }).isVisible())).toBe(true);
    if (await vi.isVisible()) {
      await vi.click();
      await page.getByRole('menuitem', { name: 'English' }).click();
    }
    await page.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Partners' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('group', { name: /Map of partners by country/ }).isVisible(), { timeout: 20_000 }).toBe(true);
    await shot('01-list');
  });

  it('creates a partner with a Vietnamese name in France', async () => {
    await page.getByRole('link', { name: 'New partner' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'New partner' }).isVisible()).toBe(true);
    // Client rules first: no name, no type.
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect.poll(() => page.getByText('Enter at least one name.').isVisible()).toBe(true);

    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Foreign organisation', exact: true }).click();
    await page.getByLabel('Name in Vietnamese').fill(partnerVi);
    const country = page.getByRole('combobox', { name: 'Country' });
    await country.click();
    await country.fill('france');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await page.getByLabel('City').fill('Paris');
    await shot('02-form');
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    // Demo data may hold a look-alike: the duplicate warning then offers "Save anyway".
    const heading = page.getByRole('heading', { level: 1, name: partnerVi });
    const warning = page.getByRole('dialog', { name: 'Possible duplicates' });
    await expect.poll(async () => (await heading.isVisible()) || (await warning.isVisible()), { timeout: 20_000 }).toBe(true);
    if (await warning.isVisible()) {
      await shot('03-duplicates');
      await warning.getByRole('button', { name: 'Save anyway' }).click();
    }
    await expect.poll(() => heading.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByText('France · Paris').isVisible()).toBe(true);
    await shot('04-created');
  });

  it('finds it without diacritics', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill('hoi huu nghi viet phap');
    await expect.poll(() => page.url()).toContain('q=hoi+huu+nghi+viet+phap');
    const link = page.getByRole('table').getByRole('link', { name: partnerVi });
    await expect.poll(() => link.isVisible()).toBe(true);
    await shot('05-search');
    await link.click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: partnerVi }).isVisible()).toBe(true);
  });

  it('adds a note, which shows on the timeline', async () => {
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByLabel('New note').fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => page.getByRole('article').filter({ hasText: note }).isVisible()).toBe(true);
    await shot('06-note');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await expect.poll(() => page.getByText('Note added').isVisible()).toBe(true);
    expect(await page.getByText('Created', { exact: true }).isVisible()).toBe(true);
    await shot('07-timeline');
  });
});
