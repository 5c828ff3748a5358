// Throughput benchmark of the GraphQL transport (npm run bench). See bench/README.md.
// Builds the API in Release, starts it on loopback with its own temporary SQLite database and the demo profile,
// runs every scenario in bench/scenarios/*.mjs with autocannon, prints a table and writes bench/results/latest.json.
// The server is stopped by its own PID however the run ends.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, totalmem, release, loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const apiDir = join(root, 'api');
const port = Number(process.env.PORT ?? 5290);
const base = `http://127.0.0.1:${port}`;
const connections = clamp(Number(process.env.BENCH_CONNECTIONS ?? 32), 32, 64);
const duration = clamp(Number(process.env.BENCH_SECONDS ?? 10), 1, 30);
const warmup = 2;
// Measuring time is split into interleaved rounds (bare, A, B, …, bare, A, B, …), so a burst of load from other
// processes on the machine hits every scenario alike and the ratios stay honest.
const rounds = clamp(Number(process.env.BENCH_ROUNDS ?? 2), 1, 10);
const only = process.env.BENCH_ONLY; // substring filter on scenario names, for quick iterations
// A scenario with a `cold` hook is also measured in BENCH_COLD_RUNS fresh server processes (median reported).
const coldRuns = clamp(Number(process.env.BENCH_COLD_RUNS ?? 3), 1, 9);

function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, Number.isFinite(n) ? n : lo));
}

function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

