// One worker thread of bench/alerts.mjs: a share of the subscribers, each the real `graphql-ws` client on its own
// WebSocket, so 1,000 clients parsing 100,000 frames are spread over several event loops instead of one.
// workerData: { url, tokens, from, to, query }. Posts { type: 'ready' }, then batches of receipts
// { type: 'receipts', receipts: [[subscriber, alertRelayId, receivedAt], …] } every 50 ms, and failures; 'close' ends it.
// receivedAt is performance.timeOrigin + performance.now(): the machine's wall clock, as the server's publish instant.
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { url, tokens, from, to, query } = workerData;
const now = () => performance.timeOrigin + performance.now();
let pending = [];
const clients = [];

async function connect(n) {
  const client = createClient({
    url, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${tokens[n % tokens.length]}` }, retryAttempts: 0, lazy: false,
  });
  clients.push(client);
  const acked = new Promise((resolve, reject) => { client.on('connected', resolve); client.on('closed', (e) => reject(new Error(`closed ${e?.code}`))); });
  client.subscribe({ query }, {
    next: (r) => (r.errors
      ? parentPort.postMessage({ type: 'failure', failure: JSON.stringify(r.errors) })
      : pending.push([n, r.data.deadlineAlerts.id, now()])),
    error: (e) => parentPort.postMessage({ type: 'failure', failure: String(e?.message ?? e?.code ?? e) }),
    complete: () => {},
  });
  await acked;
}

const flush = setInterval(() => {
  if (pending.length === 0) return;
  parentPort.postMessage({ type: 'receipts', receipts: pending });
  pending = [];
}, 50);

parentPort.on('message', async (m) => {
  if (m.type !== 'close') return;
  clearInterval(flush);
  if (pending.length) parentPort.postMessage({ type: 'receipts', receipts: pending });
  await Promise.all(clients.map((c) => c.dispose()));
  parentPort.postMessage({ type: 'closed' });
});

try {
  for (let i = from; i < to; i += 50) await Promise.all(Array.from({ length: Math.min(50, to - i) }, (_, k) => connect(i + k)));
  parentPort.postMessage({ type: 'ready' });
} catch (e) {
  parentPort.postMessage({ type: 'error', message: e.message });
}
