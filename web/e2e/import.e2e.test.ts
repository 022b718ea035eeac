import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt, launchBrowser, resultsDir, startServer, type RunningServer } from './harness';

// The partner import wizard: a file with bad rows is reported and cannot be committed (in Vietnamese);
// a corrected file with one row duplicating an existing partner is merged and imported (in English).

let server: RunningServer;
let browser: Browser;
let page: Page;

const admin = { email: 'admin@amity.test', password: 'correct-horse-battery', name: 'Lan Nguyen' };
const existingName = 'Japan–Vietnam Friendship Association';
const importedName = 'Hội hữu nghị Pháp – Việt Normandie';
let existingId = '';

async function shot(name: string) {
  // A full-page capture of a scrolled page draws the fixed header in the middle.
  await page.waitForTimeout(500); // transitions (stepper, segmented control, smooth scrolling) settle
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(resultsDir, `import-${name}.png`), fullPage: true });
}
const csv = (rows: string[][]) => Buffer.from(`\ufeff${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
const fileInput = () => page.locator('input[type="file"]');
const api = (p: string) => `${server.url}/api/v1${p}`;
const currentImportId = () => new URL(page.url()).searchParams.get('id')!;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // A crash of the app shows as a blank page: say why.
  page.on('pageerror', (e) => console.error('page error:', e.message));
  // Setup through the API (its session is not the browser's: the browser signs in below).
  const res = await fetch(api('/setup'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      rootUnit: {
        nameVi: 'Liên hiệp các tổ chức hữu nghị Việt Nam',
        nameEn: 'Viet Nam Union of Friendship Organizations',
        nameFr: "Union des organisations d'amitié du Viet Nam",
        kind: 'people_org',
        pillar: 'people',
      },
      admin: { email: admin.email, displayName: admin.name, password: admin.password, language: 'en' },
    }),
  });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('partner import', () => {
  it('signs in and creates the partner the file will duplicate', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Sign in' }).isVisible()).toBe(true);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByTestId('current-user').textContent(), { timeout: 20_000 }).toContain(admin.name);

    // The browser's session: page.request shares its cookies.
    const created = await page.request.post(api('/partners'), { data: { type: 'foreign_organisation', name: existingName, countryCode: 'JP' } });
    expect(created.status()).toBe(201);
    existingId = ((await created.json()) as { id: string }).id;
  });

  it('refuses an unsupported file, then reports every bad row and refuses to commit (in Vietnamese)', async () => {
    await page.goto(`${server.url}/partners/import`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Import partners' }).isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Nhập đối tác từ tệp' }).isVisible()).toBe(true);
    expect(await page.getByText('Tối đa 100 MB').isVisible()).toBe(true);

    // The server judges the format; its message comes back in the UI language.
    await fileInput().setInputFiles({ name: 'ghi-chu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Hãy tải lên tệp CSV hoặc XLSX.' }).isVisible()).toBe(true);
    await shot('01-upload-refused');

    const bad = csv([
      ['Tên tổ chức', 'Quốc gia', 'Thành phố', 'Email', 'Ưu tiên'],
      ['Hội hữu nghị Việt – Pháp Lyon', 'Pháp', 'Lyon', 'lyon@example.fr', '1'],
      ['', 'Pháp', 'Lyon', '', ''],
      ['Association Bad Email', 'France', 'Paris', 'not-an-email', ''],
      ['Atlantis Friends', 'Atlantis', '', '', ''],
    ]);
    await fileInput().setInputFiles({ name: 'doi-tac-loi.csv', mimeType: 'text/csv', buffer: bad });
    // The mapping was guessed from the Vietnamese headers.
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Các cột của doi-tac-loi.csv' }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Nhập cột “Tên tổ chức” vào trường' }).inputValue()).toBe('Tên (nguyên bản)');
    expect(await page.getByRole('combobox', { name: 'Nhập cột “Quốc gia” vào trường' }).inputValue()).toBe('Quốc gia');
    expect(await page.getByRole('combobox', { name: 'Nhập cột “Email” vào trường' }).inputValue()).toBe('Liên hệ: email');

    // Preview: the first rows as they would be imported, with their errors.
    await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
    const preview = page.getByRole('table', { name: 'Xem trước các dòng đầu' });
    await expect.poll(() => preview.getByRole('row').count()).toBe(5);
    expect(await preview.getByText('Quốc gia này không tồn tại.').isVisible()).toBe(true);
    expect(await page.getByText('3 dòng có lỗi').isVisible()).toBe(true);
    await shot('02-mapping-preview-vi');

    await page.getByRole('button', { name: 'Kiểm tra tất cả các dòng' }).click();
    await expect.poll(() => page.getByTestId('stat-errors').textContent(), { timeout: 30_000 }).toContain('3');
    expect(await page.getByTestId('stat-rows').textContent()).toContain('4');
    const report = page.getByRole('table', { name: 'Các dòng có lỗi' });
    await expect.poll(() => report.getByRole('row').count()).toBe(4);
    expect(await report.getByRole('row', { name: /^3 / }).textContent()).toContain('Hãy nhập ít nhất một tên.');
    expect(await report.getByRole('row', { name: /^4 / }).textContent()).toContain('Hãy nhập địa chỉ email hợp lệ.');
    expect(await report.getByRole('row', { name: /^5 / }).textContent()).toContain('Quốc gia này không tồn tại.');
    // Commit is refused: the button is disabled, the reason is given, and the server would say no too.
    expect(await page.getByRole('button', { name: 'Nhập dữ liệu', exact: true }).isDisabled()).toBe(true);
    expect(await page.getByTestId('commit-blocked').textContent()).toContain('Chưa có dữ liệu nào được nhập cho đến khi mọi dòng đều hợp lệ.');
    const refused = await page.request.post(api(`/imports/${currentImportId()}/commit`), { data: { actions: {} } });
    expect(refused.status()).toBe(422);
    await shot('03-report-errors-vi');

    await page.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Import partners' }).isVisible()).toBe(true);
    // The report's messages are the server's: asked again in the new language.
    await expect.poll(() => page.getByRole('table', { name: 'Rows with errors' }).getByText('This country does not exist.').isVisible()).toBe(true);
  });

  it('imports a corrected file, merging the row that duplicates an existing partner', async () => {
    await page.getByRole('button', { name: 'Upload another file' }).click();
    const good = csv([
      ['Organization Name', 'Country', 'City', 'Email', 'Person in charge', 'Tags'],
      [importedName, 'Pháp', 'Rouen', 'contact@afv-normandie.fr', 'Trần Thị Mai', 'culture; youth'],
      [existingName, 'Japan', 'Tokyo', 'info@jvfa.jp', 'Kenji Tanaka', 'friendship'],
      ['Hội người Việt Nam tại Nhật Bản', 'Nhật Bản', 'Osaka', '', '', ''],
    ]);
    await fileInput().setInputFiles({ name: 'partners-fixed.csv', mimeType: 'text/csv', buffer: good });
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Columns of partners-fixed.csv' }).isVisible()).toBe(true);
    // No header the server knows: mapped by hand.
    const person = page.getByRole('combobox', { name: 'Import “Person in charge” as' });
    expect(await person.inputValue()).toBe('Ignore this column');
    await person.click();
    await page.getByRole('option', { name: 'Contact: name', exact: true }).click();
    expect(await person.inputValue()).toBe('Contact: name');
    await page.getByRole('combobox', { name: 'Visibility' }).click();
    await page.getByRole('option', { name: 'Shared with all units', exact: true }).click();

    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.getByRole('table', { name: 'Preview of the first rows' });
    await expect.poll(() => preview.getByRole('row').count()).toBe(4);
    expect(await preview.getByRole('row', { name: new RegExp(`^2 ${importedName}`) }).textContent()).toContain('Trần Thị Mai · contact@afv-normandie.fr');
    expect(await page.getByText('No errors in these rows').isVisible()).toBe(true);
    await shot('04-mapping-preview');

    await page.getByRole('button', { name: 'Check all rows' }).click();
    await expect.poll(() => page.getByTestId('stat-duplicates').textContent(), { timeout: 30_000 }).toContain('1');
    expect(await page.getByTestId('stat-errors').textContent()).toContain('0');
    const dup = page.getByTestId('duplicate-row-3');
    await expect.poll(() => dup.isVisible()).toBe(true);
    expect(await dup.textContent()).toContain('Same name and country');
    expect(await dup.getByRole('link', { name: /Open/ }).getAttribute('href')).toBe(`/partners/${existingId}`);
    await dup.getByText('Merge', { exact: true }).click();
    await expect.poll(() => dup.getByRole('radio', { name: 'Merge' }).isChecked()).toBe(true);
    await expect.poll(() => dup.locator('label[data-active]').textContent()).toBe('Merge');
    await shot('05-report-duplicates');

    const commit = page.getByRole('button', { name: 'Import', exact: true });
    expect(await commit.isEnabled()).toBe(true);
    await commit.click();
    await expect.poll(() => page.getByText('Import finished').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.getByTestId('result-created').textContent()).toContain('2');
    expect(await page.getByTestId('result-merged').textContent()).toContain('1');
    expect(await page.getByTestId('result-skipped').textContent()).toContain('0');
    await shot('06-result');

    // Merging filled what the existing partner lacked.
    const merged = (await (await page.request.get(api(`/partners/${existingId}`))).json()) as { city: string; tags: string[] };
    expect(merged.city).toBe('Tokyo');
    expect(merged.tags).toContain('friendship');
  });

  it('finds an imported partner without diacritics', async () => {
    const found = (await (await page.request.get(api(`/partners?q=${encodeURIComponent('hoi huu nghi phap viet normandie')}`))).json()) as {
      items: { name: string; visibility: string }[];
    };
    expect(found.items.map((p) => p.name)).toEqual([importedName]);
    expect(found.items[0]!.visibility).toBe('shared');

    await page.getByRole('link', { name: 'Open the partner list' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Partners' }).isVisible()).toBe(true);
    await page.getByRole('searchbox', { name: 'Search' }).fill('hoi huu nghi phap viet');
    await expect.poll(() => page.getByRole('link', { name: importedName }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await shot('07-partner-list');
  });

  it('shows the progress of a larger file while checking and importing it', async () => {
    // Kept small: the server's duplicate checks grow with the square of the rows (see the report).
    const n = 500;
    const rows = [['Name', 'Country', 'City', 'Tags']];
    for (let i = 1; i <= n; i++) rows.push([`Bulk partner ${i}`, i % 2 ? 'France' : 'Nhật Bản', 'Lyon', 'bulk']);
    await page.goto(`${server.url}/partners/import`);
    await fileInput().setInputFiles({ name: 'bulk.csv', mimeType: 'text/csv', buffer: csv(rows) });
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Columns of bulk.csv' }).isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Check all rows' }).click();
    const checking = page.getByRole('region', { name: 'Checking every row…' });
    await expect.poll(() => checking.isVisible(), { timeout: 5_000 }).toBe(true);
    await shot('08-validating');
    await expect.poll(() => page.getByTestId('stat-rows').textContent(), { timeout: 60_000 }).toContain('500');
    expect(await page.getByTestId('stat-errors').textContent()).toContain('0');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const importing = page.getByRole('region', { name: 'Importing…' });
    await expect.poll(() => importing.isVisible(), { timeout: 5_000 }).toBe(true);
    await shot('09-committing');
    await expect.poll(() => page.getByText('Import finished').isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await page.getByTestId('result-created').textContent()).toContain('500');
  });
});
