// graphql-transport-ws conformance with the real graphql-ws client (TECH.md §6, §10).
// Run against a running API: GRAPHQL_URL=http://127.0.0.1:5080/graphql node --test tests/conformance/
// The server must run the demo profile (demo accounts, password OneStop@2020).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const httpUrl = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
const wsUrl = httpUrl.replace(/^http/, 'ws');
const origin = new URL(httpUrl).origin;
const TAM_KY = '000.00.21.H47';

async function login(email) {
  const res = await fetch(`${origin}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'OneStop@2020' }),
  });
  assert.equal(res.status, 200, `login ${email}: HTTP ${res.status}`);
  return (await res.json()).accessToken;
}

async function graphql(token, query, variables) {
  const res = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

async function renameUnit(token, code, name) {
  const { unit } = await graphql(token, 'query($code: String!) { unit(code: $code) { version name oneStopDesk } }', { code });
  const { updateUnit } = await graphql(token, `
    mutation($input: UpdateUnitInput!) {
      updateUnit(input: $input) { unit { version } errors { __typename ... on UserError { code message } } }
    }`, { input: { code, name, oneStopDesk: unit.oneStopDesk, expectedVersion: unit.version } });
  assert.deepEqual(updateUnit.errors, []);
  return unit.name;
}

function wsClient(connectionParams) {
  // Node 20 has no global WebSocket: pass ws. No retries, so a close code reaches the sink as an error.
  return createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/** Rejects after ms, so a missing event fails the test instead of hanging it. */
function within(promise, ms, what) {
  return Promise.race([promise, delay(ms, undefined, { ref: false }).then(() => { throw new Error(`timed out waiting for ${what}`); })]);
}

test('a subscription receives unitChanged after updateUnit over HTTP', async () => {
  const token = await login('admin@onestop.local');
  const client = wsClient({ Authorization: `Bearer ${token}` });
  const connected = new Promise((resolve) => client.on('connected', resolve));
  let onEvent, onError;
  const event = new Promise((resolve, reject) => { onEvent = resolve; onError = reject; });
  const unsubscribe = client.subscribe(
    { query: `subscription { unitChanged(code: "${TAM_KY}") { code name version } }` },
    { next: onEvent, error: onError, complete: () => {} },
  );
  try {
    await within(connected, 10_000, 'connection_ack');
    await delay(500); // graphql-transport-ws has no subscribe acknowledgement (TECH.md §3.2)
    const newName = `Ủy ban nhân dân thành phố Tam Kỳ (ws ${Date.now()})`;
    const oldName = await renameUnit(token, TAM_KY, newName);
    const result = await within(event, 10_000, 'the unitChanged event');
    assert.equal(result.errors, undefined);
    assert.equal(result.data.unitChanged.code, TAM_KY);
    assert.equal(result.data.unitChanged.name, newName);
    await renameUnit(token, TAM_KY, oldName);
  } finally {
    unsubscribe();
    await client.dispose();
  }
});

test('a bad token is rejected with close code 4403', async () => {
  const client = wsClient({ Authorization: 'Bearer not-a-valid-token' });
  try {
    const closed = await within(new Promise((resolve) => {
      client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: resolve, complete: () => resolve(null) });
    }), 10_000, 'the close');
    assert.ok(closed, 'expected an error, got complete');
    assert.equal(closed.code, 4403);
  } finally {
    await client.dispose();
  }
});

test('a query over WebSocket yields one result, then completes', async () => {
  const token = await login('specialist.tamky@onestop.local');
  const client = wsClient({ Authorization: `Bearer ${token}` });
  try {
    const results = [];
    for await (const result of client.iterate({ query: `{ unit(code: "${TAM_KY}") { code } }` })) results.push(result);
    assert.deepEqual(results, [{ data: { unit: { code: TAM_KY } } }]);
  } finally {
    await client.dispose();
  }
});

test('an anonymous subscribe to the protected field gets an UNAUTHENTICATED error', async () => {
  const client = wsClient(undefined);
  try {
    const errors = await within(new Promise((resolve) => {
      client.subscribe({ query: `subscription { unitChanged(code: "${TAM_KY}") { code } }` },
        { next: () => resolve(null), error: resolve, complete: () => resolve(null) });
    }), 10_000, 'the error');
    assert.ok(Array.isArray(errors), `expected a GraphQL error array, got ${JSON.stringify(errors)}`);
    assert.equal(errors[0].extensions.code, 'UNAUTHENTICATED');
  } finally {
    await client.dispose();
  }
});
