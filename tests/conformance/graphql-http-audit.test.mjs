// GraphQL-over-HTTP conformance: every graphql-http 1.23.1 server audit against a running API.
// Fails on any MUST (error) or SHOULD (warn) result; MAY results that are not ok are reported as diagnostics.
// Usage: GRAPHQL_URL=http://127.0.0.1:5080/graphql node --test tests/conformance/
import { before, test } from 'node:test';
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
const email = process.env.AUDIT_EMAIL ?? 'admin@onestop.local';
const password = process.env.AUDIT_PASSWORD ?? 'OneStop@2020';
const failOn = new Set(['error', 'warn']);

let token;

before(async () => {
  // Introspection is for signed-in users only, and audit BF61 queries __type, so the audit runs signed in.
  const res = await fetch(new URL('/auth/login', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`Sign-in as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  token = (await res.json()).accessToken;
});

// The audits build their own Headers/RequestInit; add the bearer token without dropping anything they set.
async function fetchWithToken(input, init = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

const audits = serverAudits({ url, fetchFn: fetchWithToken });
if (audits.length !== 61) throw new Error(`Expected 61 graphql-http audits, got ${audits.length}`);

for (const audit of audits) {
  test(`${audit.id} ${audit.name}`, async (t) => {
    const result = await audit.fn();
    if (result.status === 'ok') return;
    const body = result.response ? await result.response.text().catch(() => '') : '';
    const detail = `${result.status}: ${result.reason}${result.response ? ` (HTTP ${result.response.status}, ${result.response.headers.get('content-type')}) ${body.slice(0, 300)}` : ''}`;
    if (failOn.has(result.status)) throw new Error(detail);
    t.diagnostic(detail);
  });
}
