import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openBrowser, signIn } from './support/browser.mjs';

const PASSWORD = 'OneStop@2020';
const RECEPTIONIST = { email: 'receptionist.tamky@onestop.local', password: PASSWORD };
const SPECIALIST = { email: 'specialist.tamky@onestop.local', password: PASSWORD };
const LEADER = { email: 'leader.tamky@onestop.local', password: PASSWORD };
const INSPECTOR = { email: 'inspector@onestop.local', password: PASSWORD };
// Screenshots for a person to look at; not committed.
const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'e2e', 'screenshots');

/** One GraphQL call from the signed-in page, as the SPA makes it (session cookie + the API's CSRF header). */
async function gql(page, query, variables = {}) {
  const body = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'GraphQL-Require-Preflight': '1' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return res.json();
    },
    [query, variables],
  );
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** Runs one workflow action as `who` and checks it was accepted; returns the new version. */
async function act(page, who, mutation, input) {
  await page.context().clearCookies();
  await signIn(page, who);
  const type = `${mutation[0].toUpperCase()}${mutation.slice(1)}Input`;
  const data = await gql(page, `mutation($i: ${type}!) { ${mutation}(input: $i) { dossier { version status } errors { __typename ... on UserError { message } } } }`, { i: input });
  assert.deepEqual(data[mutation].errors, [], `${mutation}: ${JSON.stringify(data[mutation].errors)}`);
  return data[mutation].dossier.version;
}

