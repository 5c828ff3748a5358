// Deadline-alert benchmark (issue 6; `npm run bench` runs it after bench/run.mjs, `npm run bench:alerts` alone).
//  (a) one instance: BENCH_SUBSCRIBERS (1,000) graphql-ws subscribers, a burst of BENCH_ALERTS (100) OVERDUE alerts raised by
//      one scan: delivery latency from each alert's publish to its receipt (p50/p99), server RSS per connection, missed
//      and duplicate deliveries;
//  (b) the same across two instances through Redis: subscribers on B, dossiers received and scanned on A;
//  (c) scans over a prepared database of open dossiers (BENCH_SCAN_DB, e.g. 1,000,000 from `seed-dossiers` opened by
//      bench/open-dossiers.sql): the scans after start until the (bounded) catch-up is done, ticks with nothing due,
//      ticks with 500 due;
//  (d) the same 1,000 clients against an ideal server (bench/ideal-server.mjs) that only writes the frames the API would
//      send, prepared before the burst: the floor that this machine and these clients allow, to set the API's rows against.
// With BENCH_SIDE_BY_SIDE=1 the delivery scenarios run side by side: all are started, connected and warmed up, then their
// measured bursts take turns (a, b, d, a, b, d, …), so a slower minute of the shared machine falls on each alike.
// Scans are triggered through POST /bench/deadline-scan (Bench:DeadlineScan=true) with the background loop off
// (DeadlineAlerts:ScanSeconds=0), so the burst is exactly one scan. Server and clients share the machine's clock;
// receipt times are performance.timeOrigin + performance.now() (in each client worker thread, bench/alerts-clients.mjs;
// BENCH_CLIENT_WORKERS, default 2). Each burst starts from rest: after its 100 dossiers are received, the bench waits until
// the servers' CPU stops moving and the clients have collected their garbage (settledMs in the JSON), and each burst is
// measured on its own receipts. Every process is stopped by its PID. The server's share of each delivery (publish → the
// write holding its frame completed on the subscribers' instance) comes from GET /bench/deliveries ("written" columns).
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, rmSync, existsSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { startRedis, startInstances, login, ensureProcedure, receiveOverdue } from '../scripts/cluster.mjs';
import { startApi, stopApi } from '../scripts/lib.mjs';
import { collectGarbage as collectOwnGarbage } from './collect-garbage.mjs';

// The client process collects its garbage on the thread that allocates (V8's --single-threaded-gc, a per-process flag, so
// the bench starts itself again with it). By default V8 also marks, sweeps and scavenges on helper threads: on a 2-core
// machine those threads take CPU from the server and the subscribers during a burst (45–70 ms of the process's CPU per burst
// was outside its two client threads, against 0–20 ms with the flag). A browser subscriber collects 100 messages' garbage
// on its own machine; here the collection stays on the thread whose receipts it delays. BENCH_CLIENT_GC_THREADS=1 keeps
// V8's default.
if (process.env.BENCH_CLIENT_GC_THREADS !== '1' && !process.execArgv.includes('--single-threaded-gc')) {
  const { status, signal } = spawnSync(process.execPath, ['--single-threaded-gc', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(status ?? (signal ? 1 : 0));
}

const benchDir = dirname(fileURLToPath(import.meta.url));
const port = Number(process.env.PORT ?? 5290) + 10;
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const alerts = Number(process.env.BENCH_ALERTS ?? 100);
const warmUps = Number(process.env.BENCH_WARMUP_BURSTS ?? 2);
// Warm-up bursts are as large as the measured one (BENCH_WARMUP_ALERTS to change): the first burst of a size grows the
// server's socket buffer pool (≈ 16 MB of pinned blocks for 100 × 1,000 frames), and that growth triggers a gen-2 GC
// (70–90 ms pause) inside the burst; the figure is the steady state of a server that has seen such a burst before.
const warmUpAlerts = Number(process.env.BENCH_WARMUP_ALERTS ?? alerts);
// Bursts measured per scenario: a single burst's p99 varies a lot on a shared 2-core machine; the row is the median one.
const measuredBursts = Math.max(1, Number(process.env.BENCH_MEASURED_BURSTS ?? 5));
const clientWorkers = Math.max(1, Number(process.env.BENCH_CLIENT_WORKERS ?? 2));
// The subscribers of a worker share one heap: a burst is 50,000 messages in it, where 500 separate clients would hold
// 100 each and collect nothing during a burst. A young generation that holds a burst (192 MB) keeps the harness's own
// garbage collection out of the measurement; BENCH_CLIENT_YOUNG_MB=0 measures with V8's default size.
const clientYoungMb = Number(process.env.BENCH_CLIENT_YOUNG_MB ?? 192);
const only = process.env.BENCH_ONLY;
// The delivery scenarios side by side, their measured bursts taking turns (deliveryScenarios), instead of one after the
// other: a slower minute of the machine then falls on each alike, but with the other scenarios' servers and clients
// resident the clients needed 7-25% more CPU for the same burst (cause not found: not their timers, which idle workers
// no longer set, nor V8's memory reducer), so the rows are slower than run alone; the turns' differences are the figure.
const sideBySide = process.env.BENCH_SIDE_BY_SIDE === '1';
const log = (m) => process.stderr.write(`[bench:alerts] ${m}\n`);
const env = { DeadlineAlerts__ScanSeconds: '0', Bench__DeadlineScan: 'true' };
// Delivery is measured in steady state: without tiered compilation every method is compiled optimized at its first call
// (during the warm-up). With it, a profile of the burst showed half the server's CPU in the JIT (methods still quick-jitted
// or instrumented after 20,000 warm-up deliveries). BENCH_TIERED_COMPILATION=1 measures with the runtime's default.
const deliveryEnv = { ...env, DOTNET_TieredCompilation: process.env.BENCH_TIERED_COMPILATION ?? '0' };

function rssKiB(pid) {
  return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]);
}

