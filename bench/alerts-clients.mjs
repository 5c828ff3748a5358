// One worker thread of bench/alerts.mjs: a share of the subscribers, each the real `graphql-ws` client on its own
// WebSocket, so 1,000 clients parsing 100,000 frames are spread over several event loops instead of one.
// workerData: { url, tokens, from, to, query }. Posts { type: 'ready' }; while frames arrive, every 20 ms, the number
// received per alert so far ({ type: 'counts', counts: [[alertId, n], …] }, a few hundred numbers, so the measuring thread
// does no per-frame work); on 'collect' the receipts themselves as typed arrays ({ type: 'receipts', subscriber, alert,
// at, length }) since the last 'collect'; on 'gc' a full collection ({ type: 'collected' }); failures as they come;
// 'close' ends it. The receipts message also carries this thread's CPU since the last 'gc' (workerCpuMs): the parsing
// itself, apart from what the rest of the process spends.
// receivedAt is performance.timeOrigin + performance.now(): the machine's wall clock, as the server's publish instant.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { collectGarbage } from './collect-garbage.mjs';

const { url, tokens, from, to, query } = workerData;
const now = () => performance.timeOrigin + performance.now();
/** This thread's CPU time (user + system) so far, in ms (clock ticks of /proc/thread-self/stat). */
const threadCpuMs = () => {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
let cpuSinceGc = 0;
const clients = [];

// Receipts in growing typed arrays: no object per frame for the measurement itself.
let length = 0;
let subscriber = new Int32Array(1 << 17);
let alert = new Float64Array(1 << 17);
let at = new Float64Array(1 << 17);
// Relay ids ("DeadlineAlert:<n>" in base64) decoded once per alert, not per frame.
const alertIds = new Map();
const counts = new Map();
let progress = null;

function record(n, relayId) {
  let id = alertIds.get(relayId);
  if (id === undefined) alertIds.set(relayId, (id = Number(Buffer.from(relayId, 'base64').toString().split(':')[1])));
  if (length === at.length) {
    const grow = (a, T) => { const b = new T(a.length * 2); b.set(a); return b; };
    [subscriber, alert, at] = [grow(subscriber, Int32Array), grow(alert, Float64Array), grow(at, Float64Array)];
  }
  subscriber[length] = n;
  alert[length] = id;
  at[length++] = now();
  counts.set(id, (counts.get(id) ?? 0) + 1);
  progress ??= setTimeout(reportProgress, 20);
}

async function connect(n) {
  const client = createClient({
    url, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${tokens[n % tokens.length]}` }, retryAttempts: 0, lazy: false,
  });
  clients.push(client);
  const acked = new Promise((resolve, reject) => { client.on('connected', resolve); client.on('closed', (e) => reject(new Error(`closed ${e?.code}`))); });
  client.subscribe({ query }, {
    next: (r) => (r.errors
      ? parentPort.postMessage({ type: 'failure', failure: JSON.stringify(r.errors) })
      : record(n, r.data.deadlineAlerts.id)),
    error: (e) => parentPort.postMessage({ type: 'failure', failure: String(e?.message ?? e?.code ?? e) }),
    complete: () => {},
  });
  await acked;
}

// The counts go out 20 ms after the first receipt not yet reported: a worker without receipts sets no timer, so the
// workers of a scenario that is not bursting never wake up during another's burst.
function reportProgress() {
  progress = null;
  parentPort.postMessage({ type: 'counts', counts: [...counts] });
}

parentPort.on('message', async (m) => {
  if (m.type === 'collect') {
    // The receipts since the last collect: the next burst starts from empty arrays and counts.
    parentPort.postMessage({
      type: 'receipts', subscriber: subscriber.slice(0, length), alert: alert.slice(0, length), at: at.slice(0, length), workerCpuMs: threadCpuMs() - cpuSinceGc,
    });
    length = 0;
    counts.clear();
    return;
  }
  if (m.type === 'gc') {
    collectGarbage();
    cpuSinceGc = threadCpuMs();
    parentPort.postMessage({ type: 'collected' });
    return;
  }
  if (m.type !== 'close') return;
  clearTimeout(progress);
  await Promise.all(clients.map((c) => c.dispose()));
  parentPort.postMessage({ type: 'closed' });
});

try {
  for (let i = from; i < to; i += 50) await Promise.all(Array.from({ length: Math.min(50, to - i) }, (_, k) => connect(i + k)));
  parentPort.postMessage({ type: 'ready' });
} catch (e) {
  parentPort.postMessage({ type: 'error', message: e.message });
}