describe('satisfaction against the real API', () => {
  let citizen;
  let leader;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const phone = `0905${String(Date.now() % 1_000_000).padStart(6, '0')}`;
  let code;
  let unitCode;

  before(async () => {
    await mkdir(SHOTS, { recursive: true });
    citizen = await openBrowser();
    leader = await openBrowser();
  });
  after(async () => {
    await citizen?.close();
    await leader?.close();
  });

  it('the desk receives a dossier, the unit processes it and the result is returned', async () => {
    const page = citizen.context.pages()[0] ?? (await citizen.context.newPage());
    const desk = await signIn(page, RECEPTIONIST);
    const found = await gql(page, '{ procedures(first: 1, where: { search: "cap giay phep xay dung moi" }) { nodes { code } } me { unit { code } } }');
    unitCode = found.me.unit.code;
    const received = await gql(
      page,
      `mutation($i: ReceiveDossierInput!) { receiveDossier(input: $i) { dossier { code version } errors { __typename ... on UserError { message } } } }`,
      {
        i: {
          procedureCode: found.procedures.nodes[0].code,
          channel: 'DIRECT',
          applicant: { kind: 'CITIZEN', fullName: 'Trần Thị Đánh Giá', idNumber: '049300123456', phone, address: '12 Phan Bội Châu, Tam Kỳ' },
        },
      },
    );
    assert.deepEqual(received.receiveDossier.errors, []);
    code = received.receiveDossier.dossier.code;
    let version = received.receiveDossier.dossier.version;
    assert.ok(desk.id);
    await page.context().clearCookies();
    const specialist = await signIn(page, SPECIALIST);
    await page.context().clearCookies();
    const boss = await signIn(page, LEADER);
    version = await act(page, RECEPTIONIST, 'assignDossier', { code, expectedVersion: version, officerId: specialist.id });
    version = await act(page, SPECIALIST, 'appraiseDossier', { code, expectedVersion: version, opinion: 'Đủ điều kiện cấp phép.' });
    version = await act(page, SPECIALIST, 'submitDossierForApproval', { code, expectedVersion: version, leaderId: boss.id });
    version = await act(page, LEADER, 'approveDossier', { code, expectedVersion: version });
    version = await act(page, SPECIALIST, 'markDossierResultReady', { code, expectedVersion: version });
    await act(page, RECEPTIONIST, 'returnDossierResult', { code, expectedVersion: version, method: 'DESK' });
    // The receipt printed again at the counter carries the rating link's QR code.
    await page.goto(`/dossiers/${code}/print/receipt`);
    const qr = page.getByTestId('rating-qr').getByRole('img');
    await qr.waitFor();
    assert.match(await qr.getAttribute('alt'), new RegExp(`/danh-gia/${code}\\?t=[\\w-]+$`));
    await page.context().clearCookies();
  });

  it('a citizen rates it Not satisfied from the public lookup; the leader sees the follow-up arrive live and the share change', async () => {
    assert.ok(code, 'the dossier was returned first');
    // The leader's dashboard for today's returns in the unit, and the inbox open before the rating arrives.
    const board = leader.context.pages()[0] ?? (await leader.context.newPage());
    await signIn(board, LEADER);
    await board.goto(`/satisfaction?from=${today}&to=${today}&unit=${unitCode}`);
    const notSatisfied = board.getByTestId('not-satisfied-total');
    await notSatisfied.waitFor();
    const before = { not: Number(await notSatisfied.textContent()), share: await board.getByTestId('share-total').textContent() };
    await board.getByRole('img', { name: /Tỷ lệ hài lòng theo đơn vị so với mục tiêu 80%/ }).waitFor();
    await board.screenshot({ path: join(SHOTS, 'satisfaction-01-dashboard-before.png'), fullPage: true });
    await board.getByRole('tab', { name: 'Phản ánh' }).click();
    await board.getByRole('heading', { name: 'Phản ánh từ đánh giá không hài lòng' }).waitFor();
    await board.getByRole('table').waitFor();
    assert.equal(await board.getByTestId(`follow-up-${code}`).count(), 0);

    // The citizen: the receipt's QR opens the public lookup; a returned dossier offers the rating (phone, 360 px).
    const page = citizen.context.pages()[0] ?? (await citizen.context.newPage());
    await citizen.context.clearCookies();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/lookup?code=${code}`);
    await page.getByLabel('4 số cuối điện thoại').fill(phone.slice(-4));
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('button', { name: 'Đánh giá mức độ hài lòng' }).click();
    await page.waitForURL((url) => url.pathname === `/danh-gia/${code}` && url.searchParams.has('t'));
    const ratingUrl = page.url();
    await page.getByRole('radiogroup', { name: 'Mức độ hài lòng' }).getByText('Không hài lòng').click();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Vui lòng nêu lý do không hài lòng').waitFor();
    await page.getByLabel('Lý do không hài lòng').fill('Phải chờ lâu tại quầy trả kết quả.');
    await page.getByRole('radiogroup', { name: 'Đánh giá tổng thể dịch vụ' }).getByText('Hài lòng', { exact: true }).click();
    await page.screenshot({ path: join(SHOTS, 'satisfaction-02-rating-360.png'), fullPage: true });
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Cảm ơn ông/bà đã đánh giá!').waitFor();
    assert.equal(await page.getByTestId('rated-level').textContent(), 'Không hài lòng');
    assert.equal(await page.locator('[data-testid^="index-"]').count(), 9);
    await page.getByTestId('citizen-follow-up').getByText('Mới').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (page is ${width} px wide)`);
    await page.screenshot({ path: join(SHOTS, 'satisfaction-03-rated-360.png'), fullPage: true });

    // The same link again: a clear error, nothing changed.
    await page.goto(ratingUrl);
    await page.getByRole('radiogroup', { name: 'Mức độ hài lòng' }).getByText('Rất hài lòng').click();
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Đường dẫn đánh giá này đã được sử dụng. Mỗi đường dẫn chỉ dùng được một lần.').waitFor();

    // The leader's inbox shows it without a reload (followUpOpened subscription).
    const row = board.getByTestId(`follow-up-${code}`);
    await row.waitFor({ timeout: 30_000 });
    await row.getByText('Phải chờ lâu tại quầy trả kết quả.').waitFor();
    await row.getByText('Mới').waitFor();
    await board.screenshot({ path: join(SHOTS, 'satisfaction-04-inbox-live.png'), fullPage: true });

    // The dashboard counts it.
    await board.goto(`/satisfaction?from=${today}&to=${today}&unit=${unitCode}`);
    await board.getByTestId('not-satisfied-total').waitFor();
    await board.waitForFunction((n) => Number(document.querySelector('[data-testid="not-satisfied-total"]')?.textContent) === n, before.not + 1);
    const after = await board.getByTestId('share-total').textContent();
    assert.notEqual(after, before.share, 'the satisfied share changed');
    await board.screenshot({ path: join(SHOTS, 'satisfaction-05-dashboard-after.png'), fullPage: true });

    // The leader acknowledges and resolves; the citizen sees the outcome with the code and phone digits.
    await board.getByRole('tab', { name: 'Phản ánh' }).click();
    const mine = board.getByTestId(`follow-up-${code}`);
    await mine.getByRole('button', { name: `Tiếp nhận ${code}` }).click();
    await mine.getByText('Đã tiếp nhận').waitFor();
    await mine.getByRole('button', { name: `Ghi kết quả ${code}` }).click();
    const dialog = board.getByRole('dialog');
    await dialog.getByLabel('Kết quả xử lý (công dân xem được)').fill('Đã xin lỗi công dân và bố trí thêm cán bộ trả kết quả.');
    await dialog.getByRole('button', { name: 'Xác nhận' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await mine.getByText('Đã xử lý').waitFor();

    await page.goto(`/danh-gia/${code}`);
    await page.getByLabel('4 số cuối điện thoại').fill(phone.slice(-4));
    await page.getByRole('button', { name: 'Xem' }).click();
    await page.getByText('Đã xin lỗi công dân và bố trí thêm cán bộ trả kết quả.').waitFor();
    await page.screenshot({ path: join(SHOTS, 'satisfaction-06-outcome-360.png'), fullPage: true });
  });

  it('an inspector reads the demo data: shares by unit against 80% and the finished SIPAS campaign with its intervals', async () => {
    const page = leader.context.pages()[0] ?? (await leader.context.newPage());
    await leader.context.clearCookies();
    await signIn(page, INSPECTOR);
    // The demo year 2020 up to today: its ratings, and the SIPAS campaign of the last quarter before the recent work.
    await page.goto(`/satisfaction?from=2020-01-01&to=${today}`);
    await page.getByRole('img', { name: /Tỷ lệ hài lòng theo đơn vị so với mục tiêu 80%/ }).waitFor();
    assert.ok(Number(await page.getByTestId('ratings-total').textContent()) > 0, 'the demo year has ratings');
    const campaign = page.getByTestId('sipas-campaign').first();
    await campaign.getByText(/phiếu \/ \d+ mời/).waitFor();
    await campaign.getByRole('img', { name: /Theo yếu tố/ }).waitFor();
    // A long page on a busy machine: give the full-page capture time.
    await page.screenshot({ path: join(SHOTS, 'satisfaction-08-dashboard-2020.png'), fullPage: true, timeout: 60_000 });
  });

  it('the desk kiosk: the receptionist starts a session and resets after the rating', async () => {
    const page = citizen.context.pages()[0] ?? (await citizen.context.newPage());
    await citizen.context.clearCookies();
    await page.setViewportSize({ width: 1024, height: 768 });
    await signIn(page, RECEPTIONIST);
    await page.goto('/satisfaction');
    await page.waitForURL((url) => url.pathname === '/satisfaction/kiosk');
    await page.getByLabel('Mã hồ sơ tại quầy').fill(code);
    await page.getByRole('button', { name: 'Mời công dân đánh giá' }).click();
    // Rated already within the change window: the kiosk may still change it (the officer at the counter is recorded).
    await page.getByRole('radiogroup', { name: 'Mức độ hài lòng' }).getByText('Hài lòng', { exact: true }).click();
    await page.screenshot({ path: join(SHOTS, 'satisfaction-07-kiosk.png'), fullPage: true });
    await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await page.getByText('Cảm ơn ông/bà! Màn hình sẽ sẵn sàng cho lượt tiếp theo.').waitFor();
    await page.getByLabel('Mã hồ sơ tại quầy').waitFor({ timeout: 15_000 });
  });
});
