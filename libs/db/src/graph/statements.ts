import { isValidSpan, locateQuote, quoteKey, toStoredValue, type ExtractedStatement, type TextEvidence, type TextSpan } from '@parley/domain';
import { InputError } from '../errors';
import type { People } from './people';
import type { Landed, Tx } from './transaction';

export interface StatementLinks {
  eventIds: number[];
  policyActionIds: number[];
}

/**
 * Where each statement's words sit in the article: the span the extraction gives, checked
 * against the text, else the next occurrence after the previous quote.
 */
export function placeStatements(text: string, statements: ExtractedStatement[]): TextSpan[] {
  let cursor = 0;
  return statements.map((statement, index) => {
    const field = `statements[${index}]`;
    if (statement.span) {
      if (!isValidSpan(text, statement.span) || text.slice(statement.span.start, statement.span.end) !== statement.text) {
        throw new InputError(`${field}.span`, `[${statement.span.start}, ${statement.span.end}) does not hold the quoted text "${statement.text}"`);
      }
      cursor = statement.span.end;
      return statement.span;
    }
    const span = locateQuote(text, statement.text, cursor);
    if (!span) throw new InputError(`${field}.text`, `"${statement.text}" does not occur in the article text`);
    cursor = span.end;
    return span;
  });
}

/** A quotation's attribution as stored beside its span. */
export interface StoredAttribution {
  sourceText: string | null;
  sourceStart: number | null;
  sourceEnd: number | null;
  cueText: string | null;
  cueStart: number | null;
  cueEnd: number | null;
}

function checkedEvidence(text: string, evidence: TextEvidence | null | undefined, field: string): TextEvidence | null {
  if (!evidence) return null;
  if (!isValidSpan(text, evidence) || text.slice(evidence.start, evidence.end) !== evidence.text) {
    throw new InputError(field, `[${evidence.start}, ${evidence.end}) does not hold "${evidence.text}"`);
  }
  return evidence;
}

/** The words each statement's speaker was read from and its cue, checked against the text. */
export function attributeStatements(text: string, statements: ExtractedStatement[]): StoredAttribution[] {
  return statements.map((statement, index) => {
    const source = checkedEvidence(text, statement.source, `statements[${index}].source`);
    const cue = checkedEvidence(text, statement.cue, `statements[${index}].cue`);
    return {
      sourceText: source?.text ?? null,
      sourceStart: source?.start ?? null,
      sourceEnd: source?.end ?? null,
      cueText: cue?.text ?? null,
      cueStart: cue?.start ?? null,
      cueEnd: cue?.end ?? null,
    };
  });
}

/**
 * Writes a statement with its source, or adds this article as one more source of the same
 * words by the same speaker already in the graph.
 */
export async function landStatement(
  tx: Tx,
  people: People,
  statement: ExtractedStatement,
  source: { articleId: number; span: TextSpan; attribution: StoredAttribution },
  links: StatementLinks,
): Promise<Landed> {
  const speakerId = statement.speaker ? (await people.resolve(statement.speaker)).id : null;
  const textKey = quoteKey(statement.text);
  const connect = {
    events: { connect: links.eventIds.map((id) => ({ id })) },
    policyActions: { connect: links.policyActionIds.map((id) => ({ id })) },
  };
  const sourceRow = { articleId: source.articleId, start: source.span.start, end: source.span.end, ...source.attribution };

  const same = await tx.statement.findFirst({ where: { textKey, speakerId }, select: { id: true, saidOn: true }, orderBy: { id: 'asc' } });
  if (same) {
    await tx.statement.update({
      where: { id: same.id },
      data: { saidOn: same.saidOn ?? statement.date, sources: { create: sourceRow }, ...connect },
    });
    return { id: same.id, created: false };
  }

  const created = await tx.statement.create({
    data: {
      text: statement.text,
      textKey,
      kind: toStoredValue(statement.kind),
      channel: toStoredValue(statement.channel),
      saidOn: statement.date,
      speakerId,
      sources: { create: sourceRow },
      ...connect,
    },
    select: { id: true },
  });
  return { id: created.id, created: true };
}
