import { XMLParser } from 'fast-xml-parser';
import type { ArticleInput } from '@parley/domain';
import { htmlFragmentText } from './html';

/** One item of a feed, as an article, or why it cannot be one. */
export type FeedItem = { article: ArticleInput } | { error: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  processEntities: true,
  htmlEntities: true,
});

type XmlNode = Record<string, unknown>;

function list(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as XmlNode[];
}

/** The text of an element that may carry attributes (`<title type="html">…</title>`). */
function textOf(value: unknown): string | null {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as XmlNode)['#text']);
  return null;
}

/** RFC 822 (RSS) or ISO 8601 (Atom) to a calendar day, as the feed's writer saw it. */
function dayOf(value: string | null): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString().slice(0, 10);
}

function articleFrom(fields: { body: string | null; title: string | null; link: string | null; date: string | null; publisher: string | null }): FeedItem {
  const text = fields.body ? htmlFragmentText(fields.body) : '';
  if (!text) return { error: 'has no content or description' };
  return { article: { text, title: fields.title ? htmlFragmentText(fields.title) : null, url: fields.link, publishedAt: dayOf(fields.date), publisher: fields.publisher } };
}

function atomLink(entry: XmlNode): string | null {
  const links = list(entry['link']);
  const alternate = links.find((link) => !link['@rel'] || link['@rel'] === 'alternate') ?? links[0];
  return textOf(alternate?.['@href']);
}

/**
 * The items of an RSS 2.0 or Atom feed, each an article: its content (or description,
 * or summary) as text, its link, date and title; the feed's title is the publisher.
 * Returns null when the XML is neither.
 */
export function readFeed(xml: string): FeedItem[] | null {
  let document: XmlNode;
  try {
    document = parser.parse(xml, true) as XmlNode;
  } catch {
    return null;
  }
  const channel = (document['rss'] as XmlNode | undefined)?.['channel'] as XmlNode | undefined;
  if (channel) {
    const publisher = textOf(channel['title']);
    return list(channel['item']).map((item) =>
      articleFrom({
        body: textOf(item['content:encoded']) ?? textOf(item['description']),
        title: textOf(item['title']),
        link: textOf(list(item['link'])[0]),
        date: textOf(item['pubDate']) ?? textOf(item['dc:date']),
        publisher,
      }),
    );
  }
  const feed = document['feed'] as XmlNode | undefined;
  if (feed) {
    const publisher = textOf(feed['title']);
    return list(feed['entry']).map((entry) =>
      articleFrom({
        body: textOf(entry['content']) ?? textOf(entry['summary']),
        title: textOf(entry['title']),
        link: atomLink(entry),
        date: textOf(entry['published']) ?? textOf(entry['updated']),
        publisher,
      }),
    );
  }
  return null;
}