/** CPU time (user + system) a process has used so far, in ms (clock ticks of /proc/<pid>/stat). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const clientCpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

/**
 * The batches of `next` frames the instance's connections wrote since the last call, and its garbage collections per
 * generation and GC pause meanwhile (GET /bench/deliveries).
 */
async function deliveries(instance) {
  const res = await fetch(`${instance.http}/bench/deliveries`);
  if (!res.ok) throw new Error(`deliveries: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * The server's share of a burst's delivery: publish → the write holding a frame completed on the subscribers' instance,
 * per frame (each batch counts once per frame it held), from the burst's earliest publish (its 100 alerts are published
 * together). The rest of a delivery's latency is the kernel handing the bytes over and the client reading and parsing them.
 */
function serverShare({ written, collections, gcPauseMs, allocatedBytes }, published) {
  const from = Math.min(...published.values());
  const batches = written.map((b) => [b.writtenAt - from, b.nextFrames]).sort((x, y) => x[0] - y[0]);
  const frames = batches.reduce((n, [, k]) => n + k, 0);
  const at = (p) => {
    let seen = 0;
    for (const [ms, k] of batches) if ((seen += k) >= Math.ceil((p / 100) * frames)) return +ms.toFixed(1);
    return NaN;
  };
  const share = { frames, writes: batches.length, p50Ms: at(50), p99Ms: at(99), lastMs: +(batches.at(-1)?.[0] ?? NaN).toFixed(1) };
  // The API's probe also reports its garbage collection during the burst (the ideal server does not).
  return collections ? { ...share, collections, gcPauseMs: +gcPauseMs.toFixed(1), allocatedMiB: +(allocatedBytes / 2 ** 20).toFixed(1) } : share;
}

async function scan(instance) {
  const res = await fetch(`${instance.http}/bench/deadline-scan`, { method: 'POST' });
  if (!res.ok) throw new Error(`scan: HTTP ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * `count` graphql-ws clients on `instance`, each its own WebSocket, subscribed to OVERDUE alerts, spread over
 * BENCH_CLIENT_WORKERS worker threads (bench/alerts-clients.mjs); resolves once all are acknowledged.
 */
async function connectSubscribers(instance, tokens, count) {
  const url = instance.graphql.replace(/^http/, 'ws');
  const failures = [];
  const counts = new Map(); // worker -> Map(alertId -> frames received)
  const query = 'subscription { deadlineAlerts(kinds: [OVERDUE]) { id raisedAt dossier { code } } }';
  const share = Math.ceil(count / clientWorkers);
  const workers = await Promise.all(Array.from({ length: clientWorkers }, (_, w) => new Promise((resolve, reject) => {
    const from = w * share;
    const to = Math.min(count, from + share);
    const worker = new Worker(join(benchDir, 'alerts-clients.mjs'), { workerData: { url, tokens, from, to, query }, ...(clientYoungMb > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: clientYoungMb } } : {}) });
    worker.on('message', (m) => {
      if (m.type === 'counts') counts.set(w, new Map(m.counts));
      else if (m.type === 'failure') failures.push(m.failure);
      else if (m.type === 'ready') resolve(worker);
      else if (m.type === 'error') reject(new Error(`client worker ${w}: ${m.message}`));
    });
    worker.on('error', reject);
  })));
  /** Frames received so far for the alerts of `ids`, over all workers. */
  const received = (ids) => {
    let n = 0;
    for (const perAlert of counts.values()) for (const id of ids) n += perAlert.get(id) ?? 0;
    return n;
  };
  /** A full garbage collection in every client worker (and this thread), finished before it resolves. */
  const collectGarbage = () => {
    collectOwnGarbage();
    return Promise.all(workers.map((worker) => new Promise((resolve) => {
      const done = (m) => {
        if (m.type !== 'collected') return;
        worker.off('message', done);
        resolve();
      };
      worker.on('message', done);
      worker.postMessage({ type: 'gc' });
    })));
  };
  /** The receipts since the last call, per worker as typed arrays (subscriber, alert, at), collected once a burst is over. */
  const receipts = () => Promise.all(workers.map((worker) => new Promise((resolve) => {
    const take = (m) => {
      if (m.type !== 'receipts') return;
      worker.off('message', take);
      resolve(m);
    };
    worker.on('message', take);
    worker.postMessage({ type: 'collect' });
  })));
  const close = () => Promise.all(workers.map((worker) => new Promise((resolve) => {
    worker.on('message', (m) => { if (m.type === 'closed') resolve(); });
    worker.postMessage({ type: 'close' });
  }).then(() => worker.terminate())));
  return { received, receipts, collectGarbage, failures, close };
}

