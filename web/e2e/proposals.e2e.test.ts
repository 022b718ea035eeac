import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoWorkspace, resultsDir, type DemoWorkspace, type RunningServer } from './harness';

// An officer of Hoa Binh writes a proposal to the Ministry of Foreign Affairs: an earlier proposal of
// the province on the same matter shows as similar while the title is typed; the officer submits it.
// The Ministry's manager finds it in the inbox, accepts it (due date from the SLA) and answers it;
// the officer then reads the answer.

let server: RunningServer;
let ws: DemoWorkspace;
const tag = Date.now().toString(36);
const earlierTitle = `Open a border gate for friendship delegations with Laos at Tay Trang ${tag}`;
const newTitle = `Open the border gate for friendship delegations with Laos ${tag}`;
const answer = `The Ministry supports the gate; the border commission will report by March (${tag}).`;
let proposalUrl = '';
let officer: Page;
let manager: Page;

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(resultsDir, `proposals-${name}.png`), fullPage: true });

beforeAll(async () => {
  ws = await openDemoWorkspace();
  server = ws.server;
});

afterAll(() => ws?.close());

describe('proposals from localities', () => {
  it('a locality officer sees a similar earlier proposal while writing, then submits', async () => {
    officer = await ws.signIn('officer.hoabinh@demo.amity');
    const tree = await officer.request.get(`${server.url}/api/v1/units/tree`);
    const units = ((await tree.json()) as { items: { id: string; nameEn: string }[] }).items;
    const mofa = units.find((u) => u.nameEn === 'Ministry of Foreign Affairs')!;
    expect(mofa).toBeTruthy();
    // The earlier proposal is not what this test is about: made through the API.
    const earlier = await officer.request.post(`${server.url}/api/v1/proposals`, {
      data: { title: earlierTitle, body: 'Delegations from Luang Prabang wait hours at the crossing.', targetUnitId: mofa.id },
    });
    expect(earlier.status()).toBe(201);

    // A locality lands on its own proposals.
    await officer.goto(`${server.url}/proposals`);
    await expect.poll(() => officer.getByRole('tab', { name: 'My proposals', selected: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    await officer.getByRole('link', { name: 'New proposal' }).click();
    await expect.poll(() => officer.getByRole('heading', { level: 1, name: 'New proposal' }).isVisible()).toBe(true);

    // Client rules first: nothing filled in.
    await officer.getByRole('button', { name: 'Submit proposal' }).click();
    await expect.poll(() => officer.getByText('This field is required.').count()).toBe(2);

    await officer.getByLabel(/^Title/).fill(newTitle);
    const similar = officer.getByRole('region', { name: 'Similar existing proposals' });
    await expect.poll(() => similar.getByRole('link', { name: earlierTitle }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => similar.getByText('Submitted').first().isVisible()).toBe(true);
    await shot(officer, '01-similar');

    await officer.getByLabel(/^Text/).fill('Friendship delegations from Laos need a faster crossing at the border gate.');
    await officer.getByRole('combobox', { name: /^Target unit/ }).fill('Ministry of Foreign');
    await officer.getByRole('option', { name: 'Ministry of Foreign Affairs', exact: true }).click();
    await officer.getByRole('combobox', { name: /^Urgency/ }).click();
    await officer.getByRole('option', { name: 'Urgent', exact: true }).click();
    await officer.getByRole('button', { name: 'Submit proposal' }).click();

    await expect.poll(() => officer.getByRole('heading', { level: 1, name: newTitle }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => officer.getByText('Submitted', { exact: true }).first().isVisible()).toBe(true);
    // The locality may not accept or answer its own proposal.
    expect(await officer.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    expect(await officer.getByRole('button', { name: 'Answer' }).count()).toBe(0);
    proposalUrl = officer.url();
    expect(proposalUrl).toMatch(/\/proposals\/[0-9a-f-]{36}$/);
  });

  it('the Ministry manager finds it in the inbox, accepts and answers it', async () => {
    manager = await ws.signIn('manager.mofa@demo.amity');
    await manager.goto(`${server.url}/proposals`);
    await expect.poll(() => manager.getByRole('tab', { name: 'Inbox', selected: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    await manager.getByRole('searchbox').fill(tag);
    const row = manager.getByRole('link', { name: newTitle });
    await expect.poll(() => row.isVisible(), { timeout: 20_000 }).toBe(true);
    await row.click();
    await expect.poll(() => manager.getByRole('heading', { level: 1, name: newTitle }).isVisible()).toBe(true);

    await manager.getByRole('button', { name: 'Accept', exact: true }).click();
    const accept = manager.getByRole('dialog');
    // The due date is prefilled from the unit's SLA.
    await expect.poll(async () => (await accept.getByRole('button', { name: /Answer due/ }).textContent())?.trim() ?? '').not.toBe('');
    await accept.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => manager.getByText('Accepted', { exact: true }).first().isVisible()).toBe(true);

    await manager.getByRole('button', { name: 'Answer', exact: true }).click();
    const dialog = manager.getByRole('dialog');
    // The answer is required.
    await dialog.getByRole('button', { name: 'Answer', exact: true }).click();
    await expect.poll(() => dialog.getByText('This field is required.').isVisible()).toBe(true);
    await dialog.getByRole('textbox', { name: /^Answer/ }).fill(answer);
    await dialog.getByRole('button', { name: 'Answer', exact: true }).click();
    await expect.poll(() => manager.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => manager.getByText('Answered', { exact: true }).first().isVisible()).toBe(true);
    await shot(manager, '02-answered');

    await manager.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => manager.getByText(/Accept: Submitted → Accepted/).isVisible()).toBe(true);
    await expect.poll(() => manager.getByText(/Answer: Accepted → Answered/).isVisible()).toBe(true);
  });

  it('the locality officer reads the answer', async () => {
    await officer.goto(proposalUrl);
    const region = officer.getByRole('region', { name: 'Answer' });
    await expect.poll(() => region.getByText(answer).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => officer.getByText('Answered', { exact: true }).first().isVisible()).toBe(true);
    await shot(officer, '03-answer-read');
  });

  it('the Ministry groups the two proposals and reads the statistics with their export', async () => {
    await manager.goto(`${server.url}/proposals?q=${tag}`);
    const boxes = manager.getByRole('checkbox', { name: /^Select proposal/ });
    await expect.poll(() => boxes.count(), { timeout: 20_000 }).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect.poll(() => manager.getByText('2 proposals selected').isVisible()).toBe(true);
    await manager.getByRole('button', { name: 'Group them' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await expect.poll(() => dialog.getByText('This field is required.').isVisible()).toBe(true);
    await dialog.getByLabel(/^Group title/).fill(`Border gate with Laos ${tag}`);
    await dialog.getByRole('button', { name: 'Create group' }).click();
    await expect.poll(() => manager.getByRole('heading', { level: 1, name: `Border gate with Laos ${tag}` }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => manager.getByRole('link', { name: newTitle }).isVisible()).toBe(true);
    await expect.poll(() => manager.getByRole('link', { name: earlierTitle }).isVisible()).toBe(true);

    await manager.goto(`${server.url}/proposals/stats`);
    await expect.poll(() => manager.getByRole('heading', { level: 1, name: 'Proposal statistics' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => manager.getByRole('region', { name: 'By locality' }).locator('.recharts-bar-rectangle').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const href = await manager.getByRole('link', { name: 'Export to Excel' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/v1\/proposals\/stats\.xlsx/);
    const xlsx = await manager.request.get(`${server.url}${href}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    await shot(manager, '04-stats');
  });
});
