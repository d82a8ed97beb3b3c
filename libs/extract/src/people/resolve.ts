import { mentionAfterQuote, opensWithSpeechVerb } from '../attribution/after-quote';
import type { ArticleDocument } from '../text/document';
import type { Quote } from '../text/quotes';
import { indexOfRangeAt, type Range } from '../text/ranges';
import type { Entities, Entity, Gender } from './entities';
import { officeOf } from './institutions';
import type { Mention } from './mentions';
import { isPrepositionalObject, isVerbObject } from '../attribution/verb-subjects';

/** The article's mentions with pronouns resolved, grouped by sentence, and each sentence's subject. */
export interface ResolvedMentions {
  bySentence: Mention[][];
  subjects: Array<Entity | null>;
}

const INTRO_CLAUSE = /^(?:Asked|When|While|After|Before|As|Although|Though|If|Once|Speaking|Writing|Addressing|Responding|Answering)\b/;
const LOOKBACK_SENTENCES = 5;
/** A pronoun whose person is named earlier in its own sentence tells that person's gender more surely than one read across sentences. */
const SAME_SENTENCE_WEIGHT = 3;

/**
 * Resolves pronouns in reading order. A pronoun means a person already named: in its own
 * sentence the subject, else the subject of an earlier sentence, of the right gender.
 * Genders are learnt first from the pronouns themselves (a first pass with none known),
 * then the pronouns are resolved again knowing them.
 */
export function resolveMentions(document: ArticleDocument, mentions: Mention[], entities: Entities): ResolvedMentions {
  const bySentence = document.sentences.map((): Mention[] => []);
  for (const mention of mentions) {
    const index = indexOfRangeAt(document.sentences, mention.start);
    if (index !== -1) bySentence[index]?.push(mention);
  }
  const quotesBySentence = document.sentences.map((): Quote[] => []);
  for (const quote of document.quotes) {
    if (quote.parent === null) quotesBySentence[indexOfRangeAt(document.sentences, quote.open)]?.push(quote);
  }
  const votes = new Map<Entity, number>();
  resolveAll(document, bySentence, quotesBySentence, entities, (pronoun, entity, sameSentence) => {
    if (pronoun.object || pronoun.officeOf || pronoun.gender === null) return;
    const weight = sameSentence ? SAME_SENTENCE_WEIGHT : 1;
    votes.set(entity, (votes.get(entity) ?? 0) + (pronoun.gender === 'male' ? weight : -weight));
  });
  for (const [entity, score] of votes) {
    if (entity.gender === null && score !== 0) entity.gender = score > 0 ? 'male' : 'female';
  }
  const subjects = resolveAll(document, bySentence, quotesBySentence, entities, () => undefined, true);
  return { bySentence, subjects };
}

function resolveAll(
  document: ArticleDocument,
  bySentence: Mention[][],
  quotesBySentence: readonly Quote[][],
  entities: Entities,
  onResolve: (pronoun: Mention, entity: Entity, sameSentence: boolean) => void,
  useGender = false,
): Array<Entity | null> {
  const subjects: Array<Entity | null> = [];
  bySentence.forEach((mentions, sentenceIndex) => {
    const sentence = document.sentences[sentenceIndex];
    if (!sentence) return;
    for (const mention of mentions) {
      if (mention.kind === 'pronoun') {
        const entity = resolvePronoun(document, mention, mentions, bySentence, subjects, sentenceIndex, useGender);
        mention.entity = entity && mention.officeOf ? officeOf(entity, entities) : entity;
        const named = peopleNamedBefore(mentions, mention.start);
        if (entity && named.length <= 1) onResolve(mention, entity, named.includes(entity));
      } else if (mention.kind === 'relative') {
        const antecedent = [...mentions].reverse().find((other) => other.end <= mention.start && other.entity && other.kind !== 'relative');
        const which = document.narrative.startsWith('which', mention.start);
        const adjacent = antecedent && /^\s*,\s*$/.test(document.narrative.slice(antecedent.end, mention.start));
        mention.entity = which && !(adjacent && antecedent.entity?.kind === 'institution') ? null : (antecedent?.entity ?? null);
      }
    }
    subjects.push(sentenceSubject(document, sentence, quotesBySentence[sentenceIndex] ?? [], mentions));
  });
  return subjects;
}

/** The people a sentence names before `at`, each once: with two or more, a pronoun after them says nothing of their genders. */
function peopleNamedBefore(mentions: readonly Mention[], at: number): Entity[] {
  const people: Entity[] = [];
  for (const other of mentions) {
    if (other.end > at) break;
    const person = other.kind === 'pronoun' ? null : personOf(other);
    if (person && !people.includes(person)) people.push(person);
  }
  return people;
}

/** An unnamed source is taken up again only as the speaker of words: "“…,” she said." */
function compatible(entity: Entity | null, gender: Gender, useGender: boolean, attributing: boolean): entity is Entity {
  if (!entity || !(entity.kind === 'individual' || (attributing && entity.kind === 'anonymous'))) return false;
  return !useGender || gender === null || entity.gender === null || entity.gender === gender;
}

