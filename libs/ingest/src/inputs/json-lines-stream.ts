import type { ArticleInput } from '@parley/domain';
import { decodeText } from './decode';
import { readJsonLine } from './json-articles';
import { BINARY_FILE_PROBLEM, readArticles, withDefaultDate, type ArticleSource } from './read-input';

const NEWLINE = 0x0a;
const UTF16_MARKS: ReadonlyArray<readonly [number, number]> = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
}

/** The bytes of each line of a byte stream, without its newline. */
async function* byteLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      pending.push(chunk.subarray(start, end));
      yield concat(pending);
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield concat(pending);
}

const OPENING_BYTES = 65_536;

async function* withOpening(opening: Uint8Array, rest: AsyncIterator<Uint8Array>): AsyncGenerator<Uint8Array> {
  yield opening;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** The stream's first bytes (up to OPENING_BYTES, or all of a shorter stream), to judge the file by. */
async function readOpening(iterator: AsyncIterator<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  while (length < OPENING_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    length += next.value.length;
  }
  return parts.length === 0 ? new Uint8Array(0) : concat(parts);
}

/**
 * JSON Lines read as the bytes arrive, one line in memory at a time, so a file of any size
 * ingests in constant memory. Each line is decoded on its own (UTF-8, else Windows-1252,
 * as `decodeText` reads a file); a file whose opening is binary is refused by name, and one
 * that opens with a UTF-16 byte-order mark cannot be split on newline bytes and is read whole.
 */
export async function* readJsonLinesStream(chunks: AsyncIterable<Uint8Array>, name: string, defaults: Partial<ArticleInput> = {}): AsyncGenerator<ArticleSource> {
  const iterator = chunks[Symbol.asyncIterator]();
  const opening = await readOpening(iterator);
  if (opening.length === 0) return;
  if (UTF16_MARKS.some(([a, b]) => opening[0] === a && opening[1] === b)) {
    const whole: Uint8Array[] = [];
    for await (const chunk of withOpening(opening, iterator)) whole.push(chunk);
    yield* readArticles(concat(whole), name, 'json-lines', defaults);
    return;
  }
  // The whole file is judged by its opening, as `decodeText` judges a file read whole.
  if (decodeText(opening) === null) {
    yield { name, error: BINARY_FILE_PROBLEM };
    return;
  }
  let lineNumber = 0;
  for await (const bytes of byteLines(withOpening(opening, iterator))) {
    lineNumber += 1;
    const decoded = decodeText(bytes);
    if (!decoded) {
      yield { name: `${name}:${lineNumber}`, error: BINARY_FILE_PROBLEM };
      continue;
    }
    const record = readJsonLine(decoded.text, lineNumber);
    if (!record) continue;
    const recordName = `${name}:${lineNumber}`;
    yield 'error' in record
      ? { name: recordName, error: record.error }
      : { name: recordName, encoding: decoded.encoding, input: withDefaultDate(record.article, defaults) };
  }
}