/**
 * Until the servers have gone quiet (at most one 10 ms clock tick of CPU in 250 ms, or 5 s) and the clients have
 * collected their garbage: the burst starts from rest, not inside the after-effects of the set-up (100 dossiers
 * received just before) or of the harness's own counting of the previous burst. The clients of the scenarios that
 * are not bursting collect too: their workers' heaps hold the garbage of their own last burst, which V8 may collect at
 * any time (its memory reducer does, some seconds after a burst), so none of it is left to fall inside this burst.
 * Returns how long it waited.
 */
async function settle(pids, clients) {
  const started = performance.now();
  await Promise.all(clients.map((subs) => subs.collectGarbage()));
  for (let until = Date.now() + 5000; Date.now() < until;) {
    const before = pids.map(cpuMs);
    await delay(250);
    if (pids.every((pid, i) => cpuMs(pid) - before[i] <= 10)) break;
  }
  return performance.now() - started;
}

/**
 * Where bursts are raised and delivered. `prepare(count)` makes `count` alerts due (not timed), `fire()` raises them at
 * once and answers { published: [{ alertId, kind, publishedAt }], milliseconds }, `deliveries()` what the subscribers'
 * server wrote since the last call; `pid` is the subscribers' server, `pids` every server (and Redis) that must go quiet
 * first.
 */
function apiTarget(source, on, adminToken, otherPids) {
  return {
    pid: on.child.pid,
    pids: [...new Set([source.child.pid, on.child.pid, ...otherPids])],
    prepare: (count) => receiveOverdue(source, adminToken, count, 'Phạm Văn Đo'),
    fire: () => scan(source),
    deliveries: () => deliveries(on),
  };
}

/**
 * `count` alerts made due on the target, raised at once from rest (the servers of `rest.pids` quiet, the client workers of
 * `rest.clients` collected), and a wait until every subscriber has every alert (or 30 s).
 */
