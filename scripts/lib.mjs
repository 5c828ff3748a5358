// Shared helpers for the start, test and bench scripts: run commands, start the API, wait for it, stop it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync, mkdtempSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the foreground; throws on a non-zero exit unless `allowFail`. */
export function run(cmd, args, { cwd = root, env = {}, allowFail = false, capture = false } = {}) {
  const r = spawnSync(cmd, args, {
    cwd, env: { ...process.env, ...env }, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (capture && r.stdout) process.stdout.write(r.stdout);
  if (r.status !== 0 && !allowFail) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
  return r;
}

/** Newest modification time of the files below `dir`, skipping build output and dependencies. */
export function newestMtime(dir, skip = new Set(['bin', 'obj', 'node_modules', 'dist', 'TestResults'])) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name) || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p, skip) : statSync(p).mtimeMs);
  }
  return newest;
}

export const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

/** Installs npm packages (root and web) when missing or older than their lock files. */
export function ensureNodePackages() {
  for (const dir of [root, join(root, 'web')]) {
    const marker = join(dir, 'node_modules', '.package-lock.json');
    if (mtime(marker) < mtime(join(dir, 'package-lock.json'))) {
      console.log(`› npm ci in ${dir === root ? '.' : 'web'}`);
      run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
    }
  }
}

/** Builds the SPA into web/dist when its sources changed since the last build. */
export function ensureSpaBuilt() {
  const web = join(root, 'web');
  const built = mtime(join(web, 'dist', 'index.html'));
  const inputs = Math.max(newestMtime(join(web, 'src')), newestMtime(join(web, 'build')), mtime(join(web, 'package-lock.json')), mtime(join(web, 'index.html')), mtime(join(web, 'vite.config.ts')));
  if (built > 0 && built > inputs) return;
  console.log('› building the SPA (web/dist)');
  run('npm', ['run', 'build'], { cwd: web });
}

/** Builds the API in Release when its sources changed; returns the path of the built dll. */
export function ensureApiBuilt() {
  const dll = join(root, 'api', 'bin', 'Release', 'net10.0', 'OneStop.Api.dll');
  const sources = Math.max(newestMtime(join(root, 'api')), mtime(join(root, 'Directory.Build.props')), mtime(join(root, 'Directory.Packages.props')));
  if (mtime(dll) < sources) {
    console.log('› building the API (Release)');
    run('dotnet', ['build', join(root, 'api', 'OneStop.Api.csproj'), '-c', 'Release', '--nologo', '-v', 'quiet', '-clp:ErrorsOnly']);
  }
  return dll;
}

/** Starts the API from its built dll (content root api/) and resolves once /health answers. */
export async function startApi({ port, env = {}, quiet = false, timeoutMs = 240_000 }) {
  const dll = ensureApiBuilt();
  const child = spawn('dotnet', [dll, '--urls', `http://localhost:${port}`], {
    cwd: join(root, 'api'),
    env: { ...process.env, DOTNET_NOLOGO: '1', ...env },
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 250))]);
    if (code !== undefined) throw new Error(`the API exited with code ${code} before it was ready`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.ok) return { child, url: `http://localhost:${port}`, exited };
    } catch { /* not listening yet */ }
  }
  child.kill('SIGTERM');
  throw new Error(`the API did not answer /health on port ${port} within ${timeoutMs / 1000} s`);
}

/** Stops a started API by its own PID and waits for it to exit. */
export async function stopApi(api) {
  if (!api || api.child.exitCode !== null) return;
  api.child.kill('SIGTERM');
  const timer = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
  await api.exited;
  clearTimeout(timer);
}

export const tempDir = (prefix) => mkdtempSync(join(tmpdir(), prefix));
