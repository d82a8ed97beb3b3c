import type {
  Channel,
  EventMedium,
  EventStatus,
  PersonKind,
  PolicyActionKind,
  PolicyActionStatus,
  StatementKind,
} from './values';

/**
 * What one article says, in the shape of the annotated corpus (`corpus/FORMAT.md`):
 * the extractor produces it, the scorer compares it with gold files, the seed loader
 * reads a curated one, and the graph writer merges it into the database.
 * Names refer to `people[].name`; ids (`call:1`, `action:2`) are local to the article.
 */
export interface Extraction {
  id?: string;
  article: ExtractedArticle;
  people: ExtractedPerson[];
  statements: ExtractedStatement[];
  calls: ExtractedCall[];
  meetings?: ExtractedMeeting[];
  policyActions: ExtractedPolicyAction[];
}

export interface ExtractedArticle {
  /** Path of the article text, relative to the annotation file (gold files only). */
  file?: string;
  /** The date relative dates resolve against, `YYYY-MM-DD`. */
  publishedAt: string | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
}

export interface ExtractedRole {
  title: string;
  /** Country or organisation ("Canada", "Liberal Party"). */
  of: string | null;
  current: boolean;
  since?: string | null;
  until?: string | null;
}

export interface ExtractedPerson {
  name: string;
  aliases: string[];
  roles: ExtractedRole[];
  /** Defaults to `individual`; institutional speakers are `institution`. */
  kind?: PersonKind;
}

/** Half-open character range `[start, end)` of the quoted words in the article text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Words of the article and where they stand: a speaker's mention ("Molitor", "he") or a cue ("told reporters"). */
export interface TextEvidence extends TextSpan {
  text: string;
}

export interface ExtractedStatement {
  speaker: string | null;
  text: string;
  kind: StatementKind;
  channel: Channel;
  date: string | null;
  /** Ids of the calls, meetings and policy actions the statement is about. */
  about?: string[];
  optional?: boolean;
  span?: TextSpan;
  /** The mention the speaker was read from; null when no words of the article name the speaker. */
  source?: TextEvidence | null;
  /** The words that report the speech ("says", "told reporters"); null when none do. */
  cue?: TextEvidence | null;
  note?: string;
}

export interface ExtractedCall {
  id: string;
  participants: string[];
  initiator: string | null;
  date: string | null;
  /** Local time of day, `HH:MM`, when the article gives it. */
  time?: string | null;
  medium: EventMedium | null;
  status: EventStatus;
  location?: string | null;
  optional?: boolean;
  note?: string;
}

export interface ExtractedMeeting {
  id: string;
  participants: string[];
  initiator?: string | null;
  date: string | null;
  time?: string | null;
  medium?: EventMedium | null;
  status: EventStatus;
  location?: string | null;
  optional?: boolean;
  note?: string;
}

export interface ExtractedPolicyAction {
  id: string;
  kind: PolicyActionKind;
  /** Country or countries taking the action ("Canada", "Norland and Valdoria"). */
  actor: string | null;
  announcedBy: string | null;
  target: string | null;
  ratePercent: number | null;
  effectiveDate: string | null;
  status: PolicyActionStatus;
  inResponseTo?: string | null;
  /** Negotiations: the people or countries taking part. */
  participants?: string[];
  optional?: boolean;
  note?: string;
}

/** An empty extraction for an article, the answer when a text holds nothing to extract. */
export function emptyExtraction(article: ExtractedArticle): Extraction {
  return { article, people: [], statements: [], calls: [], meetings: [], policyActions: [] };
}