async function raise(target, subs, count, rest = { pids: target.pids, clients: [subs] }) {
  await target.prepare(count);
  const settledMs = await settle(rest.pids, rest.clients);
  // CPU from the scan until every delivery arrived: the subscribers' server and the client process (all its threads).
  await target.deliveries(); // forget what was written before the burst
  const cpuBefore = [cpuMs(target.pid), clientCpuMs()];
  const result = await target.fire();
  // The subscribers take OVERDUE alerts; a dossier of an earlier burst may reach another threshold in the same scan.
  const published = new Map(result.published.filter((p) => p.kind === 'Overdue').map((p) => [p.alertId, p.publishedAt]));
  const expected = subscribers * published.size;
  const until = Date.now() + 30_000;
  const ids = [...published.keys()];
  while (subs.received(ids) < expected && Date.now() < until) await delay(20);
  const cpu = [cpuMs(target.pid) - cpuBefore[0], clientCpuMs() - cpuBefore[1]];
  await delay(1000); // late duplicates, if any
  return { result, published, cpu, settledMs, written: await target.deliveries() };
}

/**
 * A started scenario's subscribers connected (the server's RSS growth meanwhile) and its warm-up bursts done.
 * `scenario`: { name, target, endpoint ({ graphql }), tokens }.
 */
async function connectScenario(scenario) {
  const { name, target, endpoint, tokens } = scenario;
  const rssBefore = rssKiB(target.pid);
  log(`${name}: connecting ${subscribers} subscribers`);
  const subs = await connectSubscribers(endpoint, tokens, subscribers);
  await delay(2000); // no subscribe acknowledgement in graphql-transport-ws: let the subscriptions and Redis SUBSCRIBE settle
  const rssPerConnectionKiB = +((rssKiB(target.pid) - rssBefore) / subscribers).toFixed(1);
  // Warm-up through the whole path, not measured: enough deliveries that the hot code is tier-1 compiled before the
  // burst (with one alert, the JIT's background recompilation still took a sixth of the CPU during the burst).
  for (let i = 0; i < warmUps; i++) await raise(target, subs, warmUpAlerts);
  await subs.receipts(); // the warm-up's receipts, dropped
  return { ...scenario, subs, rssPerConnectionKiB, runs: [] };
}

/**
 * The scenarios started together, connected, then their measured bursts in turns (one burst of each, then again), so a
 * slower minute of the shared machine falls on all of them alike; before each burst every server has gone quiet and
 * every client worker has collected its garbage.
 * Each `start()` answers { name, target, endpoint, tokens, stop }.
 */
async function deliveryScenarios(starts) {
  const started = [];
  const connected = [];
  try {
    for (const start of starts) started.push(await start());
    for (const scenario of started) connected.push(await connectScenario(scenario));
    const rest = { pids: [...new Set(started.flatMap((s) => s.target.pids))], clients: connected.map((s) => s.subs) };
    for (let b = 0; b < measuredBursts; b++) {
      for (const { name, target, subs, runs } of connected) {
        log(`${name}: burst ${b + 1}/${measuredBursts} of ${alerts} alerts (subscribers' server: pid ${target.pid})`);
        if (process.env.BENCH_BURST_DELAY_MS) await delay(Number(process.env.BENCH_BURST_DELAY_MS));
        const { result, published, cpu, settledMs, written } = await raise(target, subs, alerts, rest);
        runs.push({ ...measure(await subs.receipts(), result, published, cpu), server: serverShare(written, published), settledMs: Math.round(settledMs) });
      }
    }
    return connected.map(summary);
  } finally {
    for (const { subs } of connected) await subs.close();
    for (const { stop } of started.reverse()) await stop();
  }
}

/** A scenario's row: the burst with the median p99, the spread of the p99 over the bursts beside it. */
function summary({ name, runs, subs, rssPerConnectionKiB }) {
  const byP99 = [...runs].sort((x, y) => x.p99Ms - y.p99Ms);
  const { latencies: _, ...median } = byP99[Math.floor((byP99.length - 1) / 2)];
  // And over every delivery of every measured burst together.
  const pooled = runs.flatMap((r) => r.latencies).sort((x, y) => x - y);
  return {
    name, subscribers, ...median, bursts: runs.length, p99OfBurstsMs: runs.map((r) => r.p99Ms),
    allBursts: { deliveries: pooled.length, p50Ms: +percentile(pooled, 50).toFixed(1), p99Ms: +percentile(pooled, 99).toFixed(1) },
    serverWrittenP99OfBurstsMs: runs.map((r) => r.server.p99Ms),
    perBurst: runs.map(({ p50Ms, p99Ms, maxMs, server, serverCpuMs, clientCpuMs, clientThreadsCpuMs, settledMs }) => ({ p50Ms, p99Ms, maxMs, server, serverCpuMs, clientCpuMs, clientThreadsCpuMs, settledMs })),
    missed: runs.reduce((n, r) => n + r.missed, 0), duplicates: runs.reduce((n, r) => n + r.duplicates, 0),
    rssPerConnectionKiB, subscriptionErrors: subs.failures.length,
    clientWorkers, clientYoungGenerationMb: clientYoungMb || null, loadAverage1m: +loadavg()[0].toFixed(2),
  };
}

