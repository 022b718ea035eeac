import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoWorkspace, resultsDir, type DemoWorkspace, type RunningServer } from './harness';

// An officer of Hanoi plans an incoming delegation with a partner, a manager of the central unit
// (the parent, so the approver) approves it, the officer records the outcome; the engagement then
// shows on the partner's timeline and on the shared calendar.

let server: RunningServer;
let ws: DemoWorkspace;

const title = `Reception of the Lyon friendship delegation ${Date.now().toString(36)}`;
// A day of the current month, in the past, so the month view opens on it and the event may be closed.
const now = new Date();
const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() > 2 ? now.getUTCDate() - 1 : now.getUTCDate()));
const date = day.toISOString().slice(0, 10);
let engagementUrl = '';
let partner: { id: string; name: string } = { id: '', name: '' };

let officer: Page;
let manager: Page;

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(resultsDir, `engagements-${name}.png`), fullPage: true });

beforeAll(async () => {
  ws = await openDemoWorkspace();
  server = ws.server;
});

afterAll(() => ws?.close());

describe('engagements', () => {
  it('an officer creates an incoming delegation with a partner and submits it', async () => {
    officer = await ws.signIn('officer.hanoi@demo.amity');
    const found = await officer.request.get(`${server.url}/api/v1/partners?q=${encodeURIComponent('France Viet Nam')}&countryCode=FR&limit=1`);
    const item = ((await found.json()) as { items: { id: string; name: string; nameEn: string; nameVi: string }[] }).items[0]!;
    partner = { id: item.id, name: item.nameEn || item.name || item.nameVi };
    await officer.goto(`${server.url}/engagements/new?date=${date}&partnerId=${partner.id}`);
    await expect.poll(() => officer.getByRole('heading', { level: 1, name: 'New engagement' }).isVisible()).toBe(true);
    // Client rules first: nothing filled in.
    await officer.getByRole('button', { name: 'Create', exact: true }).click();
    await expect.poll(() => officer.getByText('Give a title in at least one language.').first().isVisible()).toBe(true);

    await officer.getByRole('combobox', { name: 'Kind' }).first().click();
    await officer.getByRole('option', { name: 'Incoming delegation', exact: true }).click();
    await officer.getByLabel('Title in English').fill(title);
    await officer.getByLabel(/^Start time( \*)?$/).fill('09:00');
    await officer.getByLabel(/^End time( \*)?$/).fill('11:30');
    await officer.getByLabel(/^City( \*)?$/).fill('Hà Nội');
    await expect.poll(() => officer.getByText(partner.name).first().isVisible()).toBe(true);
    await shot(officer, '01-form');
    await officer.getByRole('button', { name: 'Create', exact: true }).click();
    await expect.poll(() => officer.getByRole('heading', { level: 1, name: title }).isVisible(), { timeout: 20_000 }).toBe(true);
    engagementUrl = officer.url();
    expect(engagementUrl).toMatch(/\/engagements\/[0-9a-f-]{36}$/);
    await expect.poll(() => officer.getByText('Draft', { exact: true }).first().isVisible()).toBe(true);

    await officer.getByRole('button', { name: 'Submit for approval' }).click();
    await officer.getByRole('dialog').getByRole('button', { name: 'Submit for approval' }).click();
    await expect.poll(() => officer.getByText('Awaiting approval', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    // An officer never decides.
    expect(await officer.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await shot(officer, '02-submitted');
  });

  it('the manager of the parent unit finds it in the queue and approves it', async () => {
    manager = await ws.signIn('manager.central@demo.amity');
    // The bell says something is waiting.
    await expect.poll(async () => ((await (await manager.request.get(`${server.url}/api/v1/notifications/unread-count`)).json()) as { count: number }).count).toBeGreaterThan(0);
    await manager.getByRole('navigation').getByRole('link', { name: 'Approvals' }).click();
    await expect.poll(() => manager.getByRole('heading', { level: 1, name: 'Approvals' }).isVisible()).toBe(true);
    const row = manager.getByRole('row').filter({ hasText: title });
    await expect.poll(() => row.isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(manager, '03-queue');
    await row.getByRole('button', { name: /^Approve/ }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('textbox').first().fill('Approved: please send the programme to the Ministry.');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(0);
  });

  it('the officer sees the decision, records the outcome and closes it', async () => {
    await officer.goto(engagementUrl);
    await expect.poll(() => officer.getByText('Approved', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await officer.getByRole('button', { name: 'Mark as done' }).click();
    const dialog = officer.getByRole('dialog');
    // The outcome is required.
    await dialog.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => dialog.getByRole('textbox').first().getAttribute('aria-invalid')).toBe('true');
    await dialog.getByRole('textbox').first().fill('Agreed a youth exchange for next summer; the association will send ten students.');
    await dialog.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => officer.getByText('Done', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await officer.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => officer.getByText('Approved: please send the programme to the Ministry.').isVisible()).toBe(true);
    await shot(officer, '04-history');
  });

  it("shows on the partner's timeline and on the shared calendar", async () => {
    await officer.goto(`${server.url}/partners/${partner.id}`);
    await officer.getByRole('tab', { name: 'Timeline' }).click();
    const link = officer.getByRole('link', { name: title });
    await expect.poll(() => link.isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(officer, '05-timeline');
    await link.click();
    await expect.poll(() => officer.getByRole('heading', { level: 1, name: title }).isVisible()).toBe(true);

    await officer.goto(`${server.url}/calendar?view=dayGridMonth&date=${date}`);
    await expect.poll(() => officer.getByText(title).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await shot(officer, '06-calendar');
  });
});
