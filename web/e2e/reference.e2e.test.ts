import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchBrowser, resultsDir, startServer, type RunningServer } from './harness';

// Reference data as an administrator: countries with search, an override, the map; groups.

let server: RunningServer;
let browser: Browser;
let page: Page;
const shot = (name: string) => page.screenshot({ path: path.join(resultsDir, `${name}.png`), fullPage: true });

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // The demo data set, then sign in as its administrator (in English).
  const headers = { origin: server.url };
  const demo = await context.request.post(`${server.url}/api/v1/setup/demo`, { data: {}, headers });
  const { password } = (await demo.json()) as { password: string };
  await context.request.post(`${server.url}/api/v1/auth/login`, { data: { email: 'admin@demo.amity', password }, headers });
  await context.request.patch(`${server.url}/api/v1/me`, { data: { language: 'en' }, headers });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('reference data', () => {
  it('lists countries, finds them without diacritics and draws the map with both archipelagos', async () => {
    await page.goto(server.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Reference data' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Reference data · Countries and territories' }).isVisible()).toBe(true);
    const map = page.getByRole('group', { name: 'World map: countries in a relationship group' });
    await expect.poll(() => map.getByRole('button', { name: 'France: 1' }).count()).toBe(1);
    expect(await map.getByText('Hoang Sa (Paracel) Islands').count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /Truong Sa \(Spratly\) Islands \(Viet Nam\)/ }).count()).toBe(1);

    await page.getByRole('searchbox', { name: 'Search' }).fill('phap');
    await expect.poll(() => page.getByRole('cell', { name: 'Pháp', exact: true }).isVisible()).toBe(true);
    await page.getByRole('searchbox', { name: 'Search' }).fill('palestine');
    await expect.poll(() => page.getByRole('cell', { name: /^Nhà nước Palestine/ }).isVisible()).toBe(true);
    await shot('reference-01-countries');
  });

  it('sets and clears an override, and chooses a group', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('norway');
    await page.getByRole('button', { name: 'Edit Norway' }).click();
    const dialog = page.getByRole('dialog', { name: 'Norway (NO)' });
    await dialog.getByLabel('Name in English').fill('Kingdom of Norway');
    await dialog.getByRole('combobox', { name: 'Relationship group' }).click();
    await page.getByRole('option', { name: 'Strategic partner', exact: true }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('cell', { name: /^Kingdom of Norway/ }).isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: /Kingdom of Norway/ }).getByText('Strategic partner').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Edit Kingdom of Norway' }).click();
    const again = page.getByRole('dialog', { name: 'Kingdom of Norway (NO)' });
    await again.getByLabel('Name in English').fill('');
    await again.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Norway', exact: true }).isVisible()).toBe(true);
  });

  it('creates and deletes a relationship group', async () => {
    await page.getByRole('tab', { name: 'Relationship groups' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Traditional friend', exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'New relationship group' }).click();
    const dialog = page.getByRole('dialog', { name: 'New relationship group' });
    await dialog.getByLabel('Name in Vietnamese').fill('Đối tác hợp tác');
    await dialog.getByLabel('Name in English').fill('Cooperation partner');
    await dialog.getByLabel('Name in French').fill('Partenaire de coopération');
    await dialog.getByRole('textbox', { name: 'Key' }).fill('Bad Key');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.getByText('Use lower-case letters, digits and _ (starting with a letter).').isVisible()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Key' }).fill('cooperation_partner');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Cooperation partner', exact: true }).isVisible()).toBe(true);
    await shot('reference-02-groups');

    await page.getByRole('button', { name: 'Delete Cooperation partner' }).click();
    await page.getByRole('dialog', { name: 'Delete this item?' }).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Cooperation partner', exact: true }).count()).toBe(0);
  });
});
