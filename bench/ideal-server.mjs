// The ideal server of bench/alerts.mjs scenario (d): a graphql-transport-ws endpoint that does nothing but write bytes it
// prepared beforehand, so the same 1,000 graphql-ws clients measured against it give the floor of this machine and
// harness: what a delivery costs when the server costs (almost) nothing. Not a GraphQL server: it acknowledges every
// connection_init, remembers every subscribe id, and on a burst sends each subscriber the same `next` frames as the API
// (same fields, same shape and length), all of a subscriber's frames in one socket write. The handshake and the client's
// frames are handled here, not through `ws`: its public API sends a message at a time and cannot write bytes prepared
// beforehand in one write, which is the point of this server.
//   node bench/ideal-server.mjs <port>
//   POST /bench/prepare?alerts=N   builds every subscriber's write for the next burst of N alerts (not timed)
//   POST /bench/deadline-scan      the burst: { published: [{ alertId, kind, publishedAt }], milliseconds }, like the API
//   GET  /bench/deliveries         { written: [{ writtenAt, nextFrames }] } since the last call, like the API's probe
//   GET  /health
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
const now = () => performance.timeOrigin + performance.now();
const subscribers = new Map(); // socket -> subscribe id
let nextAlertId = 1_000_000;
let prepared = null; // { alerts: [alertId], writes: Map(socket -> Buffer) }
let written = [];

/** An unmasked server frame: FIN + opcode, then the 7-, 16- or 64-bit payload length. */
function frame(opcode, payload) {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const n = body.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n])
    : n < 65536 ? Buffer.from([0x80 | opcode, 126, n >> 8, n & 255])
      : Buffer.concat([Buffer.from([0x80 | opcode, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b; })()]);
  return Buffer.concat([head, body]);
}

const text = (socket, message) => socket.write(frame(0x1, JSON.stringify(message)));

function onMessage(socket, message) {
  if (message.type === 'connection_init') text(socket, { type: 'connection_ack' });
  else if (message.type === 'ping') text(socket, { type: 'pong' });
  else if (message.type === 'subscribe') subscribers.set(socket, message.id);
  else if (message.type === 'complete') subscribers.delete(socket);
}

/** Client frames are small, masked and whole (RFC 6455 §5.2); returns what is left of `buffer` for the next chunk. */
function readFrames(socket, buffer) {
  for (;;) {
    if (buffer.length < 2) return buffer;
    const opcode = buffer[0] & 0x0f;
    let length = buffer[1] & 0x7f;
    let offset = 2;
    if (length === 126) { if (buffer.length < 4) return buffer; length = buffer.readUInt16BE(2); offset = 4; }
    else if (length === 127) { if (buffer.length < 10) return buffer; length = Number(buffer.readBigUInt64BE(2)); offset = 10; }
    const masked = (buffer[1] & 0x80) !== 0;
    const start = offset + (masked ? 4 : 0);
    if (buffer.length < start + length) return buffer;
    const payload = Buffer.from(buffer.subarray(start, start + length));
    if (masked) for (let i = 0; i < length; i++) payload[i] ^= buffer[offset + (i & 3)];
    buffer = buffer.subarray(start + length);
    if (opcode === 0x1) onMessage(socket, JSON.parse(payload.toString()));
    else if (opcode === 0x8) { subscribers.delete(socket); socket.end(frame(0x8, payload.subarray(0, 2))); return Buffer.alloc(0); }
    else if (opcode === 0x9) socket.write(frame(0xa, payload));
  }
}

/** Every subscriber's write for a burst of `count` alerts, the frames the API would send for its alerts. */
function prepare(count) {
  const alerts = Array.from({ length: count }, () => nextAlertId++);
  const raisedAt = new Date().toISOString().replace('Z', '0000+00:00');
  const payloads = alerts.map((alertId, k) => JSON.stringify({
    data: { deadlineAlerts: { id: Buffer.from(`DeadlineAlert:${alertId}`).toString('base64'), raisedAt, dossier: { code: `000.00.21.H47-261107-${String(k + 1).padStart(4, '0')}` } } },
  }));
  const writes = new Map();
  for (const [socket, id] of subscribers) {
    writes.set(socket, Buffer.concat(payloads.map((p) => frame(0x1, `{"type":"next","id":${JSON.stringify(id)},"payload":${p}}`))));
  }
  prepared = { alerts, writes };
  return { prepared: count, subscribers: writes.size };
}

/** The burst: one write per subscriber; each write's completion is recorded as the API's delivery probe records it. */
function burst() {
  if (!prepared) throw new Error('nothing prepared');
  const { alerts, writes } = prepared;
  prepared = null;
  const publishedAt = now();
  for (const [socket, bytes] of writes) {
    if (!socket.writable) continue;
    socket.write(bytes, () => written.push({ writtenAt: now(), nextFrames: alerts.length }));
  }
  return { published: alerts.map((alertId) => ({ alertId, kind: 'Overdue', publishedAt })), milliseconds: now() - publishedAt };
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const reply = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)); };
  try {
    if (url.pathname === '/health') return reply(200, { status: 'Healthy' });
    if (req.method === 'POST' && url.pathname === '/bench/prepare') return reply(200, prepare(Number(url.searchParams.get('alerts') ?? 100)));
    if (req.method === 'POST' && url.pathname === '/bench/deadline-scan') return reply(200, burst());
    if (url.pathname === '/bench/deliveries') { const taken = written; written = []; return reply(200, { written: taken }); }
    return reply(404, { error: 'not found' });
  } catch (e) {
    return reply(409, { error: e.message });
  }
});

server.on('upgrade', (req, socket, head) => {
  const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  socket.setNoDelay(true);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n'
    + `Sec-WebSocket-Accept: ${accept}\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`);
  let pending = readFrames(socket, head); // bytes the client sent right after its handshake, if any
  socket.on('data', (chunk) => { pending = readFrames(socket, pending.length ? Buffer.concat([pending, chunk]) : chunk); });
  socket.on('close', () => subscribers.delete(socket));
  socket.on('error', () => subscribers.delete(socket));
});

server.listen(port, '127.0.0.1');
