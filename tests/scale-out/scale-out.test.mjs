// Scale-out (issue 6): two API processes on one SQLite file and one Redis, both scanning every second. A subscriber on
// instance B (the real graphql-ws client, a Tam Kỳ leader's bearer token) receives exactly one OVERDUE alert for a
// dossier backfilled through instance A; with Redis stopped, a new overdue dossier is still alerted and listed by the
// `deadlineAlerts` query on B (what the SPA refetches on reconnect). Starts its own private redis-server (it stops it)
// and API processes, and stops them by PID however the test ends.
//   node --test tests/scale-out/          (SCALE_OUT_PORT=5551 uses 5551, 5552, 5553 instead of free ports)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startRedis, startInstances, freePort, login, gql, ensureProcedure, receiveOverdue } from '../../scripts/cluster.mjs';

const SCAN_SECONDS = 1;
const base = Number(process.env.SCALE_OUT_PORT) || undefined;
let redis;
let cluster;
let a;
let b;

before(async () => {
  // A private Redis even when REDIS_URL is set: the second test stops it.
  redis = await startRedis({ own: true, port: base && (await freePort(base, 2)) });
  cluster = await startInstances({
    count: 2, redis, ports: [await freePort(base, 0), await freePort(base, 1)],
    env: { DeadlineAlerts__ScanSeconds: String(SCAN_SECONDS) },
  });
  [a, b] = cluster.instances;
}, { timeout: 300_000 });

after(async () => {
  await cluster?.stop();
  await redis?.stop();
});

/** Every OVERDUE alert that reaches a Tam Kỳ leader subscribed on instance B, with the time it arrived. */
async function subscribeOnB() {
  const token = await login(b, 'leader.tamky@onestop.local');
  const client = createClient({
    url: b.graphql.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` },
    retryAttempts: 0, lazy: false,
  });
  const received = [];
  const failures = [];
  const connected = new Promise((resolve, reject) => { client.on('connected', resolve); client.on('closed', reject); });
  const unsubscribe = client.subscribe(
    { query: 'subscription { deadlineAlerts(kinds: [OVERDUE]) { id kind raisedAt dueAt dossier { code } } }' },
    { next: (r) => (r.errors ? failures.push(r.errors) : received.push({ ...r.data.deadlineAlerts, at: Date.now() })), error: (e) => failures.push(e), complete: () => {} },
  );
  await Promise.race([connected, delay(15_000).then(() => { throw new Error('no connection_ack from B'); })]);
  return { received, failures, async close() { unsubscribe(); await client.dispose(); } };
}

/**
 * graphql-transport-ws has no subscribe acknowledgement and B's Redis SUBSCRIBE (and, on a cold process, the first
 * subscription's execution) completes asynchronously: until the path is live, an alert is missed (pub/sub is
 * at-most-once). Probe dossiers are received on A until one's alert reaches B; the assertions use a fresh dossier.
 */
async function waitUntilLive(sub, adminA) {
  for (let attempt = 1; attempt <= 5; attempt++) {
    const [probe] = await receiveOverdue(a, adminA, 1, 'Lê Văn Thử');
    try {
      await until(`probe ${probe}`, () => sub.received.some((x) => x.dossier.code === probe), 8000);
      return;
    } catch { /* subscription not live yet: another probe */ }
  }
  throw new Error(`no probe alert reached B: ${JSON.stringify(sub.failures)}`);
}

async function until(what, check, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const value = await check();
    if (value) return value;
    await delay(200);
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
}

const alertsQuery = `query($w: DeadlineAlertFilter) { deadlineAlerts(first: 50, where: $w) { totalCount nodes { id kind dossier { code } } } }`;

test('an overdue dossier received on A reaches a subscriber on B exactly once while both instances scan', { timeout: 120_000 }, async () => {
  const adminA = await login(a, 'admin@onestop.local');
  await ensureProcedure(a, adminA);
  const sub = await subscribeOnB();
  try {
    await waitUntilLive(sub, adminA);
    const [code] = await receiveOverdue(a, adminA);
    const first = await until(`the OVERDUE alert for ${code} on B`, () => sub.received.find((x) => x.dossier.code === code), 10_000);
    assert.equal(first.kind, 'OVERDUE');
    // Both instances scan every second: give them five more periods to (wrongly) raise it again.
    await delay(5 * SCAN_SECONDS * 1000 + 500);
    assert.deepEqual(sub.failures, []);
    assert.equal(sub.received.filter((x) => x.dossier.code === code).length, 1, 'exactly one OVERDUE alert for the dossier on B');
    const leaderB = await login(b, 'leader.tamky@onestop.local');
    const { deadlineAlerts } = await gql(b, leaderB, alertsQuery, { w: { dossierCode: code, kinds: ['OVERDUE'] } });
    assert.equal(deadlineAlerts.totalCount, 1, 'one OVERDUE row in the database');
    assert.equal(deadlineAlerts.nodes[0].id, first.id);
  } finally {
    await sub.close();
  }
});

test('losing Redis loses no alert: the deadlineAlerts query on B lists the alert raised meanwhile', { timeout: 120_000 }, async () => {
  const adminA = await login(a, 'admin@onestop.local');
  const leaderB = await login(b, 'leader.tamky@onestop.local');
  await ensureProcedure(a, adminA);
  await redis.stop();
  const [code] = await receiveOverdue(a, adminA, 1, 'Trần Thị Bình');
  // No event crosses instances now; the alert row is what survives, whichever instance's scan wrote it.
  const listed = await until(`the OVERDUE alert for ${code} in B's deadlineAlerts query`, async () => {
    const { deadlineAlerts } = await gql(b, leaderB, alertsQuery, { w: { dossierCode: code, kinds: ['OVERDUE'] } });
    return deadlineAlerts.totalCount > 0 && deadlineAlerts;
  }, 30_000);
  await delay(3 * SCAN_SECONDS * 1000);
  const { deadlineAlerts } = await gql(b, leaderB, alertsQuery, { w: { dossierCode: code, kinds: ['OVERDUE'] } });
  assert.equal(deadlineAlerts.totalCount, 1, 'still exactly one OVERDUE row after more scans of both instances');
  assert.equal(deadlineAlerts.nodes[0].id, listed.nodes[0].id);
  assert.equal(deadlineAlerts.nodes[0].dossier.code, code);
});
