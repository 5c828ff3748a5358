import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { apiAs } from './support/api.mjs';
import { freshPage, openBrowser, signIn } from './support/browser.mjs';
import { SCREENSHOTS } from './support/screenshots.mjs';

const SPECIALIST = { email: 'specialist.tamky@onestop.local', password: 'OneStop@2020' };
const LEADER = { email: 'leader.tamky@onestop.local', password: 'OneStop@2020' };
const TAM_KY = '000.00.21.H47';
const PHONE = '0905246810';
const DAY = 24 * 3600 * 1000;

const two = (n) => String(n).padStart(2, '0');
/** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), as the SPA shows times. */
function vnDateTime(value) {
  const t = new Date(new Date(value).getTime() + 7 * 3600 * 1000);
  return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** A one-page PDF with a correct cross-reference table: a real file, as a scanner would give. */
function smallPdf(text) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 14 Tf 40 540 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 14 Tf 40 540 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * The scene, set through the API as the desk's admin would backfill it: a building permit (15 working days; first
 * step "receive and check", half a working day) received ten days ago and handed to the specialist now. Its first step
 * is long overdue, while the legal deadline, about a week away, still allows the apology (it must go out at least one
 * working day before; DOMAIN.md §1.5). previewAppointment checks the deadline before anything is written.
 */
async function receiveLateDossier(admin, specialistId) {
  const { procedures } = await admin(
    'query($unit: String) { procedures(first: 1, where: { search: "cap giay phep xay dung moi", unitCode: $unit }) { nodes { code steps { budget } } } }',
    { unit: TAM_KY },
  );
  const procedure = procedures.nodes[0];
  assert.ok(procedure.steps.length > 1, 'the procedure has an internal process with step budgets');
  const receivedAt = new Date(Date.now() - 10 * DAY).toISOString();
  const { previewAppointment } = await admin(
    'query($code: String!, $at: DateTime!, $unit: String) { previewAppointment(procedureCode: $code, receivedAt: $at, unitCode: $unit) { appointmentAt } }',
    { code: procedure.code, at: receivedAt, unit: TAM_KY },
  );
  assert.ok(new Date(previewAppointment.appointmentAt) - Date.now() > 3 * DAY, `the deadline ${previewAppointment.appointmentAt} is days ahead`);

  const { receiveDossier } = await admin(
    `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { dossier { code version } errors { __typename ... on UserError { message } } } }`,
    {
      input: {
        procedureCode: procedure.code,
        unitCode: TAM_KY,
        channel: 'DIRECT',
        receivedAt,
        outcome: 'ACCEPT',
        applicant: { kind: 'CITIZEN', fullName: 'Lê Thị Hẹn Lại', idNumber: '049195000246', phone: PHONE, address: 'Tam Kỳ, Quảng Nam' },
      },
    },
  );
  assert.deepEqual(receiveDossier.errors, []);
  const { assignDossier } = await admin(
    `mutation($input: AssignDossierInput!) { assignDossier(input: $input) {
        dossier { code appointmentAt deadlineState currentStep { state } currentUnit { code name } documents { ordinal name } }
        errors { __typename ... on UserError { message } } } }`,
    { input: { code: receiveDossier.dossier.code, expectedVersion: receiveDossier.dossier.version, officerId: specialistId } },
  );
  assert.deepEqual(assignDossier.errors, []);
  const dossier = assignDossier.dossier;
  assert.equal(dossier.currentStep.state, 'OVERDUE', 'the first step ran out of its budget');
  assert.equal(dossier.deadlineState, 'WITHIN_DEADLINE', 'the dossier itself is still within its legal deadline');
  return dossier;
}

