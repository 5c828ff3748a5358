import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freshPage, isGraphqlOperation, openBrowser, signIn } from './support/browser.mjs';
import { readSheet } from './support/xlsx-read.mjs';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'e2e', 'screenshots');
const NAM_TRA_MY = '000.00.32.H47';
// Columns 3–13 of form II.06a: the page marks each total cell with its field, the workbook puts them in C–M.
const COLUMNS = [
  'receivedTotal', 'receivedOnline', 'receivedDirectOrPostal', 'carriedOver', 'resolvedTotal', 'resolvedEarly', 'resolvedOnTime',
  'resolvedLate', 'inProgressTotal', 'inProgressWithinDeadline', 'inProgressOverdue',
];

describe('reports against the real API', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
    await mkdir(SHOTS, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await freshPage(browser);
  });

  it('lets an inspector drill down from the province to Nam Trà My and download form II.06a with the totals shown', async () => {
    await signIn(page, { email: 'inspector@onestop.local', password: 'OneStop@2020' });
    await page.getByRole('menu', { name: 'Điều hướng chính' }).getByText('Báo cáo', { exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/reports');

    // The demo year: 2020 with the configured cut-off (15/12/2019 – 14/12/2020).
    const year2020 = page.waitForResponse(
      (r) => isGraphqlOperation(r.request(), 'ReportsDashboard') && JSON.parse(r.request().postData()).variables.to === '2020-12-14',
      { timeout: 60_000 },
    );
    await page.getByRole('combobox', { name: 'Năm', exact: true }).click();
    await page.getByTitle('2020', { exact: true }).click();
    await year2020;
    const ranking = page.getByTestId('unit-ranking');
    await ranking.waitFor();
    await page.getByRole('table', { name: 'Tỷ lệ đúng hạn theo tháng' }).waitFor({ state: 'attached' });
    await page.screenshot({ path: join(SHOTS, 'reports-01-province.png'), fullPage: true });

    // Drill down: the ranking links to the district's own dashboard, same period.
    await ranking.getByRole('link', { name: /Nam Trà My$/ }).click();
    await page.waitForURL((url) => url.pathname === `/reports/units/${NAM_TRA_MY}/` && url.searchParams.get('year') === '2020');
    await page.getByTestId('dashboard-unit').filter({ hasText: /Nam Trà My$/ }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, 'reports-02-nam-tra-my.png'), fullPage: true });

    // Then form II.06a for the district and its Excel file.
    await page.getByRole('link', { name: 'Mở báo cáo II.06a' }).click();
    await page.waitForURL((url) => url.pathname === '/reports/results' && url.searchParams.get('unit') === NAM_TRA_MY);
    const total = page.getByTestId('results-total');
    await total.waitFor({ timeout: 60_000 });
    const shown = {};
    for (const column of COLUMNS) shown[column] = Number(await total.locator(`[data-column="${column}"]`).innerText());
    assert.ok(shown.receivedTotal > 0, 'Nam Trà My received dossiers in 2020');
    assert.equal(shown.receivedTotal, shown.receivedOnline + shown.receivedDirectOrPostal + shown.carriedOver);
    assert.equal(shown.receivedTotal, shown.resolvedTotal + shown.inProgressTotal);
    await page.screenshot({ path: join(SHOTS, 'reports-03-ii06a.png'), fullPage: true });

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: /Tải Excel/ }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^II\.06a-000\.00\.32\.H47-20191215-20201214\.xlsx$/);
    const rows = readSheet(await readFile(await download.path()));
    // The reporting unit printed on the form is the one the page shows.
    const caption = await page.getByText(/^Biểu II\.06a\/VPCP\/KSTT: /).innerText();
    assert.match(caption, /Nam Trà My$/);
    assert.equal(rows.get(1)?.A, `Đơn vị báo cáo: ${caption.replace('Biểu II.06a/VPCP/KSTT: ', '')}`);
    const totalRow = [...rows.values()].find((r) => r.B === 'Tổng số');
    assert.ok(totalRow, 'the workbook has the total row');
    const inFile = Object.fromEntries(COLUMNS.map((column, i) => [column, Number(totalRow[String.fromCharCode(67 + i)])]));
    assert.deepEqual(inFile, shown);
  });
});
