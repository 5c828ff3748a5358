import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ADMIN, freshPage, openBrowser, signIn } from './support/browser.mjs';

const INSPECTOR = { email: 'inspector@onestop.local', password: ADMIN.password };

describe('procedure catalogue against the real API', () => {
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

  it('lets an anonymous visitor search without diacritics and open a procedure', async () => {
    await page.goto('/procedures');
    await page.getByRole('heading', { name: 'Danh mục thủ tục hành chính' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/procedures', 'no redirect to /login');
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('dang ky khai sinh');
    await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).press('Enter');
    const link = page.getByRole('table').getByRole('link', { name: 'Đăng ký khai sinh', exact: true });
    await link.click();
    await page.waitForURL((url) => /^\/procedures\/[\d.]+$/.test(url.pathname));
    await page.getByRole('heading', { name: 'Đăng ký khai sinh', exact: true }).waitFor();
    await page.getByText('Thành phần hồ sơ', { exact: true }).waitFor();
    await page.getByText('Căn cứ pháp lý', { exact: true }).first().waitFor();

    // A deep link (codes contain a dot) loads the SPA too.
    const code = new URL(page.url()).pathname.split('/').at(-1);
    await page.goto(`/procedures/${code}`);
    await page.getByRole('heading', { name: 'Đăng ký khai sinh', exact: true }).waitFor();
  });

  it('refuses to publish an admin draft that cites expired law, naming the expired document', async () => {
    await signIn(page, ADMIN);
    await page.goto('/procedures?expired=true&field=TNMT-DD');
    const first = page.getByRole('table').getByRole('link').first();
    const name = (await first.textContent())?.trim();
    assert.ok(name, 'a land procedure citing expired law');
    await first.click();
    await page.getByRole('heading', { name, exact: true }).waitFor();
    await page.getByText('45/2013/QH13 đã hết hiệu lực, được thay thế bởi 31/2024/QH15').waitFor();

    await page.getByRole('button', { name: /Chỉnh sửa/ }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/edit'));
    // The editor itself, not only its address: whether the fee's payer notes are there is read from the rendered form.
    const save = page.getByRole('button', { name: 'Lưu bản dự thảo' });
    await save.waitFor();
    const payerNotes = page.getByRole('textbox', { name: 'Đối tượng nộp, miễn giảm' }).first();
    if ((await payerNotes.count()) > 0) await payerNotes.fill(`Cập nhật ${Date.now()}`);
    await save.click();
    await page.getByText(/Đang sửa bản dự thảo \(phiên bản \d+\)/).waitFor();

    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Không thể công bố' });
    await refusal.waitFor();
    await refusal.getByText('45/2013/QH13', { exact: true }).waitFor();
    await refusal.getByText(/Được thay thế bởi 31\/2024\/QH15/).first().waitFor();
  });

  it('shows an inspector the units citing expired law on the catalogue health page', async () => {
    await signIn(page, INSPECTOR);
    await page.getByRole('menu', { name: 'Điều hướng chính' }).getByText('Thủ tục', { exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/procedures');
    await page.getByRole('button', { name: /Tình trạng danh mục/ }).click();
    await page.waitForURL((url) => url.pathname === '/procedures/health');
    await page.getByRole('heading', { name: 'Tình trạng danh mục' }).waitFor();
    const citing = page.getByRole('link', { name: /thủ tục của .+ viện dẫn văn bản hết hiệu lực/ });
    await citing.first().waitFor();
    assert.ok((await citing.count()) > 0);

    await page.getByRole('switch', { name: 'Chỉ đơn vị viện dẫn văn bản hết hiệu lực' }).click();
    await citing.first().click();
    await page.waitForURL((url) => url.pathname === '/procedures' && url.searchParams.get('expired') === 'true');
    await page.getByRole('table').getByText('Viện dẫn văn bản hết hiệu lực').first().waitFor();
  });
});