/** One burst's figures from its receipts (those of its alerts only). */
function measure(receipts, result, published, cpu) {
  const expected = subscribers * published.size;
  const seen = new Set();
  let duplicates = 0;
  const latencies = [];
  for (const r of receipts) {
    for (let i = 0; i < r.at.length; i++) {
      const key = r.alert[i];
      if (!published.has(key)) continue;
      const pair = `${r.subscriber[i]}:${key}`;
      if (seen.has(pair)) { duplicates++; continue; }
      seen.add(pair);
      latencies.push(r.at[i] - published.get(key));
    }
  }
  latencies.sort((x, y) => x - y);
  return {
    alertsRaised: published.size, scanMs: +result.milliseconds.toFixed(1),
    deliveries: latencies.length, expectedDeliveries: expected, missed: expected - latencies.length, duplicates,
    minMs: +latencies[0]?.toFixed(1), p50Ms: +percentile(latencies, 50).toFixed(1), p99Ms: +percentile(latencies, 99).toFixed(1), maxMs: +latencies.at(-1)?.toFixed(1),
    serverCpuMs: Math.round(cpu[0]), clientCpuMs: Math.round(cpu[1]), clientThreadsCpuMs: receipts.reduce((n, r) => n + r.workerCpuMs, 0), latencies,
  };
}

/** A scenario on API instances: subscribers on `on`, dossiers received and scanned on `source`. */
async function apiScenario(name, source, on, stop, otherPids = []) {
  const adminToken = await login(source, 'admin@onestop.local');
  await ensureProcedure(source, adminToken);
  await scan(source); // catch up with the demo dossiers first: their alerts are not part of the burst
  const tokens = await Promise.all(['leader.tamky@onestop.local', 'specialist.tamky@onestop.local', 'admin@onestop.local'].map((e) => login(on, e)));
  return { name, target: apiTarget(source, on, adminToken, otherPids), endpoint: on, tokens, stop };
}

/** (a) One instance, its in-process bus. */
async function startOneInstance() {
  const cluster = await startInstances({ count: 1, ports: [port], env: deliveryEnv });
  try {
    const [a] = cluster.instances;
    return await apiScenario('one instance (in-process bus)', a, a, cluster.stop);
  } catch (e) {
    await cluster.stop();
    throw e;
  }
}

