import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from 'playwright-core';
import { screenshotEveryPage } from './screenshots.mjs';

// The API serves the built SPA, /auth/* and /graphql (+ the IDE) on one origin.
export const BASE_URL = (process.env.ONESTOP_URL ?? 'http://127.0.0.1:5080').replace(/\/$/, '');
export const ADMIN = { email: 'admin@onestop.local', password: 'OneStop@2020' };

// Debian's Chromium (TECH.md §11.2): root needs --no-sandbox; no outside network.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Opens Chromium with a fresh profile; call `close()` when done. */
export async function openBrowser() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'onestop-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    baseURL: BASE_URL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 800 },
    // The app then opens popups without antd's slide-in (as for anyone who asks for less motion). With the motion on,
    // a dropdown was drawn at full size a frame before its animation started, so a click passed Playwright's
    // stability check and then landed mid-animation: the press on one option, the release on the next, no selection.
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  // Every page every test visits lands in tests/e2e/screenshots/.
  const screenshots = screenshotEveryPage(context);
  // E2E_TRACE=<dir>: a Playwright trace per test file (actions, network, console; open with `npx playwright show-trace`),
  // the evidence to read when a test fails only now and then.
  const traceDir = process.env.E2E_TRACE;
  if (traceDir) await context.tracing.start({ screenshots: true, snapshots: false });
  return {
    context,
    async close() {
      await screenshots.flush();
      if (traceDir) await context.tracing.stop({ path: join(traceDir, `${basename(process.argv[1] ?? 'browser', '.test.mjs')}-${Date.now()}.zip`) });
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** True for a request to the GraphQL endpoint (POST body or GET query) naming `operationName`. */
export function isGraphqlOperation(request, operationName) {
  const url = new URL(request.url());
  if (!/^\/graphql\/?$/.test(url.pathname)) return false;
  if (request.method() === 'GET') return url.searchParams.get('operationName') === operationName;
  try {
    return JSON.parse(request.postData() ?? '{}').operationName === operationName;
  } catch {
    return false;
  }
}

/** Signs in through the login form (Vietnamese labels, the default language). */
export async function signIn(page, { email, password } = ADMIN) {
  await page.goto('/login');
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  const shell = page.waitForResponse((r) => isGraphqlOperation(r.request(), 'AppShell') && r.ok());
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  // Back to where the visitor was sent from (history state), else home.
  await page.waitForURL((url) => url.pathname !== '/login');
  // The shell's own query: returns the signed-in user as the server sees them.
  const body = await (await shell).json();
  return body.data.me;
}

/** A signed-out page on /login with empty storage, so each test starts from the same state. */
export async function freshPage(browser) {
  await browser.context.clearCookies();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  // A fresh history entry: no redirect state left over from the previous test.
  await page.goto('about:blank');
  await page.goto('/login');
  await page.evaluate(() => window.localStorage.clear());
  await browser.context.clearCookies();
  return page;
}
