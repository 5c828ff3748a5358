import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ADMIN, freshPage, isGraphqlOperation, openBrowser, signIn } from './support/browser.mjs';

describe('OneStop SPA against the real API', () => {
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

  it('redirects a signed-out visitor to /login and back after signing in', async () => {
    await page.goto('/units');
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByLabel('Thư điện tử').fill(ADMIN.email);
    await page.getByLabel('Mật khẩu').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/units');
  });

  it('rejects wrong credentials with a clear message', async () => {
    await page.getByLabel('Thư điện tử').fill('khong-ton-tai@onestop.local');
    await page.getByLabel('Mật khẩu').fill('Sai@12345');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Thư điện tử hoặc mật khẩu không đúng' }).waitFor();
  });

  it('signs in as admin and shows the shell with the user name, sending the CSRF header', async () => {
    const requests = [];
    page.on('request', (request) => {
      if (isGraphqlOperation(request, 'AppShell')) requests.push(request);
    });
    const me = await signIn(page);
    assert.equal(new URL(page.url()).pathname, '/');
    assert.ok(me.fullName, 'me.fullName comes back from the server');
    await page.getByTestId('user-summary').getByText(me.fullName, { exact: true }).waitFor();
    await page.getByText(`Xin chào, ${me.fullName}`).waitFor();
    assert.ok(requests.length > 0);
    const headers = await requests[0].allHeaders();
    assert.equal(headers['graphql-require-preflight'], '1');
  });

  it('switches to English and keeps it after a reload', async () => {
    // English is its own chunk, fetched only when the UI needs it.
    const english = [];
    page.on('request', (request) => /\/assets\/locale-resources-en-[\w-]+\.js$/.test(request.url()) && english.push(request.url()));
    await signIn(page);
    assert.deepEqual(english, [], 'a Vietnamese session does not load the English strings');
    await page.getByRole('radiogroup', { name: 'Ngôn ngữ' }).getByText('EN', { exact: true }).click();
    const menu = page.getByRole('menu', { name: 'Main navigation' });
    await menu.getByText('Home', { exact: true }).waitFor();
    await menu.getByText('Units', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Sign out/ }).waitFor();
    assert.equal(english.length, 1);
    await page.reload();
    await page.getByRole('menu', { name: 'Main navigation' }).getByText('Units', { exact: true }).waitFor();
    // Starting in English: a lazy page with a feature's strings renders in English.
    await page.goto('/dossiers');
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Hồ sơ của tôi' }).count(), 0);
  });

  it('opens the units page and shows the province in the tree', async () => {
    await signIn(page);
    await page.getByRole('menu', { name: 'Điều hướng chính' }).getByText('Đơn vị', { exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/units');
    await page.getByRole('tree').getByText('Ủy ban nhân dân tỉnh Quảng Nam', { exact: true }).first().waitFor();
    await page.getByRole('table').getByText('Ủy ban nhân dân tỉnh Quảng Nam', { exact: true }).first().waitFor();
  });

  it('opens popups at once for someone who asks for less motion, and slides them in otherwise', async () => {
    await signIn(page);
    await page.goto('/reports');
    const year = page.getByRole('combobox', { name: 'Năm', exact: true });
    await year.waitFor();
    // Every class a select dropdown takes on while it opens.
    await page.evaluate(() => {
      window.dropdownClasses = [];
      new MutationObserver((changes) => {
        for (const { target } of changes) if (String(target.className).includes('ant-select-dropdown')) window.dropdownClasses.push(target.className);
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    const opened = async () => {
      await page.evaluate(() => (window.dropdownClasses = []));
      await year.click();
      await page.getByTitle('2021', { exact: true }).waitFor();
      await page.waitForTimeout(400); // longer than antd's slide-in
      const classes = await page.evaluate(() => window.dropdownClasses);
      await page.keyboard.press('Escape');
      await page.getByTitle('2021', { exact: true }).waitFor({ state: 'hidden' });
      return classes.join(' ');
    };

    // The browser tests' context asks for reduced motion.
    assert.doesNotMatch(await opened(), /ant-slide-up-(appear|enter)-active/);
    // The setting is followed live, without a reload.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    assert.match(await opened(), /ant-slide-up-(appear|enter)-active/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.doesNotMatch(await opened(), /ant-slide-up-(appear|enter)-active/);
  });

  it('signs out back to the login page', async () => {
    await signIn(page, ADMIN);
    await page.getByRole('button', { name: /Đăng xuất/ }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/login');
  });
});
