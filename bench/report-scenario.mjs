// Shared by the report scenarios (issue 7, "Performance"): a province-year report at 1,000,000 dossiers answers in under
// 500 ms cold and under 100 ms warm. `cold` is run by the runner in a FRESH server process per run (sign-in and the
// period's dates first, then the report's very first request there: no query compiled, no report code jitted, nothing
// cached, SQLite connection caches empty; the OS file cache is not dropped), so each report's cold figure is its own.
// `setup` times BENCH_REPORT_SAMPLES repeated single-client requests (warm) in the shared server, prints them and hands
// them to the runner's JSON; the runner then measures throughput under load as for every scenario.

const samples = Number(process.env.BENCH_REPORT_SAMPLES ?? 40);
// The demo year is 2020 (seed-dossiers copies it into earlier years); the period comes from the server (cut-off day).
const year = Number(process.env.BENCH_REPORT_YEAR ?? 2020);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function reportScenario({ name, field, query, check }) {
  const bodyOf = (period) => JSON.stringify({ query, variables: { input: { from: period.from, to: period.to } } });
  // Signs in, asks the period's dates, and returns a timed single request of the report.
  const client = async (ctx) => {
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
    return { token, period, body, once };
  };
  return {
    name,
    async cold(ctx, { cpuMs }) {
      const { once } = await client(ctx);
      const before = cpuMs();
      const first = await once();
      const after = cpuMs();
      check(first.data);
      return { ms: first.ms, cpuMs: before === null || after === null ? null : after - before };
    },
    async setup(ctx) {
      const { token, period, body, once } = await client(ctx);
      check((await once()).data);
      for (let i = 0; i < 3; i++) await once();
      const warm = [];
      for (let i = 0; i < samples; i++) warm.push((await once()).ms);
      warm.sort((a, b) => a - b);
      const singleClient = {
        period: `${period.from}..${period.to}`,
        warmP50Ms: +percentile(warm, 50).toFixed(1),
        warmP95Ms: +percentile(warm, 95).toFixed(1),
        warmMaxMs: +warm[warm.length - 1].toFixed(1),
        samples,
      };
      console.log(`\n${name}, province, ${singleClient.period}, single client: `
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