function resolvePronoun(
  document: ArticleDocument,
  pronoun: Mention,
  mentions: readonly Mention[],
  bySentence: readonly Mention[][],
  subjects: ReadonlyArray<Entity | null>,
  sentenceIndex: number,
  useGender: boolean,
): Entity | null {
  const sentence = document.sentences[sentenceIndex];
  const attributing = opensWithSpeechVerb(document.narrative.slice(pronoun.end, pronoun.end + 30));
  const ok = (entity: Entity | null): entity is Entity => compatible(entity, pronoun.gender, useGender, attributing);
  if (sentence) {
    const lead = document.narrative.slice(sentence.start, pronoun.start);
    const comma = document.narrative.slice(0, sentence.end).indexOf(',', pronoun.end);
    if (INTRO_CLAUSE.test(lead) && !lead.includes(',') && comma !== -1 && comma < sentence.end) {
      const main = mentions.find((mention) => mention.start > comma && mention.kind !== 'pronoun');
      if (main && ok(main.entity) && /^,\s*$/.test(document.narrative.slice(comma, main.start))) return main.entity;
    }
  }
  const possible = (answersQuestion(document, sentence, pronoun) ? [] : mentions).filter((mention) => mention.end <= pronoun.start && ok(personOf(mention)) && mention.kind !== 'group' && !ownsPrepositionalObject(document, mention));
  const named = possible.filter((mention) => personOf(mention)?.kind === 'individual');
  const individuals = named.length > 0 ? named : possible;
  const sameGender = useGender && pronoun.gender !== null ? individuals.filter((mention) => personOf(mention)?.gender === pronoun.gender) : [];
  const earlier = sameGender.length > 0 ? sameGender : individuals;
  const candidates = pronoun.object ? earlier.slice(0, -1) : earlier;
  const sayers = candidates.filter((mention) => !isPrepositionalObject(document.narrative, mention) && !mention.object);
  const notObjects = sayers.filter((mention) => !isVerbObject(document.narrative, mention));
  const own = (isDeterminer(document, pronoun) ? (notObjects[notObjects.length - 1] ?? sayers[sayers.length - 1]) : sayers[0]) ?? candidates[0];
  if (own) return personOf(own);
  let backstory: { entity: Entity; paragraph: number } | null = null;
  for (let index = sentenceIndex - 1; index >= 0 && index >= sentenceIndex - LOOKBACK_SENTENCES; index -= 1) {
    const paragraph = document.sentences[index]?.paragraph ?? -1;
    if (backstory && paragraph !== backstory.paragraph) return backstory.entity;
    const subject = subjects[index] ?? null;
    const found = ok(subject) ? subject : ((bySentence[index] ?? []).find((mention) => ok(mention.entity))?.entity ?? null);
    if (!found) continue;
    if (!attributing || backstory || !isBackstory(document, bySentence[index] ?? [])) return found;
    backstory = { entity: found, paragraph };
  }
  return backstory?.entity ?? null;
}

/** "Asked whether the president had delivered, she said": the one who answers is not someone the question names. */
function answersQuestion(document: ArticleDocument, sentence: Range | undefined, pronoun: Mention): boolean {
  if (!sentence) return false;
  const lead = document.narrative.slice(sentence.start, pronoun.start);
  return /^Asked\b[^,]*,\s*$/.test(lead);
}

/** "his government", "her own account": a possessive pronoun, whose person is the nearest subject before it. */
function isDeterminer(document: ArticleDocument, pronoun: Mention): boolean {
  return !pronoun.object && /^(?:his|her)$/i.test(document.narrative.slice(pronoun.start, pronoun.end));
}

/** "Reacting to the chancellor’s remarks, he …": a possessor inside a prepositional phrase is no antecedent. */
function ownsPrepositionalObject(document: ArticleDocument, mention: Mention): boolean {
  return mention.possessive && mention.kind !== 'pronoun' && isPrepositionalObject(document.narrative, mention);
}

/** "Haldane’s office … call her": an office's mention also names the person it speaks for. */
function personOf(mention: Mention): Entity | null {
  return mention.entity && mention.entity.kind !== 'institution' ? mention.entity : (mention.entity?.principal ?? null);
}

/**
 * "Malvane had promised them in September …": a sentence of background, whose subject
 * is not who speaks next when someone else in its paragraph was spoken of before it.
 */
function isBackstory(document: ArticleDocument, mentions: readonly Mention[]): boolean {
  const first = mentions.find((mention) => mention.entity && !mention.possessive);
  return first !== undefined && /^\s+had\s+\p{Ll}/u.test(document.narrative.slice(first.end, first.end + 20));
}

/**
 * Who a sentence is about: the speaker named after a quotation in it ("…,” Vos
 * said"), else its first mention outside a prepositional phrase.
 */
function sentenceSubject(document: ArticleDocument, sentence: Range, quotes: readonly Quote[], mentions: readonly Mention[]): Entity | null {
  for (const quote of quotes) {
    const speaker = mentionAfterQuote(document.narrative, quote, mentions, sentence.end);
    if (speaker?.entity) return speaker.entity;
  }
  const first = mentions.find((mention) => mention.entity && !mention.possessive && !isPrepositionalObject(document.narrative, mention));
  return first?.entity ?? mentions.find((mention) => mention.entity)?.entity ?? null;
}
