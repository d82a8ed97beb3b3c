import type { Channel, IsoDate } from '@parley/domain';
import type { FoundCall } from '../events/calls';
import type { Entity } from '../people/entities';
import type { ResolvedMentions } from '../people/resolve';
import { MASK, type ArticleDocument } from '../text/document';
import type { Range } from '../text/ranges';
import { channelCue } from './channels';
import { clauseDate, eventPhrases, shift, type ClauseDate } from './clause-dates';
import type { Attribution } from './speakers';
import { isSpeechVerb } from './speech-verbs';
import { subjectOfVerb } from './verb-subjects';

/** When and how a statement was made. */
export interface Placement {
  date: IsoDate | null;
  channel: Channel;
}

/** An occasion on which someone spoke, as the narrative reports it. */
interface Occasion {
  entity: Entity;
  paragraph: number;
  at: number;
  /** undefined: the narrative gives no date for it. */
  date: IsoDate | null | undefined;
  channel: Channel | null;
}

const SCENE_VERBS = new Set(['spoke', 'speaking', 'addressed', 'addressing', 'unveiled', 'delivered', 'issued', 'released', 'struck', 'gave']);
const OFFSET_WORDS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
const OFFSET = /\b(a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(after|before)\b/i;
const RECENT_PARAGRAPHS = 2;

/**
 * Dates and channels of statements, read like a wire story: the reporting clause's own
 * words first ("said on Friday", "in a statement"), then the paragraph's dateline, then
 * the speaker's last reported occasion, then the publication date (an undated "X said"
 * is that day's news).
 */
export class StatementPlacer {
  private readonly occasions = new Map<Entity, Occasion[]>();
  private latestDated: Occasion | null = null;
  private readonly latestInstitutionByCountry = new Map<string | null, Occasion>();
  private readonly placed = new Map<Attribution, Placement>();

  constructor(
    private readonly document: ArticleDocument,
    private readonly resolved: ResolvedMentions,
    private readonly calls: readonly FoundCall[],
    private readonly publishedAt: IsoDate | null,
  ) {}

  placeAll(attributions: readonly Attribution[]): Placement[] {
    let next = 0;
    this.document.sentences.forEach((sentence, index) => {
      this.recordNarrativeOccasions(sentence, index);
      while (next < attributions.length && (attributions[next] as Attribution).quote.open < sentence.end) {
        this.place(attributions[next] as Attribution);
        next += 1;
      }
    });
    return attributions.map((attribution) => this.place(attribution));
  }

  private place(attribution: Attribution, depth = 0): Placement {
    const known = this.placed.get(attribution);
    if (known) return known;
    let placement: Placement;
    if (attribution.optional) placement = { date: null, channel: 'unknown' };
    else if (attribution.inherited && depth < 4) placement = this.place(attribution.inherited, depth + 1);
    else placement = this.placeOwn(attribution);
    this.placed.set(attribution, placement);
    if (attribution.speaker && !attribution.optional) {
      this.remember({ entity: attribution.speaker, paragraph: attribution.quote.paragraph, at: attribution.quote.open, ...placement });
    }
    return placement;
  }

  private placeOwn(attribution: Attribution): Placement {
    const { quote, speaker } = attribution;
    const sentence = this.document.sentences[attribution.sentence];
    if (!sentence) return { date: this.publishedAt, channel: 'unknown' };
    const call = attribution.reportedTo && speaker ? this.callBetween(speaker, attribution.reportedTo) : null;
    if (call) return { date: call.date, channel: 'phone_call' };

    const verbAt = attribution.verb && attribution.verb.start < quote.open ? attribution.verb.start : null;
    const leadEnd = verbAt === null ? quote.open : this.complementStart(verbAt, quote.open);
    const lead = { start: sentence.start, end: leadEnd };
    const tail = { start: quote.close === null ? quote.end : quote.close + 1, end: sentence.end };
    const clauseText = this.document.narrative.slice(lead.start, lead.end) + this.document.narrative.slice(tail.start, tail.end);
    const channel = channelCue(clauseText) ?? this.recentOccasion(speaker, quote.paragraph, 'channel')?.channel ?? 'unknown';
    const date = this.dateOf(speaker, sentence, attribution.sentence, { lead, tail, verbAt }, quote.paragraph);
    return { date, channel };
  }

  private complementStart(verbAt: number, limit: number): number {
    const that = /\bthat\b/.exec(this.document.narrative.slice(verbAt, limit));
    return that ? verbAt + that.index : limit;
  }

  private dateOf(speaker: Entity | null, sentence: Range, sentenceIndex: number, clause: { lead: Range; tail: Range; verbAt: number | null }, paragraph: number): IsoDate | null {
    const { lead, tail, verbAt } = clause;
    const narrative = this.document.narrative;
    const offset = OFFSET.exec(narrative.slice(lead.start, lead.end));
    if (offset) {
      const base = clauseDate(narrative, { start: lead.start, end: lead.start + offset.index }, this.publishedAt);
      const days = OFFSET_WORDS[(offset[1] ?? '').toLowerCase()] ?? Number(offset[1]);
      const baseDate = base?.kind === 'day' ? base.date : this.publishedAt;
      return shift(baseDate, offset[2]?.toLowerCase() === 'after' ? -days : days);
    }
    const own = clauseDate(narrative, lead, this.publishedAt, { verbAt }) ?? clauseDate(narrative, tail, this.publishedAt);
    if (own) return this.resolveClauseDate(own, speaker);
    const dateline = this.paragraphDateline(sentence, sentenceIndex);
    if (dateline !== undefined) return dateline;
    const recent = this.recentOccasion(speaker, paragraph, 'date');
    if (recent) return recent.date ?? null;
    const sameCountry = speaker?.kind === 'institution' ? this.latestInstitutionByCountry.get(speaker.country) : undefined;
    return sameCountry?.date ?? this.publishedAt;
  }

  private resolveClauseDate(found: ClauseDate, speaker: Entity | null): IsoDate | null {
    if (found.kind === 'day') return found.date;
    if (found.kind === 'call') {
      const latest = [...this.calls].reverse().find((call) => call.at < found.at && (!speaker || call.participants.includes(speaker.principal ?? speaker)));
      return (latest ?? [...this.calls].reverse().find((call) => call.at < found.at))?.date ?? this.publishedAt;
    }
    if (found.kind === 'same_day_as_latest') return this.latestDated?.date ?? this.publishedAt;
    return this.publishedAt;
  }

  /** The date set by an earlier sentence of the same paragraph ("Norland’s cabinet yesterday approved …"). */
  private paragraphDateline(sentence: Range, sentenceIndex: number): IsoDate | null | undefined {
    const paragraph = this.document.sentences[sentenceIndex]?.paragraph;
    for (let index = sentenceIndex - 1; index >= 0; index -= 1) {
      const earlier = this.document.sentences[index];
      if (!earlier || earlier.paragraph !== paragraph || earlier.end > sentence.start) break;
      const phrase = eventPhrases(this.document.narrative, earlier).find((candidate) => candidate.precision === 'exact');
      if (phrase && this.publishedAt) return phrase.resolve(this.publishedAt, 'past');
    }
    return undefined;
  }

  /** The speaker's latest occasion in the last paragraphs that says what is wanted: its date or its channel. */
  private recentOccasion(speaker: Entity | null, paragraph: number, wanted: 'date' | 'channel'): Occasion | undefined {
    const occasions = speaker ? (this.occasions.get(speaker) ?? []) : [];
    for (let index = occasions.length - 1; index >= 0; index -= 1) {
      const occasion = occasions[index] as Occasion;
      if (occasion.paragraph < paragraph - RECENT_PARAGRAPHS) return undefined;
      if (wanted === 'date' ? occasion.date !== undefined : occasion.channel !== null) return occasion;
    }
    return undefined;
  }

  private remember(occasion: Occasion): void {
    const list = this.occasions.get(occasion.entity) ?? [];
    list.push(occasion);
    this.occasions.set(occasion.entity, list);
    if (occasion.date) this.latestDated = occasion;
    if (occasion.date && occasion.entity.kind === 'institution') this.latestInstitutionByCountry.set(occasion.entity.country, occasion);
  }

  private callBetween(speaker: Entity, other: Entity): FoundCall | undefined {
    const self = speaker.principal ?? speaker;
    return this.calls.find((call) => call.participants.includes(self) && call.participants.includes(other));
  }

  /** "Venn defended the order in a short statement released by his office on Wednesday": an occasion with no quotation. */
  private recordNarrativeOccasions(sentence: Range & { paragraph: number }, sentenceIndex: number): void {
    const narrative = this.document.narrative;
    if (narrative.slice(sentence.start, sentence.end).includes(MASK)) return;
    const mentions = this.resolved.bySentence[sentenceIndex] ?? [];
    const text = narrative.slice(sentence.start, sentence.end);
    for (const match of text.matchAll(/[\p{Ll}]+/gu)) {
      const word = match[0];
      if (!isSpeechVerb(word) && !SCENE_VERBS.has(word)) continue;
      const verbAt = sentence.start + match.index;
      const passive = /^\s+by\s/.test(text.slice(match.index + word.length, match.index + word.length + 4));
      const agent = passive
        ? mentions.find((mention) => mention.start >= verbAt + word.length && mention.start <= verbAt + word.length + 5)
        : subjectOfVerb(narrative, sentence, mentions, verbAt, word);
      const entity = agent?.entity;
      if (!entity) continue;
      const lead = { start: passive ? verbAt : sentence.start, end: this.complementStart(verbAt, sentence.end) };
      const clauseText = narrative.slice(lead.start, lead.end);
      const own = clauseDate(narrative, lead, this.publishedAt, { verbAt });
      const date = own ? this.resolveClauseDate(own, entity) : (this.paragraphDateline(sentence, sentenceIndex) ?? this.recentOccasion(entity, sentence.paragraph, 'date')?.date ?? this.publishedAt);
      this.remember({ entity, paragraph: sentence.paragraph, at: verbAt, date, channel: channelCue(clauseText) });
    }
  }
}
