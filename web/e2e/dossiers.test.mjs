import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { openBrowser, signIn } from './support/browser.mjs';
import { SCREENSHOTS as SHOTS } from './support/screenshots.mjs';

const RECEPTIONIST = { email: 'receptionist.tamky@onestop.local', password: 'OneStop@2020' };
const LEADER = { email: 'leader.tamky@onestop.local', password: 'OneStop@2020' };
const SPECIALIST = { email: 'specialist.tamky@onestop.local', password: 'OneStop@2020' };

describe('dossiers against the real API', () => {
  let browser;
  let page;
  const received = {};

  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto('about:blank');
  });

  const shot = (name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it('a receptionist receives a dossier through the wizard and sees the receipt with its code and appointment', async () => {
    await signIn(page, RECEPTIONIST);
    const started = Date.now();
    await page.goto('/dossiers');
    await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).waitFor();
    await page.getByTestId('count-OVERDUE').waitFor();
    await page.getByRole('table').waitFor();
    received.queueMs = Date.now() - started;
    await shot('01-queue');

    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    await page.waitForURL((url) => url.pathname === '/dossiers/new');
    // Without diacritics: the server folds Vietnamese text.
    await page.getByRole('searchbox', { name: 'Tìm thủ tục (không cần dấu)' }).fill('cap giay phep xay dung moi');
    await page.getByRole('searchbox', { name: 'Tìm thủ tục (không cần dấu)' }).press('Enter');
    await page.getByRole('radio', { name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', exact: true }).click();
    await page.getByText(/Đã chọn: Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ$/).waitFor();
    await shot('02-intake-procedure');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    const name = `Nguyễn Thị Thử ${Date.now() % 100000}`;
    await page.getByLabel('Họ và tên').fill(name);
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill('04930012345');
    await page.getByLabel('Số điện thoại').fill('0905123456');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByText('Số định danh phải gồm đúng 12 chữ số, bắt đầu bằng mã tỉnh hợp lệ').waitFor();
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill('049300123456');
    await page.getByLabel('Quận/huyện').click();
    await page.getByTitle('Ủy ban nhân dân thành phố Tam Kỳ').click();
    await page.getByLabel('Xã/phường').click();
    await page.getByTitle('Ủy ban nhân dân Phường An Mỹ').click();
    await page.getByLabel('Số nhà, đường, thôn').fill('12 Phan Bội Châu');
    await shot('03-intake-applicant');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByText('Tổng cộng').waitFor();
    await shot('04-intake-documents');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    const preview = page.getByTestId('preview-appointment');
    await preview.waitFor();
    const previewed = (await preview.textContent()).trim();
    assert.match(previewed, /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await shot('05-intake-preview');
    await page.getByRole('button', { name: 'Xác nhận tiếp nhận' }).click();

    const title = page.getByText(/^Đã tiếp nhận hồ sơ /);
    await title.waitFor();
    received.code = (await title.textContent()).replace('Đã tiếp nhận hồ sơ ', '').trim();
    assert.match(received.code, /^[\w.]+-\d{6}-\d{4}$/);
    await page.getByText(`Ngày hẹn trả: ${previewed}`).waitFor();

    await page.getByRole('button', { name: 'In giấy tiếp nhận (mẫu 01)' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/print/receipt'));
    assert.equal(await page.getByTestId('receipt-code').textContent(), received.code);
    assert.equal(await page.getByTestId('receipt-appointment').textContent(), previewed);
    const qr = page.getByTestId('qr');
    await qr.waitFor();
    assert.match(await qr.getAttribute('alt'), new RegExp(`/lookup\\?code=${received.code}$`));
    await shot('06-form-01');
    received.appointment = previewed;

    await page.goto(`/dossiers/${received.code}/`);
    await page.getByRole('heading', { name: new RegExp(received.code) }).waitFor();
    await page.getByRole('button', { name: 'Chuyển xử lý' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Phê duyệt, ký' }).count(), 0);
    await shot('07-dossier');

    await page.goto('/dossiers/tracking-book');
    await page.getByText(received.code).waitFor();
    await shot('08-form-06');
  });

  it('the public lookup finds the dossier by code and the last 4 phone digits, without signing in', async () => {
    assert.ok(received.code, 'the intake test ran first');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/lookup?code=${received.code}`);
    assert.equal(new URL(page.url()).pathname, '/lookup');
    await page.getByLabel('4 số cuối điện thoại').fill('0000');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText('Không tìm thấy hồ sơ khớp với mã và số điện thoại đã nhập.').waitFor();
    await page.getByLabel('4 số cuối điện thoại').fill('3456');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByTestId('lookup-status').waitFor();
    assert.equal(await page.getByTestId('lookup-appointment').textContent(), received.appointment);
    const body = await page.textContent('body');
    assert.ok(!body.includes('049300123456') && !body.includes('0905123456'), 'no personal data on the public page');
    await shot('09-public-lookup-360');
  });

  it('the dossier moves through assignment, appraisal, approval and return with only the allowed actions', async () => {
    assert.ok(received.code, 'the intake test ran first');

    // One action through its small form on the dossier page; the page reloads with the new status.
    async function act(who, button, fill, status) {
      await browser.context.clearCookies();
      await signIn(page, who);
      await page.goto(`/dossiers/${received.code}/`);
      const actions = page.getByRole('region', { name: 'Thao tác' });
      await actions.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await fill?.(dialog);
      await dialog.getByRole('button', { name: 'Xác nhận' }).click();
      // The dialog closes only when the server accepted the action (errors keep it open with their message).
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 }).catch(async (e) => {
        // Say what the dialog showed (a refusal, a conflict) instead of only "timeout".
        await shot(`failed-${button}`);
        const toasts = await page.locator('.ant-message, .ant-notification').allTextContents();
        throw new Error(`"${button}" stayed open: ${await dialog.textContent().catch(() => '?')} | toasts: ${toasts.join(' / ')}`, { cause: e });
      });
      const heading = page.getByRole('heading', { name: new RegExp(status) });
      try {
        await heading.waitFor({ timeout: 10_000 });
      } catch {
        // On a slow machine the page's own refetch can land late; a reload must show the new status.
        await page.reload();
        await heading.waitFor({ timeout: 20_000 });
      }
    }

    // The picker lists only officers posted in the unit holding the dossier, with their open work; search ignores diacritics.
    await act(
      RECEPTIONIST,
      'Chuyển xử lý',
      async (d) => {
        const picker = d.getByRole('combobox', { name: 'Cán bộ nhận (tùy chọn)' });
        await picker.click();
        await picker.fill('tham');
        await page.getByTitle(/^Hoàng Văn Thẩm — .*hồ sơ đang giữ/).click();
        await shot('12a-officer-picker');
      },
      'Đang xử lý',
    );
    await page.getByText('Hoàng Văn Thẩm').first().waitFor();
    await act(SPECIALIST, 'Thẩm định', (d) => d.getByLabel('Ý kiến thẩm định').fill('Đủ điều kiện cấp phép.'), 'Đang xử lý');
    await shot('12-specialist-actions');
    await act(SPECIALIST, 'Trình phê duyệt', null, 'Chờ phê duyệt');
    await browser.context.clearCookies();
    await signIn(page, LEADER);
    await page.goto('/dossiers/approvals');
    await page.getByRole('link', { name: received.code }).waitFor();
    await act(LEADER, 'Phê duyệt, ký', null, 'Đã phê duyệt');
    await act(SPECIALIST, 'Đã có kết quả', null, 'Có kết quả');
    await act(RECEPTIONIST, 'Trả kết quả', null, 'Đã trả kết quả');
    await page.getByText('Phê duyệt, ký').first().waitFor();
    await shot('13-returned-dossier');
    const actions = page.getByRole('region', { name: 'Thao tác' });
    await actions.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.').waitFor();
  });

  it('a leader sees the unit queue and the approval inbox', async () => {
    await signIn(page, LEADER);
    await page.goto('/dossiers');
    await page.getByRole('radiogroup', { name: 'Phạm vi' }).getByText('Cả đơn vị').click();
    await page.getByText('Theo cán bộ và tình trạng hạn').waitFor();
    await shot('10-leader-unit-queue');
    await page.goto('/dossiers/approvals');
    await page.getByRole('heading', { name: 'Hồ sơ chờ phê duyệt' }).waitFor();
    await shot('11-approvals');
    console.log(`work queue rendered in ${received.queueMs} ms after navigation`);
  });
});
