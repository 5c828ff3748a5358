// `npm start`: installs what is missing, builds the SPA and the API, creates/migrates data/onestop.db,
// seeds the demo data (demo profile) and serves API + SPA on http://localhost:5080 (PORT changes it).
import { ensureNodePackages, ensureSpaBuilt, startApi, stopApi, run } from './lib.mjs';

const started = Date.now();
const port = Number(process.env.PORT ?? 5080);

ensureNodePackages();
ensureSpaBuilt();
run('dotnet', ['tool', 'restore'], { capture: true });
const api = await startApi({ port, env: { ASPNETCORE_ENVIRONMENT: 'Demo', 'Logging__LogLevel__Microsoft.AspNetCore': 'Warning' } });

const accounts = await (await fetch(`http://127.0.0.1:${port}/auth/demo-accounts`)).json();
console.log(`\nOneStop is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${api.url}`);
console.log(`GraphQL: ${api.url}/graphql   IDE (Banana Cake Pop): ${api.url}/graphql/`);
console.log(`Demo accounts (password ${accounts[0]?.password}):`);
for (const a of accounts) console.log(`  ${a.email.padEnd(38)} ${a.role.padEnd(13)} ${a.unit ?? 'province'}`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, async () => { await stopApi(api); process.exit(0); });
const code = await api.exited;
process.exit(code ?? 0);
