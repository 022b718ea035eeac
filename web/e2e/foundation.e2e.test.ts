import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchBrowser, resultsDir, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
let page: Page;

const admin = { email: 'admin@amity.test', password: 'correct-horse-battery', name: 'Lan Nguyen' };
const officer = { email: 'officer@amity.test', password: 'officer-password-1', name: 'Minh Tran' };
const subUnit = { vi: 'Sở Ngoại vụ Hà Nội', en: 'Hanoi Department of Foreign Affairs', fr: 'Département des affaires étrangères de Hanoï' };

const shot = (name: string) => page.screenshot({ path: path.join(resultsDir, `${name}.png`), fullPage: true });

/** Mantine Select: open by its label, then pick the option. */
async function choose(scope: Page | ReturnType<Page['getByRole']>, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  // An English browser: the UI starts in English.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('foundation', () => {
  it('sets up a fresh workspace', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Set up Amity' }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot('01-setup');

    // Client validation first: an empty form shows errors next to the fields.
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect.poll(() => page.getByText('This field is required.').count()).toBeGreaterThan(3);

    await page.getByLabel('Name in Vietnamese').fill('Liên hiệp các tổ chức hữu nghị Việt Nam');
    await page.getByLabel('Name in English').fill('Viet Nam Union of Friendship Organizations');
    await page.getByLabel('Name in French').fill("Union des organisations d'amitié du Viet Nam");
    await choose(page, 'Kind', "People's organisation");
    await choose(page, 'Pillar', 'People');
    await page.getByLabel('Display name').fill(admin.name);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await page.getByLabel('Confirm password').fill('something-else-entirely');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await expect.poll(() => page.getByText('The passwords do not match.').isVisible()).toBe(true);
    await page.getByLabel('Confirm password').fill(admin.password);
    await page.getByRole('button', { name: 'Create workspace' }).click();

    // Everyone lands on their home page, greeted by name.
    await expect.poll(() => page.getByRole('heading', { level: 1, name: new RegExp(`^Good (morning|afternoon|evening), ${admin.name}`) }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Units' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Units' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => page.getByTestId('current-user').textContent()).toContain(admin.name);
    expect(await page.getByTestId('current-user').textContent()).toContain('Viet Nam Union of Friendship Organizations');
    await shot('02-units');
  });

  it('creates a sub-unit', async () => {
    await page.getByRole('button', { name: 'Add sub-unit' }).click();
    const dialog = page.getByRole('dialog', { name: 'New sub-unit' });
    await dialog.getByLabel('Name in Vietnamese').fill(subUnit.vi);
    await dialog.getByLabel('Name in English').fill(subUnit.en);
    await dialog.getByLabel('Name in French').fill(subUnit.fr);
    await choose(dialog, 'Kind', 'Locality');
    await choose(dialog, 'Level', 'Provincial');
    await shot('03-unit-form');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: subUnit.en }).isVisible()).toBe(true);
    expect(await page.getByRole('list', { name: 'Unit tree' }).getByRole('button', { name: subUnit.en }).isVisible()).toBe(true);
    await shot('04-unit-created');
  });

  it('creates an officer in that sub-unit', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Users' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Users' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog', { name: 'New user' });
    await dialog.getByLabel('Display name').fill(officer.name);
    // The admin's email is taken: the server's message lands next to the email field.
    await dialog.getByLabel('Email').fill(admin.email);
    await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(officer.password);
    await dialog.getByLabel('Confirm password').fill(officer.password);
    await choose(dialog, 'Unit', subUnit.en);
    await choose(dialog, 'Role', 'Officer');
    await dialog.getByRole('button', { name: 'Create' }).click();
    const email = dialog.getByRole('textbox', { name: 'Email' });
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await shot('05-user-form-error');
    await email.fill(officer.email);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByRole('cell', { name: officer.email }).isVisible()).toBe(true);
    await shot('06-users');
  });

  it('shows the audit log with its diffs', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Audit log' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Show' }).count()).toBeGreaterThan(2);
    // The newest entry is the officer's creation: its values, nothing "before".
    await page.getByRole('button', { name: 'Show' }).first().click();
    const diff = page.getByRole('row', { name: /^displayName/ });
    await expect.poll(() => diff.textContent()).toContain(officer.name);
    expect(await page.getByRole('columnheader', { name: 'After' }).isVisible()).toBe(true);
    await shot('07-audit');
  });

  it('signs out and signs in as the officer', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Sign in' }).isVisible()).toBe(true);
    await page.getByLabel('Email').fill(officer.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('alert').textContent()).toContain('Incorrect email or password.');
    await shot('08-sign-in');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(officer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('current-user').textContent(), { timeout: 20_000 }).toContain(officer.name);
    expect(await page.getByTestId('current-user').textContent()).toContain(subUnit.en);
    // The admin signed out on the audit page; the officer starts at their own home instead.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(new RegExp(`^Good (morning|afternoon|evening), ${officer.name}`));
    await shot('09-officer-home');
  });

  it('switches to Vietnamese, then French, and remembers the choice', async () => {
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Đăng xuất', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByTestId('current-user').textContent()).toContain(subUnit.vi);
    await shot('10-vietnamese');

    await page.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await expect.poll(() => page.getByRole('navigation').getByRole('link', { name: 'Profil' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Se déconnecter', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await shot('11-french');

    // Saved on the account (PATCH /me): a reload comes back in French.
    await expect
      .poll(async () => (await (await page.request.get(`${server.url}/api/v1/me`)).json()).user.language)
      .toBe('fr');
    await page.reload();
    await expect.poll(() => page.getByRole('navigation').getByRole('link', { name: 'Profil' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('navigation').getByRole('link', { name: 'Profil' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Profil' }).isVisible()).toBe(true);
    await shot('12-profile-fr');
  });
});
