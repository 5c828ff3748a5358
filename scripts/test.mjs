// `npm test`: every suite — .NET tests, web unit tests, generated-types drift, the two-process scale-out test, protocol
// conformance against the live server (graphql-http audit, graphql-ws client) and browser tests in headless Chromium —
// then one line `N passed, N failed` summed over the suites. Exits non-zero when anything failed.
import { readFileSync, existsSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, ensureNodePackages, ensureSpaBuilt, startApi, stopApi, tempDir } from './lib.mjs';

const results = [];
const record = (suite, passed, failed) => { results.push({ suite, passed, failed }); console.log(`\n■ ${suite}: ${passed} passed, ${failed} failed\n`); };
const out = join(root, 'TestResults');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

ensureNodePackages();
run('dotnet', ['tool', 'restore'], { capture: true });

// 1. .NET: build (warnings are errors) and xunit over the real HTTP/WebSocket endpoints and SQLite files.
{
  const r = run('dotnet', ['test', join(root, 'OneStop.sln'), '--nologo', '--logger', 'trx;LogFileName=dotnet.trx', '--results-directory', out], { allowFail: true });
  const trx = join(out, 'dotnet.trx');
  if (existsSync(trx)) {
    const counters = readFileSync(trx, 'utf8').match(/<Counters [^>]*>/)[0];
    const n = (name) => Number(counters.match(new RegExp(`${name}="(\\d+)"`))?.[1] ?? 0);
    record('.NET (xunit)', n('passed'), n('failed') + n('error') + n('timeout') + n('aborted') + (r.status !== 0 && n('failed') === 0 ? 1 : 0));
  } else {
    record('.NET (xunit) — build or run failed', 0, 1);
  }
}

// 2. Formatting of the C# code (whitespace and style rules of .editorconfig).
{
  const r = run('dotnet', ['format', join(root, 'OneStop.sln'), 'whitespace', '--verify-no-changes', '-v', 'quiet'], { allowFail: true });
  record('dotnet format --verify-no-changes', r.status === 0 ? 1 : 0, r.status === 0 ? 0 : 1);
}

// 3. Web unit tests (vitest) and the generated-types drift check.
{
  const json = join(out, 'vitest.json');
  run('npm', ['--prefix', 'web', 'run', 'test', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], { allowFail: true });
  if (existsSync(json)) {
    const v = JSON.parse(readFileSync(json, 'utf8'));
    record('web unit tests (vitest)', v.numPassedTests, v.numFailedTests + (v.numTotalTestSuites > 0 && v.success === false && v.numFailedTests === 0 ? 1 : 0));
  } else {
    record('web unit tests (vitest) — did not run', 0, 1);
  }
  const drift = run('npm', ['--prefix', 'web', 'run', 'codegen:check'], { allowFail: true });
  record('generated web types match schema.graphql', drift.status === 0 ? 1 : 0, drift.status === 0 ? 0 : 1);
  const lint = run('npm', ['--prefix', 'web', 'run', 'lint'], { allowFail: true });
  record('web lint + typecheck', lint.status === 0 ? 1 : 0, lint.status === 0 ? 0 : 1);
}

// Node test files run with the built-in runner, counted from its summary.
const nodeTests = (suite, files, env) => {
  if (files.length === 0) { record(`${suite} — no test files`, 0, 1); return; }
  const r = run(process.execPath, ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-concurrency=1', ...files],
    { env, allowFail: true, capture: true });
  const count = (word) => Number((r.stdout ?? '').match(new RegExp(`^[ℹ#] ${word} (\\d+)`, 'm'))?.[1] ?? 0);
  record(suite, count('pass'), count('fail') + count('cancelled') + (r.status !== 0 && count('fail') === 0 ? 1 : 0));
};
const listTests = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.test.mjs')).map((f) => join(dir, f)) : []);
// Reads web/dist, needs no server: its own suite, right after the build.
const bundleSizeTest = join(root, 'web', 'e2e', 'bundle-size.test.mjs');

// 4. Scale-out: two API processes on one SQLite file and a private Redis they share (tests/scale-out starts and stops
// them itself; SCALE_OUT_PORT=<n> uses n, n+1, n+2 instead of free ports).
nodeTests('scale-out (two API processes, Redis, graphql-ws)', listTests(join(root, 'tests', 'scale-out')), {});

// 5. Live server: protocol conformance and browser tests against the built SPA and the demo profile.
let api;
try {
  ensureSpaBuilt();
  nodeTests('main bundle under 350 KB gzip (web/dist)', [bundleSizeTest], process.env);
  const port = Number(process.env.TEST_PORT ?? 5099);
  const data = tempDir('onestop-live-');
  api = await startApi({
    port, quiet: true,
    env: {
      ASPNETCORE_ENVIRONMENT: 'Demo', ConnectionStrings__OneStop: `Data Source=${join(data, 'onestop.db')}`,
      Logging__LogLevel__Default: 'Warning',
      // The browser and protocol tests need the demo units, accounts and catalogue, not the whole 60,000-dossier year.
      Demo__Dossiers: '3000',
    },
  });
  const env = { GRAPHQL_URL: `http://127.0.0.1:${port}/graphql`, ONESTOP_URL: `http://127.0.0.1:${port}` };
  nodeTests('protocol conformance (graphql-http audit, graphql-ws client)', listTests(join(root, 'tests', 'conformance')), env);
  nodeTests('browser tests (headless Chromium)', listTests(join(root, 'web', 'e2e')).filter((f) => f !== bundleSizeTest), env);
} catch (e) {
  console.error(e);
  record('live server suites — could not start the API', 0, 1);
} finally {
  await stopApi(api);
}

const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log('\nSuites:');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.suite}: ${r.passed} passed, ${r.failed} failed`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
