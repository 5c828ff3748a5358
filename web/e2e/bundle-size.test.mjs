import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// The main bundle is what the browser must load before the first page: the entry chunk and every chunk it imports
// statically (modulepreload), CSS included. Lazy routes are not part of it. Measured on the build scripts/test.mjs made.
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const LIMIT_KB = 350;
const readJson = (path) => JSON.parse(readFileSync(join(DIST, '..', path), 'utf8'));

function entryFiles(manifest) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files];
}

describe('main bundle size', () => {
  it(`keeps the entry chunk and its static imports under ${LIMIT_KB} KB gzip`, () => {
    const manifestPath = join(DIST, '.vite', 'manifest.json');
    assert.ok(existsSync(manifestPath), `no ${manifestPath}: build the SPA first (npm --prefix web run build)`);
    const files = entryFiles(JSON.parse(readFileSync(manifestPath, 'utf8')));
    assert.ok(files.length > 0, 'the manifest names no entry chunk');
    const sizes = files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(DIST, file))).length }));
    const totalKb = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
    console.log(`main bundle: ${totalKb.toFixed(1)} KB gzip in ${files.length} files (limit ${LIMIT_KB} KB)`);
    for (const s of sizes.sort((a, b) => b.gzip - a.gzip).slice(0, 5)) console.log(`  ${s.file}: ${(s.gzip / 1024).toFixed(1)} KB`);
    assert.ok(totalKb < LIMIT_KB, `main bundle ${totalKb.toFixed(1)} KB gzip exceeds ${LIMIT_KB} KB`);
    // The documents travel with their pages: no chunk of the main bundle may hold the app's document map.
    const main = files.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
    assert.ok(!/value:\s*["'`]DossierRoute["'`]/.test(main), 'the dossier page document is in the main bundle');
    // English strings load on demand (src/lib/locale-resources-en.ts); Vietnamese, the default, is in the bundle.
    const { vi, en } = { vi: readJson('src/locales/vi.json'), en: readJson('src/locales/en.json') };
    assert.ok(main.includes(vi.nav.menu), `the Vietnamese "${vi.nav.menu}" is not in the main bundle`);
    assert.ok(!main.includes(en.nav.menu), `the English "${en.nav.menu}" is in the main bundle`);
  });
});
