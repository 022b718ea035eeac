import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoWorkspace, resultsDir, type DemoWorkspace, type RunningServer } from './harness';

// A central manager issues a directive (form) with a task led by Hanoi (API: the form is not the subject);
// Hanoi's officer finds it on the unit's board, creates the unit's implementation plan with a sub-task,
// files and submits a progress report; Hanoi's manager (the plan's owner, so the assigning unit of the
// sub-task) refuses "ask for more" without a comment, then accepts; the central directive's tree and
// matrix show the rolled-up percent.

let server: RunningServer;
let ws: DemoWorkspace;
const stamp = Date.now().toString(36);
const code = `E2E-${stamp}/CT-TW`;
const directiveTitle = `Directive on friendship exchanges ${stamp}`;
const taskTitle = `Organise a people-to-people friendship forum ${stamp}`;
const planCode = `KH-${stamp}/TU`;
const subTitle = `Host the Hanoi youth exchange ${stamp}`;
const narrative = 'Two of five exchanges held; the programme with Lyon is agreed.';
let directiveUrl = '';
let taskId = '';
let subTaskUrl = '';

// The machine is shared and busy: give each wait time (no timing is asserted).
const waitFor = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(resultsDir, `directives-${name}.png`), fullPage: true });
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function pick(page: Page, label: string | RegExp, option: string) {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  ws = await openDemoWorkspace();
  server = ws.server;
});

afterAll(() => ws?.close());

