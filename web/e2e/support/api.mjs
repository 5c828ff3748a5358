import assert from 'node:assert/strict';
import { BASE_URL } from './browser.mjs';

/** GraphQL over HTTP as a demo account (bearer token from /auth/login), for setting the scene of a browser test. */
export async function apiAs(email) {
  const login = await fetch(`${BASE_URL}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'OneStop@2020' }),
  });
  assert.equal(login.status, 200, `login ${email}`);
  const { accessToken } = await login.json();
  return async (query, variables) => {
    const res = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
}
