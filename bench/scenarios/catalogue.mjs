// Catalogue scenario (issue "Procedure catalogue"): the public list searched without diacritics, 50 per page, with the
// nested fields, steps and legal bases a catalogue page shows. Run the API with `Demo:Procedures=5000` so the search
// scans a province-sized catalogue. Goal: p95 under 20 ms single-client; the SQL statement count per request does not
// depend on the page size (tests/OneStop.Api.Tests/Features/Procedures/ProcedureSqlStatementTests.cs).
//
// Contract with the bench runner: `request(ctx)` returns one HTTP request as { method, path, url, headers, body };
// `path` suits autocannon, `url` suits fetch. `setup(ctx)` checks the catalogue once and fails fast when it is wrong.

const query = `query CatalogueBench($where: ProcedureFilter) {
  procedures(first: 50, where: $where) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id code name status effectiveFrom cutOffHour onlineService citesExpiredLaw
      processingTime { amount unit }
      field { code name }
      steps { number name role unit budget }
      legalBases { number title inForce replacedBy { number } }
    }
  }
}`;

const body = JSON.stringify({ query, variables: { where: { search: 'dang ky' } } });

export const name = 'catalogue';

export async function setup(ctx) {
  const response = await fetch(`${ctx.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ procedures { totalCount } }' }),
  });
  const json = await response.json();
  if (json.errors) throw new Error(`catalogue setup: ${JSON.stringify(json.errors)}`);
  const total = json.data.procedures.totalCount;
  if (total < 4000) {
    console.warn(`catalogue: only ${total} procedures in force; start the API with Demo:Procedures=5000 for the reference load`);
  }
  const probe = await fetch(`${ctx.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const probed = await probe.json();
  if (probed.errors) throw new Error(`catalogue query fails: ${JSON.stringify(probed.errors)}`);
  if (probed.data.procedures.nodes.length !== 50) throw new Error('catalogue: "dang ky" must match at least 50 procedures');

  // The goal is single-client latency: time sequential requests after a warm-up (the load rounds come later).
  const samples = [];
  for (let i = 0; i < 230; i++) {
    const started = performance.now();
    const r = await fetch(`${ctx.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await r.text();
    if (i >= 30) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.floor(q * (samples.length - 1))].toFixed(2);
  console.log(`\ncatalogue at ${total.toLocaleString('en')} procedures, single client, ${samples.length} sequential requests: ` +
    `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms (goal p95 < 20 ms)\n`);
}

export function request(ctx) {
  return {
    method: 'POST',
    path: '/graphql',
    url: `${ctx.baseUrl}/graphql`,
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  };
}

export default { name, setup, request };