describe('the dossier page against the real API', () => {
  let browser;
  let page;
  let dossier;

  before(async () => {
    browser = await openBrowser();
    const specialist = await apiAs(SPECIALIST.email);
    const { me } = await specialist('{ me { id } }');
    dossier = await receiveLateDossier(await apiAs('admin@onestop.local'), me.id);
  });
  after(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    page = await freshPage(browser);
  });

  const shot = (name) => page.screenshot({ path: join(SCREENSHOTS, `dossier-page-${name}.png`), fullPage: true });

  async function openDossier(who) {
    await signIn(page, who);
    await page.goto(`/dossiers/${dossier.code}/`);
    await page.getByRole('heading', { name: new RegExp(dossier.code) }).waitFor();
    return page.getByRole('region', { name: 'Thao tác' });
  }

  it('an overdue dossier gets an apology', async () => {
    // The specialist sees the risk; only a leader may issue the apology.
    let actions = await openDossier(SPECIALIST);
    const late = actions.getByRole('alert').filter({ hasText: 'Một bước xử lý đã trễ hạn' });
    await late.waitFor();
    assert.equal(await late.getByRole('button', { name: 'Lập thư xin lỗi (mẫu 04)' }).count(), 0);
    await shot('a01-specialist-banner');

    await page.context().clearCookies();
    actions = await openDossier(LEADER);
    await actions.getByRole('alert').filter({ hasText: 'Một bước xử lý đã trễ hạn' }).waitFor();
    await shot('a02-leader-banner');
    await actions.getByRole('button', { name: 'Lập thư xin lỗi (mẫu 04)' }).click();

    const dialog = page.getByRole('dialog', { name: 'Xin lỗi, hẹn lại' });
    await dialog.waitFor();
    // A week after the current appointment, same weekday, at 15:00 in Vietnam.
    const day = vnDateTime(new Date(dossier.appointmentAt).getTime() + 7 * DAY).slice(0, 10);
    const promised = `${day} 15:00`;
    const reason = 'Hồ sơ cần lấy ý kiến Phòng Quản lý đô thị về chỉ giới xây dựng.';
    await dialog.getByLabel('Lý do').fill(reason);
    await dialog.getByLabel('Ngày hẹn mới').fill(promised);
    await dialog.getByLabel('Ngày hẹn mới').press('Enter');
    await dialog.getByLabel('Mã đơn vị chịu trách nhiệm').fill(dossier.currentUnit.code);
    await shot('a03-form-04');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    // The dialog closes only when the server accepted the apology (a refusal keeps it open with its message).
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByText('Đã thực hiện: Xin lỗi, hẹn lại').waitFor();
    const issued = actions.getByRole('status').filter({ hasText: `Đã gửi thư xin lỗi, hẹn trả kết quả lúc ${promised}.` });
    await issued.waitFor({ timeout: 20_000 });
    await shot('a04-apology-issued');

    // The printed letter (form 04): reason, responsible unit, previous and new appointment.
    await issued.getByRole('link', { name: 'In thư xin lỗi (mẫu 04)' }).click();
    await page.waitForURL((url) => url.pathname === `/dossiers/${encodeURIComponent(dossier.code)}/print/apology`);
    const letter = page.getByRole('article', { name: 'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ' });
    await letter.waitFor();
    const row = async (label) => (await letter.locator('.print-row').filter({ hasText: `${label}:` }).locator('strong').textContent()).trim();
    assert.equal(await row('Mã hồ sơ'), dossier.code);
    assert.equal(await row('Lý do'), reason);
    assert.equal(await row('Ngày hẹn trước'), vnDateTime(dossier.appointmentAt));
    assert.equal(await row('Ngày hẹn mới'), promised);
    assert.equal(await letter.locator('.print-head strong').first().textContent(), dossier.currentUnit.name);
    await letter.getByText('Mẫu số 04').waitFor();
    await shot('a05-form-04-print');

    // The citizen's lookup shows the new appointment.
    await page.context().clearCookies();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/lookup?code=${dossier.code}`);
    await page.getByLabel('4 số cuối điện thoại').fill(PHONE.slice(-4));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByTestId('lookup-appointment').filter({ hasText: promised }).waitFor();
    await shot('a06-public-lookup');
    await page.setViewportSize({ width: 1366, height: 800 });
  });

  it('a scan uploaded on the dossier page is attached to its component and downloads with the same bytes', async () => {
    await openDossier(SPECIALIST);
    const component = dossier.documents[0];
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: `Tải bản scan: ${component.name}`, exact: true }) });
    assert.equal(await row.getByRole('link', { name: /Mở tệp/ }).count(), 0, 'no scan yet');
    const pdf = smallPdf(`Ho so ${dossier.code}`);
    // The button's hidden file input (antd Upload): POST /files, then attachDossierFile.
    await row.locator('input[type=file]').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: pdf });
    const link = row.getByRole('link', { name: /Mở tệp/ });
    await link.waitFor({ timeout: 20_000 });
    await row.getByRole('cell', { name: 'Có', exact: true }).waitFor();
    await shot('b01-scan-attached');

    const href = await link.getAttribute('href');
    assert.match(href, /^\/files\/[^/]+$/);
    // Downloaded with the page's own session cookie.
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    assert.match(response.headers()['content-disposition'], /to-khai\.pdf/);
    assert.deepEqual(Buffer.from(await response.body()), pdf);

    // It stays after a reload (the server holds it, not the page).
    await page.reload();
    await page.getByRole('row').filter({ hasText: component.name }).getByRole('link', { name: /Mở tệp/ }).waitFor();
  });
});
