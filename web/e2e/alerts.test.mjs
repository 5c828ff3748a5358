import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiAs } from './support/api.mjs';
import { freshPage, openBrowser, signIn } from './support/browser.mjs';

const SPECIALIST = { email: 'specialist.tamky@onestop.local', password: 'OneStop@2020' };
const TAM_KY = '000.00.21.H47';

describe('live alerts and the work queue in the browser', () => {
  let browser;
  let page;
  let specialist;
  let admin;
  let overdue;

  before(async () => {
    browser = await openBrowser();
    page = await freshPage(browser);
    specialist = await signIn(page, SPECIALIST);
    admin = await apiAs('admin@onestop.local');
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the toast and the bell badge without reload when an overdue dossier arrives', async () => {
    await page.goto('/dossiers');
    const bell = page.getByRole('button', { name: /^Cảnh báo chưa xem: \d+$/ });
    await bell.waitFor();
    const before = Number((await bell.getAttribute('aria-label')).match(/\d+$/)[0]);
    const navigations = [];
    page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
    // The socket must be subscribed before the alert is raised (graphql-ws has no subscribe acknowledgement).
    await page.waitForTimeout(1000);

    const { procedures } = await admin(
      'query($unit: String) { procedures(first: 1, where: { search: "cap giay phep xay dung moi", unitCode: $unit }) { nodes { code } } }',
      { unit: TAM_KY },
    );
    const receivedAt = new Date(Date.now() - 40 * 24 * 3600 * 1000).toISOString();
    const { receiveDossier } = await admin(
      `mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) { dossier { code version appointmentAt } errors { __typename ... on UserError { message } } } }`,
      {
        input: {
          procedureCode: procedures.nodes[0].code,
          unitCode: TAM_KY,
          channel: 'DIRECT',
          receivedAt,
          outcome: 'ACCEPT',
          applicant: { kind: 'CITIZEN', fullName: 'Trần Văn Quá Hạn', idNumber: '049095000777', phone: '0905777888', address: 'Tam Kỳ, Quảng Nam' },
        },
      },
    );
    assert.deepEqual(receiveDossier.errors, []);
    overdue = receiveDossier.dossier;
    const { code, appointmentAt } = overdue;
    assert.ok(new Date(appointmentAt) < new Date(), `the backfilled dossier is overdue (appointment ${appointmentAt})`);

    // The server's scanner (DeadlineAlerts:ScanSeconds, 5 s) raises OVERDUE; the socket pushes it to this page.
    const toast = page.getByTestId('alert-toast').filter({ hasText: code }).first();
    await toast.waitFor({ timeout: 30_000 });
    assert.match(await toast.textContent(), /Hạn: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await page.waitForFunction(
      (n) => {
        const label = document.querySelector('button[aria-label^="Cảnh báo chưa xem"]')?.getAttribute('aria-label') ?? '';
        return Number(label.match(/\d+$/)?.[0] ?? 0) > n;
      },
      before,
      { timeout: 15_000 },
    );
    assert.deepEqual(navigations, [], 'no reload or navigation happened');

    // The toast links to the dossier; the alerts page lists it and can mark it as seen.
    await toast.getByRole('link', { name: 'Mở hồ sơ' }).click();
    await page.waitForURL((url) => url.pathname === `/dossiers/${encodeURIComponent(code)}/`);
    await page.getByRole('button', { name: /^Cảnh báo chưa xem/ }).click();
    await page.waitForURL((url) => url.pathname === '/alerts');
    await page.getByRole('button', { name: `Đánh dấu đã xem ${code}` }).first().click();
    await page.getByText('Đã đánh dấu 1 cảnh báo').waitFor();
  });

  it('renders the work queue within 1.5 s of navigation on the demo data', async () => {
    // Demo dossiers belong to generated officers: hand the overdue dossier of the previous test to this specialist.
    const { assignDossier } = await admin(
      `mutation($input: AssignDossierInput!) { assignDossier(input: $input) { errors { __typename ... on UserError { message } } } }`,
      { input: { code: overdue.code, expectedVersion: overdue.version, officerId: specialist.id } },
    );
    assert.deepEqual(assignDossier.errors, []);
    await page.goto('/dossiers');
    // Measured in the page: from navigation start (a full load) to the first queue row on screen.
    const handle = await page.waitForFunction(
      () => (document.querySelector('.ant-table-tbody tr.ant-table-row') ? performance.now() : null),
      undefined,
      { polling: 'raf', timeout: 15_000 },
    );
    const ms = Math.round(await handle.jsonValue());
    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    console.log(`work queue rendered in ${ms} ms after navigation start (${rows} rows)`);
    assert.ok(rows > 0, 'the specialist has dossiers in the queue on the demo data');
    assert.ok(ms < 1500, `work queue took ${ms} ms (limit 1500 ms)`);
  });
});
