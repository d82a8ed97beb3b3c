import { ANNOTATION_PROBLEM } from './json-articles';
import { ATOM_FEED, RSS_FEED, SAVED_PAGE, windows1252 } from '../testing';
import { BINARY_FILE_PROBLEM, NO_TEXT_PROBLEM, readArticles } from './read-input';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a saved web page', () => {
  it('gives the article body as paragraphs, entities decoded, with its title, publisher, date and URL', () => {
    const [source] = readArticles(utf8(SAVED_PAGE), 'ruiz-venn.html', 'html');
    expect(source).toEqual({
      name: 'ruiz-venn.html',
      encoding: 'utf-8',
      input: {
        text: [
          'Prime Minister Ana Ruiz of Norland and Valdorian President Tomas Venn spoke by phone on Tuesday, officials in both capitals said.',
          '“We had a frank and useful exchange,” Ruiz told reporters on Wednesday, adding that trade officials would meet & report within a month.',
          'Venn’s office called the conversation “constructive” in a statement.',
        ].join('\n\n'),
        title: 'Ruiz and Venn speak by phone',
        publisher: 'The Norland Ledger',
        publishedAt: '2025-06-12T09:30:00+02:00',
        url: 'https://ledger.example/2025/06/ruiz-venn-call',
      },
    });
  });

  it('takes the date from JSON-LD or a <time> when the page has no article:published_time', () => {
    const withoutMeta = SAVED_PAGE.replace(/<meta property="article:published_time"[^>]*>/, '');
    const jsonLd = withoutMeta.replace('</head>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-11"}</script></head>');
    const time = withoutMeta.replace('<p class="byline">', '<p><time datetime="2025-06-10">10 June</time></p><p class="byline">');
    expect(readArticles(utf8(jsonLd), 'page.html', 'html')).toEqual([expect.objectContaining({ input: expect.objectContaining({ publishedAt: '2025-06-11' }) })]);
    expect(readArticles(utf8(time), 'page.html', 'html')).toEqual([expect.objectContaining({ input: expect.objectContaining({ publishedAt: '2025-06-10' }) })]);
  });

  it('is recognised by its content when it comes without a name', () => {
    const [source] = readArticles(utf8(SAVED_PAGE), 'stdin', null);
    expect(source && 'input' in source && source.input.title).toBe('Ruiz and Venn speak by phone');
  });
});

describe('feeds', () => {
  it('make each RSS item an article, its content or description as text; an empty item is refused by number', () => {
    expect(readArticles(utf8(RSS_FEED), 'valdoria.rss', 'feed')).toEqual([
      {
        name: 'valdoria.rss#1',
        encoding: 'utf-8',
        input: { text: 'Valdorian President Tomas Venn said on Thursday that new tariffs were “on the table”.\n\nHe spoke to reporters in Ostrava.', title: 'Venn: tariffs “on the table”', url: 'https://valdoria.example/venn-tariffs', publishedAt: '2025-06-19', publisher: 'Valdoria Today' },
      },
      {
        name: 'valdoria.rss#2',
        encoding: 'utf-8',
        input: { text: 'Prime Minister Ana Ruiz of Norland said on Friday that Norland would "answer in kind".', title: 'Ruiz answers', url: 'https://valdoria.example/ruiz-answers', publishedAt: '2025-06-20', publisher: 'Valdoria Today' },
      },
      { name: 'valdoria.rss#3', error: 'has no content or description' },
    ]);
  });

  it('make each Atom entry an article', () => {
    expect(readArticles(utf8(ATOM_FEED), 'wire.atom', 'feed')).toEqual([
      {
        name: 'wire.atom#1',
        encoding: 'utf-8',
        input: { text: 'Trade Minister Mira Castell said the fishing talks were “nearly done”.', title: 'Castell on the fishing talks', url: 'https://wire.example/castell-fishing', publishedAt: '2025-07-02T11:00:00Z', publisher: 'Norland Wire' },
      },
    ]);
  });

  it('refuse XML that is neither RSS nor Atom', () => {
    expect(readArticles(utf8('<?xml version="1.0"?><catalog><book/></catalog>'), 'books.xml', 'feed')).toEqual([{ name: 'books.xml', error: 'is not an RSS 2.0 or Atom feed' }]);
  });
});

