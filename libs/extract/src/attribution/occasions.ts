import type { Channel, IsoDate } from '@parley/domain';
import type { FoundCall, FoundEvent } from '../events/calls';
import type { Entity } from '../people/entities';
import type { ResolvedMentions } from '../people/resolve';
import { sentenceIndexAt, type ArticleDocument } from '../text/document';
import type { Range } from '../text/ranges';
import type { Sentence } from '../text/sentences';
import { channelCue, sceneOfRemarks } from './channels';
import { leadInDate } from './lead-in-dates';
import { LedeChannels } from './lede-channels';
import { OccasionMemory, type Occasion } from './occasion-memory';
import { countsFromCall, eventPhrases, offsetIn, shift, zonesDate, type ClauseDate } from './clause-dates';
import type { OccasionCue } from './occasion-cues';
import { saidZones, verblessLead } from './lead-zones';
import { adjunctsEnd, introducingZone, tailZone } from './said-zones';
import type { Attribution } from './speakers';

/** What placing statements needs to know of the article: its text, people, events and dates. */
export interface PlacingContext {
  document: ArticleDocument;
  resolved: ResolvedMentions;
  calls: readonly FoundCall[];
  meetings: readonly FoundEvent[];
  publishedAt: IsoDate | null;
  /** The day of the latest sentence before an offset that dates its event. */
  latestDateBefore: (at: number) => IsoDate | null;
  /** The occasions each sentence's narrative reports. */
  cues: ReadonlyArray<readonly OccasionCue[]>;
}

/** When and how a statement was made. */
export interface Placement {
  date: IsoDate | null;
  channel: Channel;
}

const READOUT_WORDS = /\b(?:readout|during the call|on the call|in the call)\b/i;
/** "…, according to the statement": a leader's words as an account of the call gives them. */
const ACCORDING_TO_ACCOUNT = /\baccording\s+to\s+(?:the|that|this|its|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|readout|communiqu[eé]|account)\b/iu;
/** "The statement said Tamim had stressed …", "the government said in a statement that Vos had asked …": the account comes before the speaker. */
const ACCOUNT_SAYS = /\b(?:statement|readout|communiqu[eé]|account)\s+(?:also\s+)?(?:said|says|added|noted)\b|\bsaid\s+in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+)?statement\s+that\b/iu;
const BESIDE = /\b(?:beside|alongside|next to)\s+$/;
const MAY_STAND_BESIDE = /beside|alongside|next to/;
/** "told the same news conference", "told the programme": an occasion the story has already told of. */
const SAME_OCCASION = /\b(?:the same|that)\s+(?:[\p{L}-]+\s+)?(?:conference|briefing|interview|rally|speech|event|debate|session|address)\b|\btold\s+the\s+programme\b/u;
const SAME_EVENT = /\b(?:after|following|during|at|before|since)\s+(?:the|that|this)\s+(?:meeting|call|talks|session|event|vote|announcement|summit|visit|speech|rally|conference|briefing|decision)\b|\b(?:afterwards|there|later)\b|\b(?:told|addressed|to)\s+the\s+(?:crowd|rally|protesters|demonstrators|marchers|audience|gathering)\b/i;
const ASKED = /^Asked\b/;
/** "wrote on X shortly after the call", "told reporters after the conversation": the day of the call the story has told. */
const AFTER_THE_CALL = /\b(?:after|following)\s+(?:the|that|this|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|conversation)\b/iu;
/** "she said at the time": the occasion of the speaker's that the story has just told. */
const AT_THE_TIME = /\bat\s+the\s+time\b(?!\s+of\b)/i;
const PLUPERFECT = /\bhad\s+(?:(?:already|also|earlier|long|once|previously|repeatedly|\p{Ll}+ly)\s+)?$/u;
const COMMENTS_OCCASION = /\b(?:made|gave|delivered)\s+(?:the|these|those|his|her|their)\s+(?:comments?|remarks?)\b/;

