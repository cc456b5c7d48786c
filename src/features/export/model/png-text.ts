// Reading and writing a PNG tEXt chunk, so a snapshot carries the view it was made from.
// (A PNG is a signature and length-type-data-CRC chunks; tEXt goes before IEND.)
const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function latin1(text: string): Uint8Array {
  // tEXt is Latin-1: non-Latin-1 text (Korean) is stored as JSON \u escapes by the caller.
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((value, index) => bytes[index] === value);
}

function chunkOf(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(latin1(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function insertAt(png: Uint8Array, offset: number, chunk: Uint8Array): Uint8Array {
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, offset), 0);
  out.set(chunk, offset);
  out.set(png.subarray(offset), offset + chunk.length);
  return out;
}

/** The PNG with a tEXt chunk (keyword, text) inserted before IEND. */
export function addPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG');
  return insertAt(png, png.length - 12, chunkOf('tEXt', latin1(`${keyword}\0${text}`)));
}

/** Pixels per metre for a resolution in dots per inch (144 dpi → 5669). */
export function dpiToPpm(dpi: number): number {
  return Math.round(dpi / 0.0254);
}

/**
 * The PNG with a pHYs chunk saying its resolution (so a 2× image pastes at its intended size
 * in Office and Hancom), inserted right after IHDR, where the format wants it (before IDAT).
 */
export function addPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!isPng(png)) throw new Error('not a PNG');
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, dpiToPpm(dpi));
  view.setUint32(4, dpiToPpm(dpi));
  data[8] = 1; // unit: metre
  const ihdrLength = new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(8);
  return insertAt(png, 8 + 12 + ihdrLength, chunkOf('pHYs', data));
}

/** The resolution a pHYs chunk states, in dots per inch, or null. */
export function readPngDpi(png: Uint8Array): number | null {
  if (!isPng(png)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'pHYs' && png[offset + 16] === 1) return Math.round(view.getUint32(offset + 8) * 0.0254);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return null;
}

/** Every tEXt chunk of a PNG, keyword → text. */
export function readPngText(png: Uint8Array): Map<string, string> {
  const found = new Map<string, string>();
  if (!isPng(png)) return found;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    if (type === 'tEXt') {
      const data = String.fromCharCode(...png.subarray(offset + 8, offset + 8 + length));
      const split = data.indexOf('\0');
      if (split > 0) found.set(data.slice(0, split), data.slice(split + 1));
    }
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  return found;
}

/** JSON with every non-ASCII character escaped, so it survives Latin-1 tEXt. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
