/**
 * Inputs as newsrooms hold them, written here so the tests need no file from elsewhere:
 * a saved article page, an RSS 2.0 and an Atom feed.
 */
export const SAVED_PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ruiz and Venn speak by phone | The Norland Ledger</title>
<meta property="og:site_name" content="The Norland Ledger">
<meta property="article:published_time" content="2025-06-12T09:30:00+02:00">
<link rel="canonical" href="https://ledger.example/2025/06/ruiz-venn-call">
</head><body>
<nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/business">Business</a></nav>
<article>
<h1>Ruiz and Venn speak by phone</h1>
<p class="byline">By Liv Sandvik</p>
<p>Prime Minister Ana Ruiz of Norland and Valdorian President Tomas Venn spoke by phone on Tuesday, officials in both capitals said.</p>
<p>&ldquo;We had a frank and useful exchange,&rdquo; Ruiz told reporters on Wednesday, adding that trade officials would meet &amp; report within a month.</p>
<p>Venn&rsquo;s office called the conversation &ldquo;constructive&rdquo; in a statement.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Weather turns</a></li><li><a href="/b">Football results</a></li></ul></aside>
<footer>&copy; 2025 The Norland Ledger</footer>
</body></html>
`;

export const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Valdoria Today</title>
<link>https://valdoria.example/</link>
<item>
<title>Venn: tariffs &#8220;on the table&#8221;</title>
<link>https://valdoria.example/venn-tariffs</link>
<pubDate>Thu, 19 Jun 2025 16:45:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Valdorian President Tomas Venn said on Thursday that new tariffs were &ldquo;on the table&rdquo;.</p><p>He spoke to reporters in Ostrava.</p>]]></content:encoded>
</item>
<item>
<title>Ruiz answers</title>
<link>https://valdoria.example/ruiz-answers</link>
<pubDate>Fri, 20 Jun 2025 08:00:00 GMT</pubDate>
<description>Prime Minister Ana Ruiz of Norland said on Friday that Norland would &quot;answer in kind&quot;.</description>
</item>
<item>
<title>Photo gallery</title>
<link>https://valdoria.example/gallery</link>
</item>
</channel>
</rss>
`;

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Norland Wire</title>
<entry>
<title type="html">Castell on the fishing talks</title>
<link rel="alternate" href="https://wire.example/castell-fishing"/>
<published>2025-07-02T11:00:00Z</published>
<content type="html">&lt;p&gt;Trade Minister Mira Castell said the fishing talks were &amp;ldquo;nearly done&amp;rdquo;.&lt;/p&gt;</content>
</entry>
</feed>
`;

/** Text as a Windows-1252 newsroom system writes it: curly quotes and accents as single bytes. */
export function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u20ac': 0x80 };
  return Uint8Array.from([...text].map((character) => {
    const code = special[character] ?? character.charCodeAt(0);
    if (code > 0xff) throw new Error(`${character} has no Windows-1252 byte`);
    return code;
  }));
}

/** A second report of the call dev-01 tells (Ruiz and Venn, 10 June 2025), with words of its own. */
export const RUIZ_VENN_FOLLOW_UP = {
  text: [
    'Prime Minister Ana Ruiz of Norland and Valdorian President Tomas Venn spoke by phone on Tuesday, officials in both capitals said.',
    '',
    '“We had a useful exchange,” Ruiz told reporters on Friday.',
  ].join('\n'),
  publishedAt: '2025-06-13',
  url: 'https://news.example/ruiz-venn-follow-up',
};