/**
 * Dates and channels of statements, read like a wire story: the words about the act of
 * saying first ("said on Friday", "in a statement", but not the dates of what was said),
 * then the scene the speaker shares, the paragraph's dateline, the speaker's last reported
 * occasion, and the publication date (an undated "X said" is that day's news). A leader's
 * words from a call, as a readout or someone told of them reports them, take the call.
 */
export class StatementPlacer {
  private readonly memory = new OccasionMemory();
  private readonly placed = new Map<Attribution, Placement>();
  private readonly lede = new LedeChannels();

  private readonly document: ArticleDocument;
  private readonly resolved: ResolvedMentions;
  private readonly calls: readonly FoundCall[];
  private readonly publishedAt: IsoDate | null;

  constructor(private readonly context: PlacingContext) {
    this.document = context.document;
    this.resolved = context.resolved;
    this.calls = context.calls;
    this.publishedAt = context.publishedAt;
  }

  placeAll(attributions: readonly Attribution[]): Placement[] {
    let next = 0;
    const attributingVerbs = new Set(attributions.flatMap((attribution) => (attribution.verb ? [attribution.verb.start] : [])));
    this.document.sentences.forEach((sentence, index) => {
      this.recordNarrativeOccasions(sentence, index, attributingVerbs);
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
      const scene = this.memory.continueScene(attribution.speaker, attribution.quote.paragraph, placement.date);
      const flashback = attribution.verb !== null && PLUPERFECT.test(this.document.narrative.slice(Math.max(0, attribution.verb.start - 20), attribution.verb.start));
      this.memory.remember({ entity: attribution.speaker, paragraph: attribution.quote.paragraph, at: attribution.quote.open, ...placement, scene, flashback });
    }
    return placement;
  }

  private placeOwn(attribution: Attribution): Placement {
    const { quote, speaker } = attribution;
    const sentence = this.document.sentences[attribution.sentence];
    if (!sentence) return { date: this.publishedAt, channel: 'unknown' };
    const narrative = this.document.narrative;
    const leadEnd = Math.max(sentence.start, Math.min(quote.open, sentence.end));
    const fromCall = this.callOccasion(attribution, narrative.slice(sentence.start, leadEnd));
    if (fromCall) return fromCall;

    const lead = saidZones(narrative, sentence, leadEnd, { subjectAt: attribution.subjectAt, verbAt: attribution.verb?.start ?? null });
    const zones = lead.length > 0 ? lead : verblessLead(narrative, sentence.start, leadEnd);
    const verbBefore = attribution.verb !== null && attribution.verb.start < quote.open;
    if (attribution.verb && verbBefore) zones.push(...introducingZone(narrative, attribution.verb.start, quote.open));
    if (quote.close !== null && quote.close + 1 < sentence.end) {
      const from = quote.close + 1;
      zones.push(verbBefore ? { start: from, end: adjunctsEnd(narrative, from, sentence.end) } : tailZone(narrative, from, sentence.end));
    }
    const words = zones.map((zone) => narrative.slice(zone.start, zone.end)).join(' ');
    const cue = channelCue(words);
    const scene = this.sharedScene(attribution.sentence) ?? (cue && SAME_OCCASION.test(words) ? this.memory.latestWithChannel(cue) : undefined);
    const date = this.dateOf(speaker, sentence, attribution, zones, scene);
    const recent = this.memory.recent(speaker, quote.paragraph, 'channel');
    const sameOccasion = recent && (recent.date === undefined || recent.date === date) ? recent.channel : null;
    const asked = speaker?.kind === 'individual' && ASKED.test(narrative.slice(sentence.start, sentence.end)) ? (this.memory.channelOn(speaker, date) ?? 'remarks_to_reporters') : null;
    const office = speaker?.kind === 'institution' && speaker.principal && !speaker.name.endsWith('(spokesperson)') ? 'press_statement' : null;
    const channel = sceneOfRemarks(cue, sameOccasion) ?? sameOccasion ?? scene?.channel ?? asked ?? office ?? 'unknown';
    const placement = { date, channel };
    if (!cue && speaker) this.lede.add(speaker, quote.paragraph, placement);
    if (cue && speaker) this.lede.reported(speaker, quote.paragraph, date, cue, false);
    return placement;
  }

  /** "The readout said Hollmann had told him that …", "Malvane told Haldane that …" of a call: the words were said on the call. */
  private callOccasion(attribution: Attribution, lead: string): Placement | null {
    const speaker = attribution.speaker;
    if (!speaker || speaker.kind !== 'individual') return null;
    if (this.isAccountOfCall(attribution, lead)) {
      const told = this.heldCallBefore(attribution.quote.open, [speaker], false);
      if (told) return { date: told.date, channel: 'phone_call' };
    }
    if (!attribution.reportedTo && !READOUT_WORDS.test(lead)) return null;
    const call = this.heldCallBefore(attribution.quote.open, [speaker, ...(attribution.reportedTo ? [attribution.reportedTo] : [])]);
    return call ? { date: call.date, channel: 'phone_call' } : null;
  }

  /** "Vos stressed “…”, according to the statement": someone else's account of the leader's words, which the story tells after the call it reports. */
  private isAccountOfCall(attribution: Attribution, lead: string): boolean {
    const sentence = this.document.sentences[attribution.sentence];
    if (!sentence) return false;
    const close = attribution.quote.close;
    const tail = close === null ? '' : this.document.narrative.slice(close + 1, sentence.end);
    if (ACCORDING_TO_ACCOUNT.test(lead) || ACCORDING_TO_ACCOUNT.test(tail)) return true;
    const account = ACCOUNT_SAYS.exec(lead);
    return account !== null && attribution.subjectAt !== null && sentence.start + account.index + account[0].length <= attribution.subjectAt;
  }

  private heldCallBefore(at: number, people: readonly Entity[], orLater = true): FoundCall | undefined {
    const fits = (call: FoundCall) => call.status === 'held' && people.every((person) => call.participants.includes(person.principal ?? person));
    return [...this.calls].reverse().find((call) => call.at < at && fits(call)) ?? (orLater ? this.calls.find(fits) : undefined);
  }

  private dateOf(speaker: Entity | null, sentence: Sentence, attribution: Attribution, zones: readonly Range[], scene: Occasion | undefined): IsoDate | null {
    const narrative = this.document.narrative;
    for (const zone of zones) {
      const words = narrative.slice(zone.start, zone.end);
      const offset = offsetIn(words);
      if (!offset || !this.offsetDatesVerb(zone.start + offset.index, attribution) || countsFromCall(words)) continue;
      const base = zonesDate(narrative, [{ start: sentence.start, end: zone.start + offset.index }], this.publishedAt);
      return shift(base?.kind === 'day' ? base.date : this.publishedAt, offset.days);
    }
    if (zones.some((zone) => AT_THE_TIME.test(narrative.slice(zone.start, zone.end)))) {
      const told = this.memory.recent(speaker, attribution.quote.paragraph, 'date');
      if (told?.date) return told.date;
    }
    const verbAt = attribution.verb?.start ?? null;
    const own = zonesDate(narrative, zones, this.publishedAt, { verbAt, sentenceStart: sentence.start });
    if (own) return this.resolveClauseDate(own, speaker);
    const told = zones.length > 0 ? zones : [{ start: sentence.start, end: Math.min(attribution.quote.open, sentence.end) }];
    const afterCall = this.dayOfCallBefore(narrative, told, attribution.quote.open, speaker);
    if (afterCall) return afterCall;
    const leadIn = leadInDate(this.document, this.resolved, attribution.sentence, speaker, this.publishedAt, (at) => this.memory.latestDated(at)?.date ?? this.publishedAt);
    if (leadIn !== undefined) return leadIn;
    if (scene?.date !== undefined) return scene.date;
    const dateline = this.paragraphDateline(sentence, attribution.sentence, zones);
    if (dateline !== undefined) return dateline;
    const asked = ASKED.test(narrative.slice(sentence.start, sentence.end));
    const recent = this.memory.recent(speaker, attribution.quote.paragraph, 'date', asked);
    if (recent) return recent.date ?? null;
    const sameCountry = speaker?.kind === 'institution' && !speaker.party ? this.memory.recentBodyOf(speaker.country, attribution.quote.paragraph) : undefined;
    return sameCountry?.date ?? this.publishedAt;
  }

  /** The day of the held call an "after the call" follows: the speaker's latest before the quotation, or else the story's latest. */
  private dayOfCallBefore(narrative: string, zones: readonly Range[], at: number, speaker: Entity | null): IsoDate | null {
    if (!zones.some((zone) => AFTER_THE_CALL.test(narrative.slice(zone.start, zone.end)))) return null;
    const held = this.calls.filter((call) => call.status === 'held' && !call.vague && call.at < at);
    const own = speaker ? held.filter((call) => call.participants.includes(speaker.principal ?? speaker)) : [];
    const latest = (own.length > 0 ? own : held).reduce<FoundCall | undefined>((found, call) => (!found || call.at > found.at ? call : found), undefined);
    return latest?.date ?? null;
  }

  /** "…, three days after the prime minister accused …": the count dates the attributing verb only when that verb comes after it, in its clause. */
  private offsetDatesVerb(offsetAt: number, attribution: Attribution): boolean {
    const verb = attribution.verb;
    return verb === null || verb.start < offsetAt || !this.document.narrative.slice(offsetAt, verb.start).includes(',');
  }

  private resolveClauseDate(found: ClauseDate, speaker: Entity | null): IsoDate | null {
    if (found.kind === 'day') return found.date;
    if (found.kind === 'call') {
      const latest = [...this.calls].reverse().find((call) => call.at < found.at && (!speaker || call.participants.includes(speaker.principal ?? speaker)));
      const day = (latest ?? [...this.calls].reverse().find((call) => call.at < found.at))?.date ?? this.publishedAt;
      return found.days ? shift(day, found.days) : day;
    }
    if (found.kind === 'same_day_as_latest') return this.memory.latestDated(found.at)?.date ?? this.publishedAt;
    if (found.kind === 'event') return this.eventDayBefore(found.at, found.meeting, speaker);
    return this.publishedAt;
  }

  /**
   * "after the meeting", "afterwards": the day an earlier sentence of the paragraph gives,
   * else the speaker's own last occasion ("told the crowd …" … "told reporters
   * afterwards"), else the latest meeting (or, for "afterwards", call) held before, else
   * the latest day the story gave before the sentence.
   */
  private eventDayBefore(at: number, meeting: boolean, speaker: Entity | null): IsoDate | null {
    const index = sentenceIndexAt(this.document, at);
    const sentence = this.document.sentences[index];
    if (!sentence) return this.publishedAt;
    const dateline = this.earlierInParagraph(sentence, index);
    if (dateline !== undefined) return dateline;
    const own = this.memory.recent(speaker, sentence.paragraph, 'date');
    const toldAfter = own ? this.dayToldBetween(own.at, sentence.start) : undefined;
    if (own?.date && toldAfter === undefined) return own.date;
    const events = meeting ? this.context.meetings : [...this.calls, ...this.context.meetings];
    const held = events.filter((event) => event.status === 'held' && event.date !== null && event.at < at);
    const latest = held.reduce<FoundEvent | undefined>((found, event) => (!found || event.at > found.at ? event : found), undefined);
    return latest ? latest.date : this.context.latestDateBefore(sentence.start);
  }

  /** The day the latest sentence between two offsets gives its event ("The two leaders held talks on Friday"): the event a later "afterwards" follows. */
  private dayToldBetween(from: number, to: number): IsoDate | null | undefined {
    if (!this.publishedAt) return undefined;
    for (let index = sentenceIndexAt(this.document, to) - 1; index >= 0; index -= 1) {
      const sentence = this.document.sentences[index];
      if (!sentence || sentence.end <= from) return undefined;
      const phrase = eventPhrases(this.document.narrative, sentence).find((candidate) => candidate.precision === 'exact' && candidate.at > from);
      if (phrase) return phrase.resolve(this.publishedAt, 'past');
    }
    return undefined;
  }

  /** "Haldane, standing beside him, …": the occasion of the person beside, in this sentence or the one before. */
  private sharedScene(sentenceIndex: number): Occasion | undefined {
    const sentence = this.document.sentences[sentenceIndex];
    const previous = this.document.sentences[sentenceIndex - 1] ?? sentence;
    if (!sentence || !previous || !MAY_STAND_BESIDE.test(this.document.narrative.slice(previous.start, sentence.end))) return undefined;
    for (const index of [sentenceIndex, sentenceIndex - 1]) {
      const candidate = this.document.sentences[index];
      if (!sentence || !candidate || candidate.paragraph !== sentence.paragraph) continue;
      for (const mention of this.resolved.bySentence[index] ?? []) {
        if (!mention.entity || !BESIDE.test(this.document.narrative.slice(Math.max(0, mention.start - 20), mention.start))) continue;
        const occasion = this.memory.recent(mention.entity, sentence.paragraph, 'date');
        if (occasion) return occasion;
      }
    }
    return undefined;
  }

  /** The date of an earlier sentence of the same paragraph whose event this one follows ("the cabinet yesterday approved …; Abt told reporters after the meeting …"). */
  private paragraphDateline(sentence: Range, sentenceIndex: number, zones: readonly Range[]): IsoDate | null | undefined {
    if (!zones.some((zone) => SAME_EVENT.test(this.document.narrative.slice(zone.start, zone.end)))) return undefined;
    return this.earlierInParagraph(sentence, sentenceIndex);
  }

  private earlierInParagraph(sentence: Range, sentenceIndex: number): IsoDate | null | undefined {
    const paragraph = this.document.sentences[sentenceIndex]?.paragraph;
    for (let index = sentenceIndex - 1; index >= 0; index -= 1) {
      const earlier = this.document.sentences[index];
      if (!earlier || earlier.paragraph !== paragraph || earlier.end > sentence.start) break;
      const phrase = eventPhrases(this.document.narrative, earlier).find((candidate) => candidate.precision === 'exact');
      if (phrase && this.publishedAt) return phrase.resolve(this.publishedAt, 'past');
    }
    return undefined;
  }

  /** Occasions the narrative reports without a quotation of its own: "Malvane defended the order in a short statement released by his office on Wednesday". */
  private recordNarrativeOccasions(sentence: Sentence, sentenceIndex: number, attributingVerbs: ReadonlySet<number>): void {
    const narrative = this.document.narrative;
    const refersBack = COMMENTS_OCCASION.test(narrative.slice(sentence.start, sentence.end));
    for (const cue of this.context.cues[sentenceIndex] ?? []) {
      if (cue.verbAt !== null && attributingVerbs.has(cue.verbAt)) continue;
      const own = zonesDate(narrative, cue.zones, this.publishedAt, { verbAt: cue.verbAt, sentenceStart: sentence.start });
      const date = own ? this.resolveClauseDate(own, cue.entity) : cue.verb ? this.undatedOccasionDate(cue, sentence, sentenceIndex) : undefined;
      const channel = cue.channel ?? channelCue(cue.zones.map((zone) => narrative.slice(zone.start, zone.end)).join(' '));
      this.memory.remember({ entity: cue.entity, paragraph: sentence.paragraph, at: cue.at, date, channel, scene: cue.scene });
      if (channel && (own || sentence.paragraph === 1 || refersBack)) this.lede.reported(cue.entity, sentence.paragraph, date, channel, refersBack);
    }
  }

  /** A new occasion the narrative does not date: the paragraph's day, the speaker's recent one, or the day of publication. */
  private undatedOccasionDate(cue: OccasionCue, sentence: Sentence, sentenceIndex: number): IsoDate | null {
    return this.paragraphDateline(sentence, sentenceIndex, cue.zones) ?? this.memory.recent(cue.entity, sentence.paragraph, 'date')?.date ?? this.publishedAt;
  }
}
