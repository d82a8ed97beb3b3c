import type { ExtractedStatement, TextEvidence } from '@parley/domain';
import { SPEAKER_RULES, type SpeakerRuleId } from './attribution/speaker-rules';
import { readArticle } from './extract-article';
import type { ArticleInput } from './input';

/** Why the extractor credits a statement to its speaker: the rule that decided and the words it read. */
export interface StatementTrace {
  statement: ExtractedStatement;
  rule: SpeakerRuleId | null;
  summary: string | null;
  source: TextEvidence | null;
  cue: TextEvidence | null;
}

const SUMMARIES = new Map<string, string>(SPEAKER_RULES.map((rule) => [rule.id, rule.summary]));

/**
 * The statements of an article, each with the speaker rule that decided it. Runs the same
 * extraction as `extractArticle`, which keeps no trace of its own.
 */
export function explainStatements(input: ArticleInput): StatementTrace[] {
  const { extraction, attributions } = readArticle(input);
  const byStart = new Map(attributions.map((attribution) => [attribution.quote.start, attribution]));
  return extraction.statements.map((statement) => {
    const attribution = statement.span ? byStart.get(statement.span.start) : undefined;
    const rule = attribution?.rule ?? null;
    return { statement, rule, summary: rule ? (SUMMARIES.get(rule) ?? null) : null, source: statement.source ?? null, cue: statement.cue ?? null };
  });
}
