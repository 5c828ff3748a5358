import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBrowser, signIn } from './support/browser.mjs';

function isIntrospection(request) {
  if (request.method() !== 'POST') return false;
  if (!/^\/graphql\/?$/.test(new URL(request.url()).pathname)) return false;
  return (request.postData() ?? '').includes('__schema');
}

describe('GraphQL IDE (Banana Cake Pop served by the API)', () => {
  let browser;

  before(async () => {
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('loads from /graphql/ and introspects the schema', async () => {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Signed in, so the IDE's requests carry the session cookie like a developer's would.
    await signIn(page);
    const response = await page.goto('/graphql/');
    assert.ok(response?.ok(), `GET /graphql/ answered ${response?.status()}`);
    assert.ok(new URL(page.url()).pathname.startsWith('/graphql/'), page.url());

    // A fresh profile has no open tab: opening a document makes the IDE fetch the schema.
    const introspection = page.waitForResponse((r) => isIntrospection(r.request()), { timeout: 30_000 });
    await page.getByRole('button', { name: 'Create Document' }).click({ timeout: 30_000 });
    const result = await introspection;

    assert.equal(result.status(), 200);
    const body = await result.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const typeNames = body.data.__schema.types.map((t) => t.name);
    for (const name of ['Query', 'Unit', 'Me', 'UnitConnection']) {
      assert.ok(typeNames.includes(name), `schema has ${name}`);
    }
  });
});
