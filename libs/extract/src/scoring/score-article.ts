import type { ExtractedCall, ExtractedStatement, Extraction } from '@parley/domain';
import { GoldNames } from './gold-names';
import { matchQuotes } from './match-quotes';

export interface Tally {
  hits: number;
  total: number;
}

/** What went wrong in one article, for a reader fixing the extractor. */
export interface ScoreFinding {
  kind: 'missed_quote' | 'extra_quote' | 'wrong_speaker' | 'wrong_date' | 'missed_call' | 'extra_call';
  text: string;
  expected?: string | null;
  predicted?: string | null;
}

/** Counts for one article, as FORMAT.md's Scoring section defines them. */
export interface ArticleScore {
  article: string;
  quotePrecision: Tally;
  quoteRecall: Tally;
  speakerAccuracy: Tally;
  callPrecision: Tally;
  callRecall: Tally;
  dateAccuracy: Tally;
  findings: ScoreFinding[];
}

function directOnly(statements: readonly ExtractedStatement[]): ExtractedStatement[] {
  return statements.filter((statement) => statement.kind === 'direct');
}

/** Scores one predicted extraction against its gold annotation. */
export function scoreArticle(predicted: Extraction, gold: Extraction, article = gold.id ?? gold.article.file ?? 'article'): ArticleScore {
  const names = new GoldNames(gold.people);
  const findings: ScoreFinding[] = [];
  const quotes = scoreQuotes(directOnly(predicted.statements), directOnly(gold.statements), names, findings);
  const calls = scoreCalls(predicted.calls, gold.calls, names, findings);
  return {
    article,
    quotePrecision: quotes.precision,
    quoteRecall: quotes.recall,
    speakerAccuracy: quotes.speakers,
    callPrecision: calls.precision,
    callRecall: calls.recall,
    dateAccuracy: { hits: quotes.dates.hits + calls.recall.hits, total: quotes.dates.total + calls.recall.hits },
    findings,
  };
}

function scoreQuotes(predicted: ExtractedStatement[], gold: ExtractedStatement[], names: GoldNames, findings: ScoreFinding[]) {
  const pairs = matchQuotes(gold, predicted);
  const goldOfPrediction = new Map(pairs.map((pair) => [pair.predicted, pair.gold]));
  const matchedGold = new Set(pairs.map((pair) => pair.gold));
  const counted = pairs.filter((pair) => !gold[pair.gold]?.optional);
  const optionalHits = pairs.length - counted.length;
  const speakers: Tally = { hits: 0, total: counted.length };
  const dates: Tally = { hits: 0, total: counted.length };

  for (const pair of counted) {
    const expected = gold[pair.gold] as ExtractedStatement;
    const actual = predicted[pair.predicted] as ExtractedStatement;
    if (names.sameSpeaker(actual.speaker, expected.speaker)) speakers.hits += 1;
    else findings.push({ kind: 'wrong_speaker', text: expected.text, expected: expected.speaker, predicted: actual.speaker });
    if (actual.date === expected.date) dates.hits += 1;
    else findings.push({ kind: 'wrong_date', text: expected.text, expected: expected.date, predicted: actual.date });
  }
  gold.forEach((statement, index) => {
    if (!statement.optional && !matchedGold.has(index)) findings.push({ kind: 'missed_quote', text: statement.text, expected: statement.speaker });
  });
  predicted.forEach((statement, index) => {
    if (!goldOfPrediction.has(index)) findings.push({ kind: 'extra_quote', text: statement.text, predicted: statement.speaker });
  });

  return {
    precision: { hits: counted.length, total: predicted.length - optionalHits },
    recall: { hits: counted.length, total: gold.filter((statement) => !statement.optional).length },
    speakers,
    dates,
  };
}

function scoreCalls(predicted: readonly ExtractedCall[], gold: readonly ExtractedCall[], names: GoldNames, findings: ScoreFinding[]) {
  const key = (call: ExtractedCall) => `${names.participantSet(call.participants)}@${call.date ?? 'null'}`;
  const goldKeys = gold.map(key);
  const usedGold = new Set<number>();
  let matched = 0;
  let matchedOptional = 0;
  predicted.forEach((call) => {
    const callKey = key(call);
    const free = (index: number) => !usedGold.has(index) && goldKeys[index] === callKey;
    const required = gold.findIndex((candidate, index) => !candidate.optional && free(index));
    const goldIndex = required !== -1 ? required : gold.findIndex((_, index) => free(index));
    if (goldIndex === -1) {
      findings.push({ kind: 'extra_call', text: `${call.participants.join(' + ')} on ${call.date ?? 'unknown date'}` });
      return;
    }
    usedGold.add(goldIndex);
    if (gold[goldIndex]?.optional) matchedOptional += 1;
    else matched += 1;
  });
  gold.forEach((call, index) => {
    if (!call.optional && !usedGold.has(index)) {
      findings.push({ kind: 'missed_call', text: `${call.participants.join(' + ')} on ${call.date ?? 'unknown date'}` });
    }
  });
  return {
    precision: { hits: matched, total: predicted.length - matchedOptional },
    recall: { hits: matched, total: gold.filter((call) => !call.optional).length },
  };
}
