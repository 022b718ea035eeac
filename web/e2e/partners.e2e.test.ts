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
    // The demo administrator works in Vietnamese (the page switches to it once its strings are in); this test
    // reads English: the saved preference is changed, and the page reloaded, before going on.
    const res = await page.request.patch(`${server.url}/api/v1/me`, { data: { language: 'en' } });
    expect(res.status()).toBe(200);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Language: English' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Partners' }).isVisible(), { timeout: 20_000 }).toBe(true);
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

  it('merges a duplicate pair from the duplicates page, field by field', async () => {
    // Two records of one association, as two units would enter them.
    const name = `Association Amitié Lyon–Việt Nam ${Date.now().toString(36)}`;
    const make = async (city: string, website: string) => {
      const res = await page.request.post(`${server.url}/api/v1/partners`, {
        data: { type: 'foreign_ngo', name, countryCode: 'FR', city, website, visibility: 'shared' },
      });
      expect(res.status()).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    await make('Lyon', 'https://lyon-vietnam.example.org');
    await make('Villeurbanne', '');
    await page.getByRole('navigation').getByRole('link', { name: 'Partners' }).click();
    await page.getByRole('link', { name: 'Duplicates' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Duplicates' }).isVisible()).toBe(true);
    const merge = page.getByRole('link', { name: `Merge ${name} and ${name}` });
    await expect.poll(() => merge.isVisible(), { timeout: 20_000 }).toBe(true);
    await shot('08-duplicates');
    await merge.click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Merge partners' }).isVisible()).toBe(true);
    // The cities differ: pick Villeurbanne, on whichever side it is.
    const villeurbanne = page.getByRole('cell').filter({ hasText: 'Villeurbanne' }).getByRole('radio', { name: /^City: / });
    await expect.poll(() => villeurbanne.isVisible()).toBe(true);
    await villeurbanne.check();
    await shot('09-merge');
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Merge partners?' });
    await expect.poll(() => confirm.isVisible()).toBe(true);
    await confirm.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => page.getByText('The partners have been merged.').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 1, name }).isVisible(), { timeout: 20_000 }).toBe(true);
    // The page may show the cached record for a moment before the merged one arrives.
    await expect.poll(() => page.getByText('France · Villeurbanne').isVisible(), { timeout: 20_000 }).toBe(true);
    await shot('10-merged');
    // One record is left, and the pair is gone from the duplicates page.
    const found = await page.request.get(`${server.url}/api/v1/partners?q=${encodeURIComponent(name)}`);
    const left = (await found.json()) as { total: number; items: { id: string }[] };
    expect(left.total).toBe(1);
    // The picked city, and the website only one side had, survive.
    const kept = (await (await page.request.get(`${server.url}/api/v1/partners/${left.items[0]!.id}`)).json()) as { city: string; website: string };
    expect(kept).toMatchObject({ city: 'Villeurbanne', website: 'https://lyon-vietnam.example.org' });
    await page.goto(`${server.url}/partners/duplicates`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Duplicates' }).isVisible()).toBe(true);
    await expect.poll(() => merge.count()).toBe(0);
  });
});
