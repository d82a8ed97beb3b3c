import type { Extraction, ExtractedStatement, TextSpan } from '@parley/domain';
import type { GoldAttribution } from './brat';
import { goldQuotes, type GoldQuote } from './gold-quotes';
import { carriesName, namedSurname } from './named-source';

/** Counts of one article (or a sum of articles) against PolNeAR. */
export interface PolnearTally {
  predicted: number;
  gold: number;
  matched: number;
  /** Matched quotations whose attribution names a Source. */
  sourced: number;
  sourceRight: number;
  /** Matched quotations whose Source is one person's name. */
  named: number;
  speakerRight: number;
}

export type PolnearFindingKind = 'missed_quote' | 'extra_quote' | 'wrong_source' | 'wrong_speaker';

export interface PolnearFinding {
  kind: PolnearFindingKind;
  /** The quotation, shortened. */
  text: string;
  expected?: string;
  predicted?: string;
}

export interface PolnearScore extends PolnearTally {
  article: string;
  publisher: string;
  findings: PolnearFinding[];
}

export interface PolnearArticle {
  name: string;
  publisher: string;
  text: string;
  attributions: readonly GoldAttribution[];
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

const SHOWN = 70;
function excerpt(text: string, span: TextSpan): string {
  const words = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  return words.length > SHOWN ? `${words.slice(0, SHOWN)}…` : words;
}

function describeSource(statement: ExtractedStatement): string {
  return statement.source ? `"${statement.source.text}" → ${statement.speaker ?? 'nobody'}` : (statement.speaker ?? 'nobody');
}

/**
 * Scores an extraction against one PolNeAR article: quote precision and recall over the
 * quotation-mark spans that an annotated Content holds, source-mention accuracy (the
 * statement's `source` overlaps the annotated Source) and, where the Source is a person's
 * name, speaker accuracy (the resolved person carries that name).
 */
export function scorePolnearArticle(extraction: Extraction, article: PolnearArticle): PolnearScore {
  const quotes = goldQuotes(article.text, article.attributions);
  const attributed = quotes.filter((quote) => quote.attribution !== null);
  const statements = extraction.statements.filter((statement) => !statement.optional && statement.span);
  const score: PolnearScore = { article: article.name, publisher: article.publisher, predicted: 0, gold: attributed.length, matched: 0, sourced: 0, sourceRight: 0, named: 0, speakerRight: 0, findings: [] };
  const found = new Set<GoldQuote>();
  for (const statement of statements) {
    const span = statement.span as TextSpan;
    const quote = quotes.find((candidate) => overlaps(candidate, span));
    if (quote && !quote.attribution) continue;
    score.predicted += 1;
    if (!quote?.attribution || found.has(quote)) {
      score.findings.push({ kind: 'extra_quote', text: excerpt(article.text, span), predicted: describeSource(statement) });
      continue;
    }
    found.add(quote);
    score.matched += 1;
    const source = quote.attribution.source;
    if (!source) continue;
    score.sourced += 1;
    const sourceRight = statement.source ? overlaps(statement.source, source) : false;
    if (sourceRight) score.sourceRight += 1;
    else score.findings.push({ kind: 'wrong_source', text: excerpt(article.text, quote), expected: source.text, predicted: describeSource(statement) });
    const surname = namedSurname(source.text);
    if (!surname) continue;
    score.named += 1;
    if (carriesName(statement.speaker, extraction.people, surname)) score.speakerRight += 1;
    else score.findings.push({ kind: 'wrong_speaker', text: excerpt(article.text, quote), expected: source.text, predicted: describeSource(statement) });
  }
  for (const quote of attributed) {
    if (!found.has(quote)) score.findings.push({ kind: 'missed_quote', text: excerpt(article.text, quote), expected: quote.attribution?.source?.text ?? 'no source' });
  }
  return score;
}

export function addTallies(rows: readonly PolnearTally[]): PolnearTally {
  const total: PolnearTally = { predicted: 0, gold: 0, matched: 0, sourced: 0, sourceRight: 0, named: 0, speakerRight: 0 };
  for (const row of rows) {
    for (const key of Object.keys(total) as Array<keyof PolnearTally>) total[key] += row[key];
  }
  return total;
}
