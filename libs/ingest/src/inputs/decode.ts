import iconv from 'iconv-lite';

/** Text read from bytes, with the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const BYTE_ORDER_MARKS: ReadonlyArray<[DecodedText['encoding'], readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const SAMPLE_BYTES = 65_536;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Whether bytes are binary data rather than text in any single-byte or UTF-8 encoding:
 * a NUL byte, or more than one byte in fifty of the opening stretch a control character.
 */
function looksLikeBinaryBytes(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls += 1;
  }
  return controls * 50 > sample.length;
}

/**
 * Reads bytes as text: UTF-8 or UTF-16 by their byte-order mark, else UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252 (the superset of ISO-8859-1 that newsroom systems
 * write). Returns null for binary data.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  for (const [encoding, mark] of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, mark)) return { text: new TextDecoder(encoding).decode(bytes.subarray(mark.length)), encoding };
  }
  if (looksLikeBinaryBytes(bytes)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Node's TextDecoder reads the windows-1252 label as ISO-8859-1, losing curly quotes and dashes.
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
  }
}
