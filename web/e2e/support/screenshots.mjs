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
 * Saves a full-page screenshot each time a page of `context` navigates (full loads and SPA route changes), once the
 * page has settled a moment. `flush()` waits for the screenshots still being taken.
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
        await page.screenshot({ path, fullPage: true }).catch(() => undefined);
      })();
      pending.add(shot);
      void shot.finally(() => pending.delete(shot));
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return { flush: () => Promise.all([...pending]) };
}
