import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DEV = path.resolve(__dirname, '../../../../data/corpus/dev');

/** The development corpus's articles, without their date lines. */
function devBodies(): string[] {
  return readdirSync(DEV)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(DEV, file), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*\n/, ''));
}

/** An article of about `bytes` UTF-8 bytes (never more), made of the corpus's articles told again and again. */
export function articleOfSize(bytes: number, published = '2025-06-12'): string {
  const header = `date ${published}\n`;
  const bodies = devBodies();
  let text = header;
  for (let index = 0; ; index += 1) {
    const next = `${bodies[index % bodies.length]}\n\n`;
    if (Buffer.byteLength(text + next, 'utf8') > bytes) return text;
    text += next;
  }
}

/** An article of about `bytes` UTF-8 bytes (never more): one minister's remark, reported paragraph after paragraph. */
export function repetitiveArticleOfSize(bytes: number, published = '2025-06-12'): string {
  const paragraph = 'Trade Minister Jonas Hallberg said the list was “ready and lawful,” and that talks would resume on Monday.\n\n';
  const header = `date ${published}\n`;
  return header + paragraph.repeat(Math.floor((bytes - Buffer.byteLength(header)) / Buffer.byteLength(paragraph)));
}
