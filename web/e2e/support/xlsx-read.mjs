import { inflateRawSync } from 'node:zlib';

// A minimal .xlsx reader for tests: the zip's central directory, stored or deflated entries, and the cells of the
// first worksheet (inline strings, shared strings and numbers).

/** Every entry of a zip archive as name → Buffer. */
export function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip archive (no end of central directory).');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error('Broken central directory.');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const texts = (xml) => [...xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>/g)].map((m) => unescape(m[1])).join('');

/** The first worksheet as rows of { A: text, B: text, … } keyed by row number. */
export function readSheet(bytes) {
  const files = unzip(bytes);
  const sheetName = [...files.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n)).sort()[0];
  if (!sheetName) throw new Error('No worksheet in the workbook.');
  const shared = files.has('xl/sharedStrings.xml')
    ? [...files.get('xl/sharedStrings.xml').toString('utf8').matchAll(/<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => texts(m[1]))
    : [];
  const rows = new Map();
  const xml = files.get(sheetName).toString('utf8');
  for (const cell of xml.matchAll(/<(?:\w+:)?c\s([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
    const attributes = cell[1];
    const body = cell[2] ?? '';
    const ref = /r="([A-Z]+)(\d+)"/.exec(attributes);
    if (!ref) continue;
    const type = /t="(\w+)"/.exec(attributes)?.[1];
    const value = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(body)?.[1];
    const text = type === 'inlineStr' ? texts(body) : type === 's' ? shared[Number(value)] : value !== undefined ? unescape(value) : '';
    const row = rows.get(Number(ref[2])) ?? {};
    row[ref[1]] = text;
    rows.set(Number(ref[2]), row);
  }
  return rows;
}