async function loadScenarios() {
  const dir = join(benchDir, 'scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  const list = [];
  for (const f of files) {
    const s = (await import(pathToFileURL(join(dir, f)))).default;
    if (!s?.name || typeof s.request !== 'function') throw new Error(`${f}: export default { name, setup?(ctx), request(ctx, state) }`);
    list.push(s);
  }
  return list.filter((s) => s.baseline || !only || s.name.includes(only));
}

function startServer(dbDir) {
  // BENCH_API_DIR: another build of the API (e.g. the ReadyToRun publish output, see bench/README.md).
  const dll = join(process.env.BENCH_API_DIR ?? join(apiDir, 'bin', 'Release', 'net10.0'), 'OneStop.Api.dll');
  // Run the dll directly (not `dotnet run`), so child.pid is the server's own PID (TECH.md §11.3).
  const child = spawn('dotnet', [dll], {
    cwd: apiDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Demo',
      ASPNETCORE_URLS: base,
      // BENCH_DB: a prepared database (e.g. 1,000,000 dossiers from `seed-dossiers`); otherwise a fresh demo database.
      ConnectionStrings__OneStop: `Data Source=${process.env.BENCH_DB ?? join(dbDir, 'bench.db')}`,
      Logging__LogLevel__Default: 'Warning',
      'Logging__LogLevel__Microsoft.AspNetCore': 'Warning',
      'Logging__LogLevel__Microsoft.EntityFrameworkCore': 'Warning',
      Bench__BareEndpoint: 'true',
      // The deadline scan would walk every open dossier of a seeded database at start (16,000 at 1,000,000), competing
      // with the measured requests; BENCH_DEADLINE_SCAN=5 runs it as in production (every 5 s).
      DeadlineAlerts__ScanSeconds: process.env.BENCH_DEADLINE_SCAN ?? '0',
    },
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  child.stderrTail = () => stderr;
  return child;
}

async function waitForHealth(child, timeoutMs = 1000 * Number(process.env.BENCH_HEALTH_SECONDS ?? 300)) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${child.stderrTail()}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API not healthy after ${timeoutMs / 1000} s:\n${child.stderrTail()}`);
}

function stop(child) {
  if (child && child.exitCode === null && child.signalCode === null) {
    try { process.kill(child.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}

async function stopAndWait(child) {
  stop(child);
  if (child && child.exitCode === null) await new Promise((r) => { child.once('exit', r); setTimeout(r, 5000); });
}

function clientContext() {
  return {
    baseUrl: base,
    graphqlUrl: `${base}/graphql`,
    async login(email, password = 'OneStop@2020') {
      const res = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      if (!res.ok) throw new Error(`login ${email}: HTTP ${res.status}`);
      return (await res.json()).accessToken;
    },
  };
}

// Cold figures: each run starts its own server process (nothing compiled, cached or read yet in it, except what the
// scenario's own preparation such as signing in does) and times the scenario's first request there, wall clock and
// server CPU (from /proc, which other processes on a shared machine disturb much less).
async function measureCold(scenario, dbDir, servers) {
  const samples = [];
  for (let i = 1; i <= coldRuns; i++) {
    const child = startServer(dbDir);
    servers.add(child);
    try {
      await waitForHealth(child);
      const cpuMs = () => { const t = cpuTicks(child.pid); return t === null ? null : t * 10; };
      const sample = await scenario.cold(clientContext(), { cpuMs });
      log(`${scenario.name}: cold run ${i}/${coldRuns} in a fresh server: ${sample.ms.toFixed(1)} ms, server CPU ${sample.cpuMs ?? '-'} ms`);
      samples.push(sample);
    } finally {
      await stopAndWait(child);
      servers.delete(child);
    }
  }
  const median = (xs) => { const v = xs.filter((x) => x !== null).sort((a, b) => a - b); return v.length ? v[Math.floor((v.length - 1) / 2)] : null; };
  return {
    runs: samples.map((x) => ({ ms: +x.ms.toFixed(1), cpuMs: x.cpuMs })),
    medianMs: +median(samples.map((x) => x.ms)).toFixed(1),
    medianCpuMs: median(samples.map((x) => x.cpuMs)),
  };
}

function cannon({ path, method, headers, body }, seconds) {
  return autocannon({ url: base + path, method, headers, body, connections, pipelining: 1, duration: seconds, timeout: 10 });
}

// Server CPU time (user + system, in clock ticks of 10 ms) from /proc: CPU per request is a figure that other
// processes on a shared machine disturb much less than req/s. Null where /proc is missing.
function cpuTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

async function prepare(scenario, ctx) {
  const state = scenario.setup ? await scenario.setup(ctx) : undefined;
  const req = scenario.request(ctx, state ?? {});
  // A scenario that does not answer 200 without errors would measure error handling: check once before loading.
  const probe = await fetch(base + req.path, { method: req.method, headers: req.headers, body: req.body });
  const text = await probe.text();
  if (probe.status !== 200 || text.includes('"errors"')) throw new Error(`${scenario.name}: HTTP ${probe.status} ${text.slice(0, 300)}`);
  return { scenario, req, rounds: [], singleClient: state?.singleClient };
}

async function round(run, seconds, pid) {
  const before = cpuTicks(pid);
  const r = await cannon(run.req, seconds);
  const after = cpuTicks(pid);
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`${run.scenario.name}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
  run.rounds.push({ requests: r.requests.total, seconds: r.duration, p50: r.latency.p50, p99: r.latency.p99, cpuTicks: before === null || after === null ? null : after - before });
}

function summarize({ scenario, rounds, singleClient, cold }) {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const ticks = rounds.every((r) => r.cpuTicks !== null) ? rounds.reduce((n, r) => n + r.cpuTicks, 0) : null;
  return {
    name: scenario.name,
    baseline: !!scenario.baseline,
    requestsPerSecond: Math.round(requests / seconds),
    requests,
    // Rounds are short and interleaved; report the mean median and the worst p99.
    p50Ms: +(rounds.reduce((n, r) => n + r.p50, 0) / rounds.length).toFixed(2),
    p99Ms: Math.max(...rounds.map((r) => r.p99)),
    serverCpuMicrosPerRequest: ticks === null ? null : +((ticks * 10_000) / requests).toFixed(1),
    // Single-client figures a scenario measured in its setup (e.g. cold/warm report latency), when it has any.
    ...(singleClient ? { singleClient } : {}),
    ...(cold ? { coldInFreshServer: cold } : {}),
  };
}

function printTable(results) {
  const bare = results.find((r) => r.baseline);
  const rows = results.map((r) => [r.name, String(r.requestsPerSecond), String(r.p50Ms), String(r.p99Ms),
    bare ? (r.requestsPerSecond / bare.requestsPerSecond).toFixed(2) : '-', String(r.serverCpuMicrosPerRequest ?? '-')]);
  const head = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'ratio to bare', 'server CPU µs/req'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w, i) => (i === 0 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const row of rows) console.log(line(row));
}

