import { InputError } from '../../errors.js';

/**
 * A publisher's text file as UTF-8, strictly: invalid bytes (a Latin-1 or Windows-1252 export) are
 * refused with the line and byte column of the first one, instead of becoming U+FFFD ("C\\ufffdte
 * d'Ivoire"). A source whose publisher ships Latin-1 says so by decoding its bytes itself (SIPRI:
 * `decodeSipri`).
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    const column = at - lineStart + 1;
    throw new InputError(
      `not valid UTF-8: byte 0x${bytes[at].toString(16).padStart(2, '0')} at byte column ${column}`,
      {
        location: { file, line },
        hint: 'the file looks like Latin-1 or Windows-1252: save it as UTF-8 (or declare the Latin-1 fallback in its source, as SIPRI does)',
      },
    );
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length - 1;
}
