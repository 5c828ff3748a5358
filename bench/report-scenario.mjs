// Shared by the report scenarios (issue 7, "Performance"): a province-year report at 1,000,000 dossiers answers in under
// 500 ms cold and under 100 ms warm. `setup` times, single-client, the very first request of the query in this server
// process (cold: no query plan compiled, SQLite connection caches empty; the scenarios run before any other report
// request) and then BENCH_REPORT_SAMPLES repeated requests (warm), prints them and hands them to the runner's JSON;
// the runner then measures throughput under load as for every scenario.

const samples = Number(process.env.BENCH_REPORT_SAMPLES ?? 40);
// The demo year is 2020 (seed-dossiers copies it into earlier years); the period comes from the server (cut-off day).
const year = Number(process.env.BENCH_REPORT_YEAR ?? 2020);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function reportScenario({ name, field, query, check }) {
  const bodyOf = (period) => JSON.stringify({ query, variables: { input: { from: period.from, to: period.to } } });
  return {
    name,
    async setup(ctx) {
      const token = await ctx.login('admin@onestop.local');
      const headers = { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` };
      const periodRes = await fetch(ctx.graphqlUrl, { method: 'POST', headers, body: JSON.stringify({ query: `{ reportPeriod(kind: YEAR, year: ${year}) { from to } }` }) });
      const period = (await periodRes.json()).data.reportPeriod;
      const body = bodyOf(period);
      const once = async () => {
        const started = performance.now();
        const json = await (await fetch(ctx.graphqlUrl, { method: 'POST', headers, body })).json();
        const ms = performance.now() - started;
        if (json.errors) throw new Error(`${name}: ${JSON.stringify(json.errors)}`);
        return { ms, data: json.data[field] };
      };
      const cold = await once();
      check(cold.data);
      for (let i = 0; i < 3; i++) await once();
      const warm = [];
      for (let i = 0; i < samples; i++) warm.push((await once()).ms);
      warm.sort((a, b) => a - b);
      const singleClient = {
        period: `${period.from}..${period.to}`,
        coldMs: +cold.ms.toFixed(1),
        warmP50Ms: +percentile(warm, 50).toFixed(1),
        warmP95Ms: +percentile(warm, 95).toFixed(1),
        warmMaxMs: +warm[warm.length - 1].toFixed(1),
        samples,
      };
      console.log(`\n${name}, province, ${singleClient.period}, single client: cold ${singleClient.coldMs} ms (goal < 500); `
        + `warm p50 ${singleClient.warmP50Ms} ms, p95 ${singleClient.warmP95Ms} ms, max ${singleClient.warmMaxMs} ms over ${samples} (goal < 100)\n`);
      return { token, body, singleClient };
    },
    request(ctx, { token, body }) {
      return {
        method: 'POST',
        path: '/graphql',
        url: ctx.graphqlUrl,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
        body,
      };
    },
  };
}
