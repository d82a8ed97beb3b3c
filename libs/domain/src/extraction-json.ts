import { isIsoDate } from './dates';
import type { Extraction } from './extraction';
import {
  CHANNELS,
  EVENT_MEDIA,
  EVENT_STATUSES,
  isOneOf,
  PERSON_KINDS,
  POLICY_ACTION_KINDS,
  POLICY_ACTION_STATUSES,
  STATEMENT_KINDS,
} from './values';

/** A JSON extraction that does not have the corpus format, with the path of the faulty value. */
export class ExtractionFormatError extends Error {
  override readonly name = 'ExtractionFormatError';

  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ExtractionFormatError(path, 'must be an object');
  return value as Json;
}

function list(value: unknown, path: string, optional = false): unknown[] {
  if (optional && value === undefined) return [];
  if (!Array.isArray(value)) throw new ExtractionFormatError(path, 'must be an array');
  return value;
}

function text(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ExtractionFormatError(path, 'must be a non-empty string');
  return value;
}

function nullableText(value: unknown, path: string): void {
  if (value !== null && value !== undefined) text(value, path);
}

function nullableDate(value: unknown, path: string): void {
  if (value !== null && value !== undefined && !isIsoDate(value)) {
    throw new ExtractionFormatError(path, `${JSON.stringify(value)} is not a date in the form YYYY-MM-DD`);
  }
}

function oneOf(values: readonly string[], value: unknown, path: string, nullable = false): void {
  if (nullable && (value === null || value === undefined)) return;
  if (!isOneOf(values, value)) throw new ExtractionFormatError(path, `${JSON.stringify(value)} is not one of ${values.join(', ')}`);
}

function names(value: unknown, path: string, optional = false): void {
  list(value, path, optional).forEach((name, index) => text(name, `${path}[${index}]`));
}

/** A `{start, end}` range (with `text`: the words at it, a speaker’s mention or a cue), or null or absent. */
function span(value: unknown, path: string, withText: boolean): void {
  if (value === null || value === undefined) return;
  const range = object(value, path);
  for (const key of ['start', 'end'] as const) {
    const offset = range[key];
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
      throw new ExtractionFormatError(`${path}.${key}`, `${JSON.stringify(offset)} is not a character offset`);
    }
  }
  if ((range['start'] as number) > (range['end'] as number)) throw new ExtractionFormatError(path, 'starts after it ends');
  if (withText) text(range['text'], `${path}.text`);
}

/**
 * Reads an extraction in the corpus format (`corpus/FORMAT.md`): the gold files, the
 * curated seed, or the extractor's `--json` output. Checks every value it relies on.
 */
export function parseExtraction(json: string): Extraction {
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (error) {
    throw new ExtractionFormatError('$', `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const data = object(root, '$');
  const article = object(data['article'], 'article');
  nullableDate(article['publishedAt'], 'article.publishedAt');

  list(data['people'], 'people').forEach((entry, index) => {
    const person = object(entry, `people[${index}]`);
    text(person['name'], `people[${index}].name`);
    person['aliases'] ??= [];
    person['roles'] ??= [];
    names(person['aliases'], `people[${index}].aliases`, true);
    oneOf(PERSON_KINDS, person['kind'], `people[${index}].kind`, true);
    list(person['roles'], `people[${index}].roles`, true).forEach((roleEntry, roleIndex) => {
      const path = `people[${index}].roles[${roleIndex}]`;
      const role = object(roleEntry, path);
      text(role['title'], `${path}.title`);
      nullableText(role['of'], `${path}.of`);
      nullableDate(role['since'], `${path}.since`);
      nullableDate(role['until'], `${path}.until`);
    });
  });

  list(data['statements'], 'statements').forEach((entry, index) => {
    const path = `statements[${index}]`;
    const statement = object(entry, path);
    nullableText(statement['speaker'], `${path}.speaker`);
    text(statement['text'], `${path}.text`);
    oneOf(STATEMENT_KINDS, statement['kind'], `${path}.kind`);
    oneOf(CHANNELS, statement['channel'], `${path}.channel`);
    nullableDate(statement['date'], `${path}.date`);
    names(statement['about'], `${path}.about`, true);
    span(statement['span'], `${path}.span`, false);
    span(statement['source'], `${path}.source`, true);
    span(statement['cue'], `${path}.cue`, true);
  });

  const events = [...list(data['calls'], 'calls').map((entry, index) => [entry, `calls[${index}]`] as const),
    ...list(data['meetings'], 'meetings', true).map((entry, index) => [entry, `meetings[${index}]`] as const)];
  for (const [entry, path] of events) {
    const event = object(entry, path);
    text(event['id'], `${path}.id`);
    names(event['participants'], `${path}.participants`);
    nullableText(event['initiator'], `${path}.initiator`);
    nullableDate(event['date'], `${path}.date`);
    oneOf(EVENT_MEDIA, event['medium'], `${path}.medium`, true);
    oneOf(EVENT_STATUSES, event['status'], `${path}.status`);
  }

  list(data['policyActions'], 'policyActions').forEach((entry, index) => {
    const path = `policyActions[${index}]`;
    const action = object(entry, path);
    text(action['id'], `${path}.id`);
    oneOf(POLICY_ACTION_KINDS, action['kind'], `${path}.kind`);
    oneOf(POLICY_ACTION_STATUSES, action['status'], `${path}.status`);
    nullableDate(action['effectiveDate'], `${path}.effectiveDate`);
    const rate = action['ratePercent'];
    if (rate !== null && rate !== undefined && (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0)) {
      throw new ExtractionFormatError(`${path}.ratePercent`, `${JSON.stringify(rate)} is not a non-negative number`);
    }
    names(action['participants'], `${path}.participants`, true);
  });

  return data as unknown as Extraction;
}
