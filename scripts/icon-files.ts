// The three icon file formats the installers need, written from RGBA pixels with nothing but
// node:zlib: PNG (Linux, and inside the others), ICO (Windows) and ICNS (macOS). Both ICO and
// ICNS hold PNG entries, which every supported Windows and macOS reads.
import { deflateSync, inflateSync } from 'node:zlib';

/** A square RGBA image: `size * size * 4` bytes, rows top to bottom, not premultiplied. */
export interface IconImage {
  size: number;
  rgba: Uint8Array;
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes an image as an 8-bit RGBA PNG (no filtering: flat artwork compresses well without it). */
export function encodePng({ size, rgba }: IconImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    pngSignature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Decodes a PNG written by encodePng (RGBA, unfiltered rows); throws on anything else. */
export function decodePng(png: Uint8Array): IconImage {
  const bytes = Buffer.from(png);
  if (!bytes.subarray(0, 8).equals(pngSignature)) throw new Error('not a PNG: the signature is wrong');
  let offset = 8;
  let size = 0;
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (bytes.readUInt32BE(offset + 8 + length) !== crc32(bytes.subarray(offset + 4, offset + 8 + length))) {
      throw new Error(`PNG chunk ${type} has a bad CRC`);
    }
    if (type === 'IHDR') {
      size = body.readUInt32BE(0);
      if (body.readUInt32BE(4) !== size || body[8] !== 8 || body[9] !== 6) throw new Error('not a square RGBA PNG');
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    const start = y * (size * 4 + 1);
    if (rows[start] !== 0) throw new Error(`PNG row ${y} uses filter ${rows[start]}; only unfiltered rows are read`);
    rgba.set(rows.subarray(start + 1, start + 1 + size * 4), y * size * 4);
  }
  return { size, rgba };
}

/** An ICO file holding one PNG per size (256 px is written as 0, as the format says). */
export function encodeIco(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

/** The ICNS entry types that hold PNG data, by the pixel size of their image. */
export const icnsTypes: { type: string; size: number }[] = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 }, // 512 pt @2x
  { type: 'ic11', size: 32 }, // 16 pt @2x
  { type: 'ic12', size: 64 }, // 32 pt @2x
  { type: 'ic13', size: 256 }, // 128 pt @2x
  { type: 'ic14', size: 512 }, // 256 pt @2x
];

/** An ICNS file: the `icns` header, then one PNG entry per type. */
export function encodeIcns(pngBySize: Map<number, Buffer>): Buffer {
  const entries = icnsTypes.map(({ type, size }) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`no ${size} px image for the ICNS entry ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/** The entries of an ICO file: each image's declared size and its PNG bytes. */
export function readIco(ico: Uint8Array): { size: number; png: Buffer }[] {
  const bytes = Buffer.from(ico);
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO file');
  return Array.from({ length: bytes.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + index * 16;
    const length = bytes.readUInt32LE(entry + 8);
    const offset = bytes.readUInt32LE(entry + 12);
    return { size: bytes[entry] || 256, png: bytes.subarray(offset, offset + length) };
  });
}

/** The entries of an ICNS file: each type and its data. */
export function readIcns(icns: Uint8Array): { type: string; data: Buffer }[] {
  const bytes = Buffer.from(icns);
  if (bytes.toString('latin1', 0, 4) !== 'icns' || bytes.readUInt32BE(4) !== bytes.length) {
    throw new Error('not an ICNS file, or its length is wrong');
  }
  const entries: { type: string; data: Buffer }[] = [];
  for (let offset = 8; offset < bytes.length;) {
    const length = bytes.readUInt32BE(offset + 4);
    entries.push({
      type: bytes.toString('latin1', offset, offset + 4),
      data: bytes.subarray(offset + 8, offset + length),
    });
    offset += length;
  }
  return entries;
}
