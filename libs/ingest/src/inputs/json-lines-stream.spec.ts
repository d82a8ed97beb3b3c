import { windows1252 } from '../testing';
import { readJsonLinesStream } from './json-lines-stream';
import { BINARY_FILE_PROBLEM, readArticles } from './read-input';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function collect(bytes: Uint8Array, size: number, name = 'wire.jsonl') {
  const sources = [];
  for await (const source of readJsonLinesStream(chunksOf(bytes, size), name, { publishedAt: '2025-06-12' })) sources.push(source);
  return sources;
}

describe('JSON Lines read as a stream', () => {
  const article = { text: 'José Ortega said the offer was “final”.', url: 'https://news.example/a', title: 'Final', publisher: 'Ledger', publishedAt: null };
  const content = `${JSON.stringify(article)}\r\n\n{ broken\n${JSON.stringify({ ...article, text: 7 })}\n${JSON.stringify({ ...article, publishedAt: '2025-06-01' })}`;

  it('gives what reading the whole file gives, however the bytes are cut (inside a line, inside a character)', async () => {
    const whole = readArticles(utf8(content), 'wire.jsonl', 'json-lines', { publishedAt: '2025-06-12' });
    expect(whole.map((source) => source.name)).toEqual(['wire.jsonl:1', 'wire.jsonl:3', 'wire.jsonl:4', 'wire.jsonl:5']);
    for (const size of [1, 2, 3, 7, 64, 1 << 16]) expect(await collect(utf8(content), size)).toEqual(whole);
  });

  it('fills a missing date from the command line and keeps a given one', async () => {
    const sources = await collect(utf8(content), 5);
    expect(sources[0]).toEqual({ name: 'wire.jsonl:1', encoding: 'utf-8', input: { ...article, publishedAt: '2025-06-12' } });
    expect(sources[3]).toEqual({ name: 'wire.jsonl:5', encoding: 'utf-8', input: { ...article, publishedAt: '2025-06-01' } });
  });

  it('reads a Windows-1252 line, a UTF-8 byte-order mark and a UTF-16 file, naming the encoding', async () => {
    const line = JSON.stringify({ text: 'Ruiz called the offer “final” – twice.' });
    const [cp1252] = await collect(windows1252(line), 4);
    expect(cp1252).toEqual({ name: 'wire.jsonl:1', encoding: 'windows-1252', input: { text: 'Ruiz called the offer “final” – twice.', publishedAt: '2025-06-12', url: null, title: null, publisher: null } });
    const [withMark] = await collect(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(line)]), 2);
    expect(withMark).toEqual({ ...cp1252, encoding: 'utf-8' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(`${line}\n${line}\n`, 'utf16le')]);
    expect(await collect(utf16, 3)).toEqual([
      { ...cp1252, encoding: 'utf-16le' },
      { ...cp1252, name: 'wire.jsonl:2', encoding: 'utf-16le' },
    ]);
  });

  it('refuses a binary file by name and yields nothing from it', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(await collect(png, 4, 'photo.jsonl')).toEqual([{ name: 'photo.jsonl', error: BINARY_FILE_PROBLEM }]);
    expect(await collect(new Uint8Array(0), 4)).toEqual([]);
  });
});