async function main() {
  const scenarios = await loadScenarios();
  const loadAtStart = loadavg()[0]; // other work on a shared machine skews req/s; recorded with the results
  if (process.env.BENCH_READY_TO_RUN === '1') {
    // The production deployment: published for the machine's runtime, every assembly precompiled (ReadyToRun).
    const out = join(apiDir, 'bin', 'ready-to-run');
    log('publishing the API (Release, ReadyToRun)…');
    execFileSync('dotnet', ['publish', join(apiDir, 'OneStop.Api.csproj'), '-c', 'Release', '-r', `linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`, '--self-contained', 'false', '-o', out, '-nologo', '-v', 'q'], { stdio: ['ignore', 'ignore', 'inherit'] });
    process.env.BENCH_API_DIR = out;
  } else if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('building the API (Release)…');
    execFileSync('dotnet', ['build', join(apiDir, 'OneStop.Api.csproj'), '-c', 'Release', '-nologo', '-v', 'q'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const dbDir = mkdtempSync(join(tmpdir(), 'onestop-bench-'));
  let child;
  const coldServers = new Set();
  const stopAll = () => { stop(child); for (const c of coldServers) stop(c); };
  const onSignal = () => { stopAll(); process.exit(130); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', stopAll);
  try {
    const colds = new Map();
    for (const s of scenarios.filter((x) => typeof x.cold === 'function')) colds.set(s, await measureCold(s, dbDir, coldServers));
    child = startServer(dbDir);
    log(`API pid ${child.pid} on ${base}; waiting for /health…`);
    await waitForHealth(child);
    const ctx = clientContext();
    const runs = [];
    for (const s of scenarios) runs.push({ ...(await prepare(s, ctx)), cold: colds.get(s) });
    for (const run of runs) {
      log(`${run.scenario.name}: ${warmup} s warm-up`);
      await cannon(run.req, warmup);
    }
    for (let i = 1; i <= rounds; i++) {
      for (const run of runs) {
        log(`round ${i}/${rounds}: ${run.scenario.name}, ${duration / rounds} s, ${connections} connections`);
        await round(run, duration / rounds, child.pid);
      }
    }
    const results = runs.map(summarize);
    printTable(results);
    for (const r of results.filter((x) => x.coldInFreshServer)) {
      const c = r.coldInFreshServer;
      console.log(`${r.name}: cold (first request in a fresh server) median ${c.medianMs} ms, server CPU ${c.medianCpuMs ?? '-'} ms `
        + `over ${c.runs.length} runs (${c.runs.map((x) => `${x.ms} ms / ${x.cpuMs ?? '-'} ms CPU`).join(', ')}); goal < 500 ms`);
    }
    const bare = results.find((r) => r.baseline);
    const out = {
      date: new Date().toISOString(),
      build: process.env.BENCH_READY_TO_RUN === '1' ? 'ReadyToRun publish' : 'Release build', machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), kernel: release(), loadAverage1mAtStart: +loadAtStart.toFixed(2), loadAverage1mAtEnd: +loadavg()[0].toFixed(2), node: process.version, dotnet: execFileSync('dotnet', ['--version']).toString().trim() },
      settings: { connections, pipelining: 1, warmupSeconds: warmup, durationSeconds: duration, rounds, coldRuns },
      results: results.map((r) => ({ ...r, ratioToBare: bare ? +(r.requestsPerSecond / bare.requestsPerSecond).toFixed(3) : null })),
    };
    mkdirSync(join(benchDir, 'results'), { recursive: true });
    writeFileSync(join(benchDir, 'results', 'latest.json'), JSON.stringify(out, null, 2) + '\n');
    log('wrote bench/results/latest.json');
  } finally {
    await stopAndWait(child);
    rmSync(dbDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`[bench] failed: ${e.message}`);
  process.exitCode = 1;
});