describe('directives and tasks', () => {
  it('a central manager creates a directive (form) and assigns a task to Hanoi', async () => {
    const manager = await ws.signIn('manager.central@demo.amity', { width: 1400, acceptDownloads: true });
    await manager.goto(`${server.url}/directives/new`);
    await waitFor(() => h1(manager, 'New directive').isVisible()).toBe(true);
    // Client rules first: nothing filled in.
    await manager.getByRole('button', { name: 'Create', exact: true }).click();
    await waitFor(() => manager.getByText('Give a title in at least one language.').first().isVisible()).toBe(true);
    await waitFor(() => manager.getByLabel(/^Code/).getAttribute('aria-invalid')).toBe('true');
    await manager.getByLabel(/^Code/).fill(code);
    await pick(manager, /^Kind/, 'Directive');
    await manager.getByLabel(/^Issuing body/).fill('Central Party Secretariat');
    await manager.getByLabel('Title in English').fill(directiveTitle);
    await manager.getByRole('button', { name: 'Create', exact: true }).click();
    await waitFor(() => h1(manager, `${code} — ${directiveTitle}`).isVisible()).toBe(true);
    directiveUrl = manager.url();
    const directiveId = directiveUrl.split('/').pop()!;

    // The search finds it without diacritics or case.
    await manager.goto(`${server.url}/directives?q=${encodeURIComponent(`friendship exchanges ${stamp}`.toUpperCase())}`);
    await waitFor(() => manager.getByRole('link', { name: code }).isVisible()).toBe(true);

    const units = (await (await manager.request.get(`${server.url}/api/v1/units/tree`)).json()) as { items: { id: string; nameEn: string }[] };
    const hanoi = units.items.find((u) => u.nameEn === 'Hanoi Party Committee')!;
    const group = await manager.request.post(`${server.url}/api/v1/task-groups`, { data: { directiveId, number: 'I', titleEn: 'Exchanges between localities' } });
    expect(group.status()).toBe(201);
    const task = await manager.request.post(`${server.url}/api/v1/tasks`, {
      data: { directiveId, groupId: ((await group.json()) as { id: string }).id, number: '1', titleEn: taskTitle, leadUnitId: hanoi.id, dueOn: '2027-06-30', cadence: 'quarterly' },
    });
    expect(task.status()).toBe(201);
    taskId = ((await task.json()) as { id: string }).id;
    await manager.goto(directiveUrl);
    await waitFor(() => manager.getByTestId(`tree-task-${taskId}`).getByRole('link', { name: `1. ${taskTitle}` }).isVisible()).toBe(true);
    await shot(manager, '01-directive');
  });

  it("Hanoi's officer creates the implementation plan with a sub-task and submits a report", async () => {
    const officer = await ws.signIn('officer.hanoi@demo.amity', { width: 1400, acceptDownloads: true });
    await officer.getByRole('navigation').getByRole('link', { name: 'Tasks', exact: true }).click();
    await waitFor(() => h1(officer, "My unit's tasks").isVisible()).toBe(true);
    const card = officer.getByRole('link', { name: taskTitle });
    await waitFor(() => card.isVisible()).toBe(true);
    await shot(officer, '02-board');
    await card.click();
    await waitFor(() => h1(officer, `1. ${taskTitle}`).isVisible()).toBe(true);

    await officer.getByRole('button', { name: 'Create our implementation plan' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel(/^Plan code/).fill(planCode);
    await dialog.getByLabel('Title in English').fill(`Hanoi plan for ${taskTitle}`);
    await dialog.getByRole('button', { name: 'Create the plan' }).click();
    await waitFor(() => h1(officer, new RegExp(`^${planCode}`)).isVisible()).toBe(true);
    await waitFor(() => officer.getByRole('link', { name: new RegExp(taskTitle) }).first().isVisible()).toBe(true);

    await officer.getByRole('link', { name: 'Add a task' }).first().click();
    await waitFor(() => h1(officer, 'New task').isVisible()).toBe(true);
    await officer.getByLabel('Title in English').fill(subTitle);
    await officer.getByRole('button', { name: 'Create', exact: true }).click();
    await waitFor(() => h1(officer, subTitle).isVisible()).toBe(true);
    subTaskUrl = officer.url();
    // Its parent is the central task (the plan implements it).
    await waitFor(() => officer.getByRole('link', { name: new RegExp(taskTitle) }).first().isVisible()).toBe(true);

    await officer.getByRole('tab', { name: 'Progress reports' }).click();
    await officer.getByRole('button', { name: 'File a progress report' }).click();
    // The period offered first is the current quarter.
    await waitFor(() => officer.getByRole('combobox', { name: /^Period/ }).inputValue()).toMatch(/^Q[1-4] 20\d\d$/);
    // Client rules first: no status chosen.
    await officer.getByRole('button', { name: 'Submit', exact: true }).click();
    await waitFor(() => officer.getByRole('combobox', { name: /^Status/ }).getAttribute('aria-invalid')).toBe('true');
    await pick(officer, /^Status/, 'On track');
    await officer.getByRole('textbox', { name: /^Percent complete/ }).fill('40');
    await officer.getByLabel('Narrative').fill(narrative);
    await officer.getByRole('button', { name: 'Submit', exact: true }).click();
    const report = officer.getByRole('article');
    await waitFor(() => report.getByText('Submitted', { exact: true }).isVisible()).toBe(true);
    await shot(officer, '03-report');
  });

  it("Hanoi's manager asks for nothing without a comment, then accepts the report", async () => {
    const manager = await ws.signIn('manager.hanoi@demo.amity', { width: 1400, acceptDownloads: true });
    await manager.goto(`${subTaskUrl}?tab=reports`);
    const report = manager.getByRole('article');
    await waitFor(() => report.getByText(narrative).isVisible()).toBe(true);
    await report.getByRole('button', { name: 'Ask for more' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ask for more' }).click();
    await waitFor(() => dialog.getByText('A comment is required to ask for more.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await report.getByRole('button', { name: 'Accept' }).click();
    await manager.getByRole('dialog').getByRole('button', { name: 'Accept' }).click();
    await waitFor(() => report.getByText('Accepted', { exact: true }).isVisible()).toBe(true);
    // The sub-task now stands at 40 %.
    await waitFor(() => manager.getByRole('progressbar', { name: `Progress of ${subTitle}` }).getAttribute('aria-valuenow')).toBe('40');
    await shot(manager, '04-accepted');
  });

  it("the central directive's tree and matrix show the rolled-up percent", async () => {
    const manager = await ws.signIn('manager.central@demo.amity', { width: 1400, acceptDownloads: true });
    await manager.goto(directiveUrl);
    const row = manager.getByTestId(`tree-task-${taskId}`);
    await waitFor(() => row.isVisible()).toBe(true);
    await waitFor(() => row.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    await waitFor(() => row.getByText('40%').isVisible()).toBe(true);
    await row.getByRole('button', { name: new RegExp(`^Expand .*${taskTitle}`) }).click();
    const plan = manager.getByRole('link', { name: new RegExp(planCode) });
    await waitFor(() => plan.isVisible()).toBe(true);
    await manager.getByRole('button', { name: /^Expand KH-/ }).click();
    await waitFor(() => manager.getByRole('link', { name: subTitle }).isVisible()).toBe(true);
    await shot(manager, '05-tree');

    await manager.getByRole('tab', { name: 'Unit matrix' }).click();
    const hanoiRow = manager.getByRole('row').filter({ hasText: 'Hanoi Party Committee' });
    await waitFor(() => hanoiRow.getByText('40%').isVisible()).toBe(true);
    await shot(manager, '06-matrix');

    const [download] = await Promise.all([manager.waitForEvent('download'), manager.getByRole('button', { name: 'Export to Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });
});