/** (b) Two instances through Redis: subscribers on B, dossiers received and scanned on A. */
async function startTwoInstances() {
  const redis = await startRedis({ port: process.env.REDIS_URL ? undefined : port + 5 });
  let cluster;
  const stop = async () => {
    await cluster?.stop();
    await redis.stop();
  };
  try {
    cluster = await startInstances({ count: 2, redis, ports: [port + 1, port + 2], env: deliveryEnv });
    const [a, b] = cluster.instances;
    return await apiScenario('two instances through Redis (subscribers on B)', a, b, stop, redis.pid ? [redis.pid] : []);
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * (d) The same clients against bench/ideal-server.mjs, which writes frames it prepared before the burst (the API's frames
 * for the same alerts, one write per subscriber) and does nothing else: the floor of this machine and harness.
 */
async function startIdealServer() {
  const http = `http://127.0.0.1:${port + 3}`;
  const child = spawn(process.execPath, [join(benchDir, 'ideal-server.mjs'), String(port + 3)], { stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
  };
  const call = async (method, path) => {
    const res = await fetch(`${http}${path}`, { method });
    if (!res.ok) throw new Error(`ideal server ${path}: HTTP ${res.status} ${await res.text()}`);
    return res.json();
  };
  for (let until = Date.now() + 10_000; !(await call('GET', '/health').then(() => true, () => false));) {
    if (Date.now() > until) {
      await stop();
      throw new Error('the ideal server did not answer /health within 10 s');
    }
    await delay(100);
  }
  const target = {
    pid: child.pid,
    pids: [child.pid],
    prepare: (count) => call('POST', `/bench/prepare?alerts=${count}`),
    fire: () => call('POST', '/bench/deadline-scan'),
    deliveries: () => call('GET', '/bench/deliveries'),
  };
  return { name: 'ideal server (prepared frames: the floor)', target, endpoint: { graphql: `${http}/graphql` }, tokens: ['no token needed'], stop };
}

/** (c): the catch-up scan over every open dossier of BENCH_SCAN_DB (a copy), then steady ticks with nothing and with a batch due. */
async function scanAtScale() {
  const source = process.env.BENCH_SCAN_DB;
  if (!source || !existsSync(source)) {
    log('scan at scale skipped: set BENCH_SCAN_DB to a database prepared as bench/README.md explains');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'onestop-scan-'));
  const db = join(dir, 'scan.db');
  copyFileSync(source, db);
  let api;
  try {
    api = await startApi({
      port: port + 3, quiet: true,
      env: { ...env, ASPNETCORE_ENVIRONMENT: 'Demo', ConnectionStrings__OneStop: `Data Source=${db}`, Logging__LogLevel__Default: 'Warning' },
    });
    const sql = (q) => execFileSync('sqlite3', [db, q]).toString().trim();
    const open = Number(sql("SELECT count(*) FROM Dossiers WHERE Status IN ('Received','InProcess','SupplementRequested','Paused','AwaitingApproval','Approved')"));
    const total = Number(sql('SELECT count(*) FROM Dossiers'));
    const watched = Number(sql('SELECT count(*) FROM DeadlineWatches'));
    const target = { http: `http://127.0.0.1:${port + 3}` };
    log(`scan at scale: ${total} dossiers, ${open} open, ${watched} already watched; scans until the catch-up is done…`);
    // After a start the catch-up is bounded per scan (DeadlineAlerts:CatchUpSize within CatchUpWindow ids): scan until done.
    const catchUp = [];
    do catchUp.push(await scan(target));
    while (catchUp.at(-1).catchingUp && catchUp.length < 10_000);
    const first = catchUp[0];
    const catchUpMs = catchUp.map((r) => r.milliseconds).sort((x, y) => x - y);
    log(`  catch-up: ${catchUp.length} scans, ${catchUp.reduce((n, r) => n + r.examined, 0)} examined, ${catchUp.reduce((n, r) => n + r.raised, 0)} raised; `
      + `median ${percentile(catchUpMs, 50).toFixed(0)} ms, max ${catchUpMs.at(-1).toFixed(0)} ms per scan`);
    const idle = [];
    for (let i = 0; i < 5; i++) idle.push((await scan(target)).milliseconds);
    const busy = [];
    for (let i = 0; i < 5; i++) {
      // One open dossier in 2,000 reaches its next threshold (written beside the running API, as another instance would).
      sql(`UPDATE DeadlineWatches SET NextCheckAt = '2000-01-01 00:00:00' WHERE DossierId % 2000 = ${i + 1}`);
      const r = await scan(target);
      busy.push(r);
      log(`  tick with due dossiers: ${r.examined} examined, ${r.raised} raised in ${r.milliseconds.toFixed(0)} ms`);
    }
    idle.sort((x, y) => x - y);
    const busyMs = busy.map((r) => r.milliseconds).sort((x, y) => x - y);
    return {
      dossiers: total, open, watchedBefore: watched,
      firstScan: { examined: first.examined, raised: first.raised, ms: +first.milliseconds.toFixed(1) },
      catchUp: {
        scans: catchUp.length, examined: catchUp.reduce((n, r) => n + r.examined, 0), raised: catchUp.reduce((n, r) => n + r.raised, 0),
        medianMs: +percentile(catchUpMs, 50).toFixed(1), p99Ms: +percentile(catchUpMs, 99).toFixed(1), maxMs: +catchUpMs.at(-1).toFixed(1),
        totalMs: +catchUp.reduce((n, r) => n + r.milliseconds, 0).toFixed(0),
        perScan: catchUp.map((r) => ({ examined: r.examined, raised: r.raised, ms: +r.milliseconds.toFixed(1) })),
      },
      idleTickMedianMs: +percentile(idle, 50).toFixed(1), idleTickMaxMs: +idle.at(-1).toFixed(1),
      dueTick: { examinedMedian: percentile(busy.map((r) => r.examined).sort((x, y) => x - y), 50), medianMs: +percentile(busyMs, 50).toFixed(1), maxMs: +busyMs.at(-1).toFixed(1) },
    };
  } finally {
    await stopApi(api);
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows) {
  const head = ['scenario', 'subscribers', 'alerts', 'deliveries', 'missed', 'duplicates', 'min ms', 'p50 ms', 'p99 ms', 'max ms',
    'p99 of the bursts ms', 'p99 all bursts ms', 'written p99 ms', 'written p99 worst burst', 'RSS KiB/conn', 'server CPU ms', 'client CPU ms', 'of which client threads', 'load'];
  const cells = rows.map((r) => [r.name, r.subscribers, r.alertsRaised, r.deliveries, r.missed, r.duplicates, r.minMs, r.p50Ms, r.p99Ms, r.maxMs,
    [...r.p99OfBurstsMs].sort((x, y) => x - y).map((v) => v.toFixed(0)).join(' '), r.allBursts.p99Ms, r.server.p99Ms, Math.max(...r.serverWrittenP99OfBurstsMs), r.rssPerConnectionKiB, r.serverCpuMs, r.clientCpuMs, r.clientThreadsCpuMs, r.loadAverage1m].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => '| ' + c.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(head));
  console.log('|' + widths.map((w, i) => (i === 0 ? ':' + '-'.repeat(w + 1) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const c of cells) console.log(line(c));
}

async function main() {
  if (only && !'alerts'.includes(only) && !only.includes('alert')) return;
  const load = loadavg()[0];
  const part = process.env.BENCH_ALERTS_ONLY; // one | two | ideal | delivery (all three) | scan
  const starts = [['one', startOneInstance], ['two', startTwoInstances], ['ideal', startIdealServer]]
    .filter(([key]) => !part || part === 'delivery' || part === key).map(([, start]) => start);
  // One after the other by default; side by side (BENCH_SIDE_BY_SIDE=1) for the paired difference between scenarios.
  const delivery = [];
  if (sideBySide && starts.length) delivery.push(...(await deliveryScenarios(starts)));
  else for (const start of starts) delivery.push(...(await deliveryScenarios([start])));
  if (delivery.length) table(delivery);
  const scale = part && part !== 'scan' ? null : await scanAtScale();
  if (scale) {
    console.log(`\nScan over ${scale.dossiers.toLocaleString('en')} dossiers (${scale.open.toLocaleString('en')} open):`);
    console.log(`  first scan after start: ${scale.firstScan.examined.toLocaleString('en')} evaluated, ${scale.firstScan.raised} alerts, ${scale.firstScan.ms} ms`);
    const c = scale.catchUp;
    console.log(`  catch-up: ${c.scans} scans evaluated ${c.examined.toLocaleString('en')} dossiers (${c.raised} alerts) in ${c.totalMs} ms; per scan median ${c.medianMs} ms, p99 ${c.p99Ms} ms, max ${c.maxMs} ms`);
    console.log(`  tick with nothing due: median ${scale.idleTickMedianMs} ms, max ${scale.idleTickMaxMs} ms`);
    console.log(`  tick with ${scale.dueTick.examinedMedian} dossiers due: median ${scale.dueTick.medianMs} ms, max ${scale.dueTick.maxMs} ms`);
  }
  mkdirSync(join(benchDir, 'results'), { recursive: true });
  const out = {
    date: new Date().toISOString(),
    machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverage1mAtStart: +load.toFixed(2), node: process.version },
    delivery, scan: scale,
  };
  writeFileSync(join(benchDir, 'results', 'alerts.json'), JSON.stringify(out, null, 2) + '\n');
  log('wrote bench/results/alerts.json');
}

main().catch((e) => {
  console.error(`[bench:alerts] failed: ${e.stack ?? e.message}`);
  process.exitCode = 1;
});
