import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Screenshots of every page a browser test visits, for a person to look at; git-ignored.
export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'tests', 'e2e', 'screenshots');

/** The test file's name (`alerts` for e2e/alerts.test.mjs): node --test runs each file in its own process. */
function suiteName() {
  return basename(process.argv[1] ?? 'browser').replace(/\.test\.mjs$/, '');
}

function slug(url) {
  const path = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '') || 'home';
  return path.replace(/[^\p{L}\p{N}.-]+/gu, '_').slice(0, 80);
}

/**
 * Saves a screenshot of the viewport each time a page of `context` navigates (full loads and SPA route changes), once
 * the page has settled a moment. `flush()` waits for the screenshots still being taken.
 *
 * They run while the test goes on, and Playwright takes a page's screenshots one at a time, so the test's own screenshots
 * wait behind these: a viewport capture is quick and lays nothing out again, where a full-page one renders the page at
 * its whole height first (a dossier-page run once timed out after 15 s on its own screenshot; whether it was queued
 * behind one of these is not proven). The caret is left alone, so no style is injected into the page.
 */
export function screenshotEveryPage(context, suite = suiteName()) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // This suite's pictures of an earlier run would mix with the new ones.
  for (const file of readdirSync(SCREENSHOTS)) if (file.startsWith(`${suite}-`)) rmSync(join(SCREENSHOTS, file));
  const pending = new Set();
  let count = 0;
  const watch = (page) =>
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const url = new URL(frame.url());
      if (!url.protocol.startsWith('http')) return;
      count += 1;
      const path = join(SCREENSHOTS, `${suite}-${String(count).padStart(3, '0')}-${slug(url)}.png`);
      const shot = (async () => {
        await page.waitForLoadState('load').catch(() => undefined);
        await page.waitForTimeout(500).catch(() => undefined);
        // The page may have moved on or closed meanwhile: a missing picture must not fail the test.
        await page.screenshot({ path, fullPage: false, caret: 'initial', animations: 'allow' }).catch(() => undefined);
      })();
      pending.add(shot);
      void shot.finally(() => pending.delete(shot));
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return { flush: () => Promise.all([...pending]) };
}
