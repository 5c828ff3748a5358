// Several API processes on one SQLite file and one Redis, for the scale-out test (tests/scale-out) and the alert
// benchmark (bench/alerts.mjs). Every process started here is stopped by its own PID.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { startApi, stopApi } from './lib.mjs';

export const PASSWORD = 'OneStop@2020';
export const TAM_KY = '000.00.21.H47';
/** Five working days (steps 3 + 1 + 1): received 20 days ago, it is overdue. */
export const FIVE_DAYS = '9.990001';
const REDIS_SERVER = '/usr/bin/redis-server';

/** A free loopback port from the OS (or `base + offset` when a base port is given, e.g. a helper's port range). */
export async function freePort(base, offset = 0) {
  if (base) return base + offset;
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Answers once a TCP connection to host:port opens, or throws after `ms`. */
async function waitForPort(host, port, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, host).once('connect', () => { socket.destroy(); resolve(true); }).once('error', () => resolve(false));
    });
    if (ok) return;
    await delay(100);
  }
  throw new Error(`nothing listens on ${host}:${port} after ${ms / 1000} s`);
}

/**
 * A Redis for the instances: a private `redis-server` on `port` (or a free one) when `own` or when `REDIS_URL` is unset,
 * else the one at `REDIS_URL` (e.g. `.ci/run`'s). `stop()` stops only a private server, by its PID.
 */
export async function startRedis({ port, own = false } = {}) {
  const shared = process.env.REDIS_URL?.replace(/^redis:\/\//, '').replace(/\/$/, '');
  if (shared && !own) return { connection: shared, owned: false, stop: async () => {} };
  if (!existsSync(REDIS_SERVER)) throw new Error(`a private Redis is needed and ${REDIS_SERVER} is missing (apt-get install redis-server)`);
  const p = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'onestop-redis-'));
  const child = spawn(REDIS_SERVER, ['--bind', '127.0.0.1', '--port', String(p), '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await waitForPort('127.0.0.1', p, 10_000);
  return {
    connection: `127.0.0.1:${p}`,
    owned: true,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts `count` API processes (demo profile) on one new SQLite file and one Redis. The first migrates and seeds
 * the demo data; the others start once it answers. `env` is added to every instance.
 */
export async function startInstances({ count, redis, ports, env = {}, dossiers = 200 }) {
  const dir = mkdtempSync(join(tmpdir(), 'onestop-cluster-'));
  const prefix = `onestop:cluster-${process.pid}-${Date.now()}`;
  const instances = [];
  const common = {
    ASPNETCORE_ENVIRONMENT: 'Demo',
    ConnectionStrings__OneStop: `Data Source=${join(dir, 'onestop.db')}`,
    Logging__LogLevel__Default: 'Warning',
    Demo__Dossiers: String(dossiers),
    ...(redis ? { Redis__Connection: redis.connection, Redis__Prefix: prefix } : {}),
    ...env,
  };
  try {
    for (let i = 0; i < count; i++) {
      const api = await startApi({ port: ports[i], quiet: true, env: common });
      instances.push({ ...api, port: ports[i], http: `http://127.0.0.1:${ports[i]}`, graphql: `http://127.0.0.1:${ports[i]}/graphql` });
    }
  } catch (e) {
    await stopInstances(instances, dir);
    throw e;
  }
  return { instances, dir, stop: () => stopInstances(instances, dir) };
}

async function stopInstances(instances, dir) {
  await Promise.all(instances.map((api) => stopApi(api)));
  rmSync(dir, { recursive: true, force: true });
}

export async function login(instance, email) {
  const res = await fetch(`${instance.http}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${email}: HTTP ${res.status}`);
  return (await res.json()).accessToken;
}

/** A GraphQL request over HTTP; throws on `errors`. */
export async function gql(instance, token, query, variables) {
  const res = await fetch(instance.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Imports the five-working-day test procedure (received at Tam Kỳ) through `importProcedures`, once. */
export async function ensureProcedure(instance, adminToken) {
  const { procedure } = await gql(instance, adminToken, `{ procedure(code: "${FIVE_DAYS}") { code } }`);
  if (procedure) return;
  const json = JSON.stringify({
    thuTucHanhChinh: [{
      maTTHC: FIVE_DAYS, phienBan: 1, tenTTHC: `Thủ tục thử nghiệm cảnh báo ${FIVE_DAYS}`,
      linhVuc: { ma: 'G99', ten: 'Thử nghiệm' }, capThucHien: ['HUYEN'], doiTuongThucHien: ['CONG_DAN'],
      thoiHanGiaiQuyet: { soLuong: 5, donVi: 'NGAY_LAM_VIEC' }, gioTiepNhanCuoi: null,
      thanhPhanHoSo: [{ ten: 'Tờ khai', banChinh: 1, banSaoChungThuc: 0, banSao: 0 }],
      ketQuaThucHien: ['Giấy chứng nhận'], phiLePhi: [{ ten: 'Lệ phí', mucPhi: 50000 }],
      quyTrinhNoiBo: [
        { ten: 'Thẩm định', vaiTro: 'Specialist', thoiGian: 3 }, { ten: 'Phê duyệt', vaiTro: 'Leader', thoiGian: 1 },
        { ten: 'Trả kết quả', vaiTro: 'Receptionist', thoiGian: 1 },
      ],
      coQuanThucHien: [TAM_KY], noiTiepNhan: [TAM_KY], ngayCoHieuLuc: '2020-01-01',
    }],
  });
  const { importProcedures } = await gql(instance, adminToken,
    'mutation($i: ImportProceduresInput!) { importProcedures(input: $i) { failed items { errors { ... on UserError { message } } } } }', { i: { json } });
  if (importProcedures.failed !== 0) throw new Error(`importProcedures: ${JSON.stringify(importProcedures)}`);
}

/**
 * Backfills (Admin/DataEntry: `receiveDossier` with a past `receivedAt`) `count` five-day dossiers received 20 days ago
 * at Tam Kỳ: their deadline has passed, so the next scan raises OVERDUE for each. Returns their receipt codes.
 */
export async function receiveOverdue(instance, adminToken, count = 1, name = 'Nguyễn Văn An') {
  const receivedAt = new Date(Date.now() - 20 * 86_400_000).toISOString();
  const codes = [];
  for (let i = 0; i < count; i++) {
    const { receiveDossier } = await gql(instance, adminToken, `
      mutation($input: ReceiveDossierInput!) { receiveDossier(input: $input) {
        dossier { code } errors { __typename ... on UserError { code message } } } }`, {
      input: {
        procedureCode: FIVE_DAYS, unitCode: TAM_KY, channel: 'DIRECT', receivedAt, outcome: 'ACCEPT',
        applicant: { kind: 'CITIZEN', fullName: name, idNumber: '049095000123', phone: '0905123789', address: 'Tam Kỳ, Quảng Nam' },
      },
    });
    if (receiveDossier.errors.length) throw new Error(`receiveDossier: ${JSON.stringify(receiveDossier.errors)}`);
    codes.push(receiveDossier.dossier.code);
  }
  return codes;
}
