import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { freshPage, isGraphqlOperation, openBrowser, signIn } from './support/browser.mjs';
import { xlsx } from './support/xlsx.mjs';

const account = (email) => ({ email, password: 'OneStop@2020' });

describe('staffing against the real API', () => {
  let browser;
  let page;

  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await freshPage(browser);
  });

  it('lets an inspector find the office with too many deputies and the contract staff in professional posts', async () => {
    await signIn(page, account('inspector@onestop.local'));
    await page.getByRole('menu', { name: 'Điều hướng chính' }).getByText('Biên chế', { exact: true }).click();
    await page.getByRole('tab', { name: 'Kiểm tra tuân thủ' }).click();
    await page.waitForURL((url) => url.pathname === '/staffing/compliance');
    // The address changes a moment before the page does, and the unit page has a "Tại ngày" picker too.
    await page.getByRole('heading', { name: 'Kiểm tra tuân thủ biên chế' }).waitFor();

    // The picture at the end of 2024, chosen in the date picker.
    const answered = page.waitForResponse(
      (r) => isGraphqlOperation(r.request(), 'StaffingComplianceRoute') && JSON.parse(r.request().postData()).variables.asOf === '2024-12-31',
    );
    const picker = page.getByRole('textbox', { name: 'Tại ngày' });
    await picker.click();
    await picker.fill('31/12/2024');
    await picker.press('Enter');
    await answered;

    // Violations first: the first unit panel is a violation.
    const firstUnit = page.locator('.ant-collapse-item').first();
    await firstUnit.getByText('Vi phạm', { exact: true }).first().waitFor();

    const deputies = page.getByRole('row').filter({ hasText: 'Số cấp phó tối đa của phòng' }).filter({ hasText: 'Vi phạm' }).filter({ hasText: '3 / 2' });
    await deputies.first().waitFor();
    const deputyRow = await deputies.first().innerText();
    assert.match(deputyRow, /3 cấp phó, được tối đa 2/);
    assert.match(deputyRow, /Nghị định 107\/2020/);
    assert.match(deputyRow, /Độ tin cậy: Cao/);

    const contracts = page.getByRole('row').filter({ hasText: 'Hợp đồng lao động chỉ làm hỗ trợ, phục vụ' }).filter({ hasText: 'Vi phạm' });
    assert.ok((await contracts.count()) > 0, 'labour contracts in professional posts are listed');
    const person = contracts.first().getByRole('link').first();
    const name = await person.innerText();
    await person.click();
    await page.waitForURL((url) => url.pathname.startsWith('/staffing/people/'));
    // The person's own page (the name and the contract kind are on the compliance table as well).
    await page.getByRole('button', { name: 'Về trang biên chế' }).waitFor();
    const profile = page.locator('.ant-card').filter({ has: page.getByText(name, { exact: true }) }).first();
    await profile.waitFor();
    await page.getByText('HĐLĐ hỗ trợ, phục vụ (NĐ 111/2022)').first().waitFor();
    await page.getByText('Chuyên môn nghiệp vụ').first().waitFor();
  });

  it('shows an analyst the birth year only', async () => {
    await signIn(page, account('analyst@onestop.local'));
    await page.goto('/staffing');
    await page.getByText(/^Năm sinh \d{4} \(ngày sinh được ẩn\)$/).first().waitFor();
    assert.equal(await page.getByRole('button', { name: /Thêm cán bộ/ }).count(), 0);
  });

  it('lets an admin import a spreadsheet and see the bad row', async () => {
    await signIn(page, account('admin@onestop.local'));
    await page.goto('/staffing/import');
    const key = `E2E${Date.now()}`;
    const file = xlsx([
      ['Mã cán bộ', 'Họ và tên', 'Ngày sinh', 'Ngày bắt đầu công tác'],
      [key, 'Nguyễn Thị Kiểm Thử', '12/05/1990', '01/09/2015'],
      [`${key}B`, 'Trần Văn Lỗi', '31/02/1990', '01/09/2015'],
    ]);
    await page.locator('input[type=file]').setInputFiles({
      name: 'bien-che.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByText('bien-che.xlsx').waitFor();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();

    const report = page.getByRole('table', { name: 'Các dòng không được nhập' });
    const row = report.getByRole('row').filter({ hasText: 'Ngày sinh (dateOfBirth)' });
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /^3\s/);
    assert.match(text, /VALIDATION/);
    assert.match(text, /31\/02\/1990/);
    await page.getByRole('status').filter({ hasText: 'Đã xử lý xong' }).waitFor();
    const created = page.locator('.ant-statistic').filter({ hasText: 'Tạo mới' });
    assert.match(await created.innerText(), /1/);
  });
});