describe('JSON', () => {
  const article = { text: 'Ruiz said “yes”.', publishedAt: '2025-06-12', url: 'https://news.example/a', title: 'Yes', publisher: 'Ledger' };

  it('reads an array of articles, numbering each, with HTML read as a page', () => {
    const content = JSON.stringify([article, { html: SAVED_PAGE }, { title: 'no body' }]);
    expect(readArticles(utf8(content), 'export.json', 'json')).toEqual([
      { name: 'export.json:1', encoding: 'utf-8', input: article },
      { name: 'export.json:2', encoding: 'utf-8', input: expect.objectContaining({ title: 'Ruiz and Venn speak by phone', publishedAt: '2025-06-12T09:30:00+02:00' }) },
      { name: 'export.json:3', error: 'has neither a "text" nor an "html" string' },
    ]);
  });

  it('reads JSON Lines, one article a line', () => {
    const content = `${JSON.stringify(article)}\n\n{ broken\n${JSON.stringify({ ...article, text: 7 })}\n`;
    expect(readArticles(utf8(content), 'feed.jsonl', 'json-lines')).toEqual([
      { name: 'feed.jsonl:1', encoding: 'utf-8', input: article },
      { name: 'feed.jsonl:3', error: expect.stringMatching(/^is not valid JSON \(/) },
      { name: 'feed.jsonl:4', error: '"text" is not a string' },
    ]);
  });

  it('reads one article object spread over several lines, or JSON Lines, from a source without a name', () => {
    expect(readArticles(utf8(JSON.stringify(article, null, 2)), 'stdin', null)).toEqual([{ name: 'stdin', encoding: 'utf-8', input: article }]);
    expect(readArticles(utf8(`${JSON.stringify(article)}\n${JSON.stringify(article)}\n`), 'stdin', null)).toEqual([
      { name: 'stdin:1', encoding: 'utf-8', input: article },
      { name: 'stdin:2', encoding: 'utf-8', input: article },
    ]);
  });

  it('refuses an annotation file of the corpus by name, with the reason', () => {
    const gold = JSON.stringify({ id: 'dev-05', article: { file: 'dev-05.txt', publishedAt: '2025-03-06' }, people: [], statements: [], calls: [] });
    expect(readArticles(utf8(gold), 'dev-05.json', 'json')).toEqual([{ name: 'dev-05.json', error: ANNOTATION_PROBLEM }]);
  });
});

describe('encodings', () => {
  const text = 'Ruiz said the offer was “final” – José Ortega agreed.';

  it('reads Windows-1252, UTF-8 with a BOM and UTF-16 with a BOM to the same text, naming the encoding', () => {
    const utf16le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const utf16be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    const inputs: Array<[Uint8Array, string]> = [
      [windows1252(text), 'windows-1252'],
      [Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]), 'utf-8'],
      [utf8(text), 'utf-8'],
      [utf16le, 'utf-16le'],
      [utf16be, 'utf-16be'],
    ];
    for (const [bytes, encoding] of inputs) {
      expect(readArticles(bytes, 'a.txt', 'text', { publishedAt: '2025-06-12' })).toEqual([{ name: 'a.txt', encoding, input: { text, publishedAt: '2025-06-12' } }]);
    }
  });

  it('refuses binary files and files with no text', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(readArticles(png, 'photo.txt', 'text')).toEqual([{ name: 'photo.txt', error: BINARY_FILE_PROBLEM }]);
    expect(readArticles(utf8(' \n\n '), 'blank.txt', 'text')).toEqual([{ name: 'blank.txt', error: NO_TEXT_PROBLEM }]);
    expect(readArticles(utf8('<html><body><nav></nav></body></html>'), 'empty.html', 'html')).toEqual([{ name: 'empty.html', error: NO_TEXT_PROBLEM }]);
  });
});
