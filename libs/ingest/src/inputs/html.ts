import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleInput } from '@parley/domain';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlElement = NonNullable<ReturnType<HtmlDocument['querySelector']>>;

function squeeze(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** An element's text as paragraphs: one per block element, blank lines between. */
function paragraphsOf(root: HtmlElement): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((block) => !block.parentElement?.closest(BLOCKS));
  const paragraphs = (blocks.length > 0 ? blocks : [root]).map((block) => squeeze(block.textContent)).filter(Boolean);
  return paragraphs.join('\n\n');
}

/** Text of HTML markup (a feed item's content, a fragment): entities decoded, paragraphs kept. */
export function htmlFragmentText(markup: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return paragraphsOf(document.body as HtmlElement);
}

function meta(document: HtmlDocument, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = squeeze(element?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

function jsonLdField(document: HtmlDocument, field: 'datePublished' | 'headline' | 'url'): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const graph = Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] } | null)?.['@graph'] ?? [])];
    for (const node of graph) {
      const value = (node as Record<string, unknown> | null)?.[field];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
  }
  return null;
}

function publishedAtOf(document: HtmlDocument): string | null {
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  return meta(document, 'article:published_time', 'datePublished', 'date', 'DC.date.issued') ?? jsonLdField(document, 'datePublished') ?? (squeeze(time) || null);
}

function urlOf(document: HtmlDocument): string | null {
  const canonical = squeeze(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  const url = canonical || meta(document, 'og:url') || jsonLdField(document, 'url');
  return url && /^https?:\/\//.test(url) ? url : null;
}

/**
 * A saved article page read as Parley stores it: the body found by Readability, as
 * paragraphs of plain text, with the title, byline, publisher, publication date (the
 * page's `article:published_time`, JSON-LD `datePublished` or first `<time>`) and URL.
 */
export function readHtmlArticle(html: string): ArticleInput & { byline: string | null } {
  const { document } = parseHTML(html);
  const publishedAt = publishedAtOf(document);
  const url = urlOf(document);
  const pageTitle = meta(document, 'og:title') ?? (squeeze(document.querySelector('title')?.textContent) || null);
  const publisher = meta(document, 'og:site_name', 'application-name');
  const article = new Readability(document as never, { charThreshold: 0 }).parse();
  let text = '';
  if (article?.content) {
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = paragraphsOf(body.body as HtmlElement);
  }
  if (!text) text = paragraphsOf(parseHTML(html).document.body as HtmlElement);
  const byline = squeeze(article?.byline) || null;
  if (byline && text.startsWith(`${byline}\n\n`)) text = text.slice(byline.length + 2);
  return {
    text,
    title: squeeze(article?.title) || pageTitle,
    publisher: squeeze(article?.siteName) || publisher,
    byline,
    publishedAt: squeeze(article?.publishedTime) || publishedAt,
    url,
  };
}
