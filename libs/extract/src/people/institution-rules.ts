import { hasDemonymShape } from '@parley/domain';
import type { Entity } from './entities';
import { anaphoric, bodySpokesperson, leaderOffice, officeOf, organisation, ownerOf, party, seatOfGovernment, spokespersonOf, titleHolderOffice, type InstitutionContext } from './institution-names';
import { anonymousSource, oneOfSources } from './unnamed-sources';
import { CAPITAL } from '../text/letters';
import { PLACE_OPENERS } from './lexicon';
import { sentenceCase } from './roles';

/** A way the narrative names an institution or a source, and whom it names. */
export interface InstitutionRule {
  /** A cheap test of the whole text: without a match, the pattern cannot match either. */
  requires: RegExp;
  pattern: RegExp;
  read: (match: RegExpExecArray, context: InstitutionContext) => Entity | null;
}

const ORG_HEAD = '(?:[Mm]inistry|[Pp]residency|[Gg]overnment|[Cc]abinet|[Cc]hancellery|[Ee]mbassy|[Tt]reasury|[Dd]irectorate)';
const ORG_PHRASE = `((?:(?:${CAPITAL}\\p{L}+|[a-z]+)\\s+)?${ORG_HEAD}(?:\\s+of\\s+(?:the\\s+)?${CAPITAL}\\p{L}+(?:\\s+${CAPITAL}\\p{L}+)*)?)`;
const SPOKES = 'spokes(?:person|man|woman)';
/** "South Africa’s presidency": the first word of a country's name of two words. */
const PLACE_OPENER = `(?:${[...PLACE_OPENERS].join('|')})`;
/** "a spokesman for Mrs Penhallow": an honorific before the name a phrase is for. */
const HONORIFIC = '(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?';
/** "chief spokesperson", "official spokesman": the words that may come before the noun. */
const SPOKES_RANK = '(?:(?:senior|chief|deputy|official|principal|main|lead)\\s+){0,2}';
/** "a government spokeswoman, Ana Vos,": a spokesperson named next, who speaks as herself. */
const UNNAMED = `(?!,?\\s+${CAPITAL}\\p{Ll}+\\s+${CAPITAL})`;
const OWN_SPOKES = `['’]s\\s+${SPOKES_RANK}${SPOKES}`;
const PARTY_WORD = '(?:Party|Democrats|Union|League|Alliance|Front|Movement|Coalition|Republicans|Socialists|Greens|Conservatives|Liberals)';
const PARTY_QUALIFIER = '(?:main|opposition|ruling|governing|nationalist|centre-right|centre-left|conservative|liberal|populist|far-right|far-left|junior|coalition)';
const PARTY_NAME = `((?:${CAPITAL}[\\p{L}’'-]*\\s+){0,3}?${PARTY_WORD})\\b`;
const SPEECH_AHEAD = '(?=\\s*[,.]|\\s+(?:also\\s+|then\\s+|later\\s+|separately\\s+)?(?:said|says|added|told|insisted|warned|noted|argued|explained|continued|went|described|called|predicted|acknowledged|conceded|stressed|urged|welcomed|accused|dismissed|branded)\\b)';
const ASSOCIATION_WORD = '(?:Federation|Association|Union|Council|Chamber|Institute|Board|Confederation|Guild|Society|Commission|Secretariat|Organi[sz]ation|Agency)';
/** "the commission", "the secretariat": a body named in full before, taken up by its last word. */
const NAMED_BODY_HEADS = 'commission|secretariat|agency|directorate';
const NEEDS_ASSOCIATION = new RegExp(`\\b${ASSOCIATION_WORD}\\b`);
const NEEDS_SPOKESPERSON = /spokes/;
const NEEDS_OFFICE = /['’]s [Oo]ffice/;
const NEEDS_BODY = /[Mm]inistry|[Pp]residency|[Gg]overnment|[Cc]abinet|[Cc]hancellery|[Ee]mbassy|[Tt]reasury|[Dd]irectorate/;
const NEEDS_PARTY = new RegExp(`\\b${PARTY_WORD}\\b`);
const NEEDS_ANAPHOR = /ministry|presidency|chancellery|office|spokes|readout|government|commission|secretariat|agency|directorate/i;
/** "the ministry", "The Chancellery": a body named before, taken up by its head word, in lower case or capitalised. */
const ANAPHORIC_HEADS = ['ministry', 'presidency', 'chancellery', 'office', 'government', 'readout', ...NAMED_BODY_HEADS.split('|')]
  .map((head) => `[${head.charAt(0)}${head.charAt(0).toUpperCase()}]${head.slice(1)}`)
  .concat(SPOKES)
  .join('|');
const NEEDS_SOURCE = /\b(?:official|diplomat|source|aide|figure|insider)\b/;
/** "an official visit": the adjective, not a source. */
const OFFICIAL_THINGS = '(?:visit|trip|statement|readout|figures?|data|residence|ceremony|channels?|talks|meeting|dinner|reception|account|documents?|letter|request|response|position|version|records?|results?|language|website|count|estimates?)\\b';
const LEADER_TITLE = '(prime minister|president|chancellor|premier)';
/** "a senior government figure", "one trade official in Orsk": nouns for a source the article does not name. */
const SOURCE_NOUN = `(?:official(?!\\s+${OFFICIAL_THINGS})|diplomat|source(?!\\s+of\\b)|aide|insider|(?:government|senior|party|cabinet)\\s+figure)`;
/** "a senior …", "a top …": the rank before an anonymous source's noun. */
const SOURCE_RANK = '(?:(?:senior|junior|top|high-ranking)\\s+)*';
/**
 * "an EU diplomat", "a western diplomat": a diplomat of a bloc or a region speaks for no
 * one government, and is named by the bloc as written.
 */
const BLOC = '(?:EU|European|[Ww]estern|[Ee]astern|Arab|African|Asian|Gulf|Nordic|Baltic|NATO|G7|G20|UN)';
const AFTER_PREPOSITION = /\b(?:of|from|for|with|by|at|to|against|in|on|under|behind)\s+$/i;

/** Seats of government written for their office; "the Élysée Palace", "the Planalto presidential palace". */
const SEAT = '(Downing\\s+Street|No\\.?\\s10|Number\\s10|Kremlin|Élysée|Elysee|Planalto|Kantei)(?:\\s+(?:[Pp]alace|presidential\\s+palace))?';
const NEEDS_SEAT = /Downing|No\.? 10|Number 10|Kremlin|Élysée|Elysee|Planalto|Kantei/;

/** Most specific first: where two rules match at one place, the longer match wins. */
export const INSTITUTION_RULES: InstitutionRule[] = [
  {
    requires: NEEDS_SEAT,
    pattern: new RegExp(`\\b(?:(?:[Aa]n?|[Tt]he)\\s+)?(?:official\\s+)?${SEAT}\\s+${SPOKES_RANK}${SPOKES}${UNNAMED}`, 'gu'),
    read: (match, context) => spokespersonOf(seatOfGovernment(match[1] ?? '', context), context),
  },
  {
    requires: NEEDS_SEAT,
    pattern: new RegExp(`(?<![\\p{L}])(?:[Tt]he\\s+)?${SEAT}(?!\\s+(?:${SPOKES}|official|aide|source|press))`, 'gu'),
    read: (match, context) => seatOfGovernment(match[1] ?? '', context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+${SPOKES_RANK}${SPOKES}\\s+for\\s+the\\s+(?:(${CAPITAL}\\p{L}+)\\s+)?${LEADER_TITLE}\\b(?!['’]s)`, 'gu'),
    read: (match, context) => spokespersonOf(leaderSeat(match[2] ?? '', match[1] ?? null, context), context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b[Tt]he\\s+(?:(${CAPITAL}\\p{L}+)\\s+)?${LEADER_TITLE}['’]s\\s+${SPOKES_RANK}${SPOKES}`, 'gu'),
    read: (match, context) => spokespersonOf(leaderSeat(match[2] ?? '', match[1] ?? null, context), context),
  },
  // "the presidency’s spokesman said"; not "Ines Tarrago, the presidency’s spokeswoman,", who speaks as herself.
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`(?<!${CAPITAL}\\p{Ll}+,\\s*)\\b[Tt]he\\s+(ministry|presidency|chancellery|government|${NAMED_BODY_HEADS})['’]s\\s+${SPOKES_RANK}${SPOKES}${UNNAMED}`, 'gu'),
    read: (match, context) => spokespersonOf(bodyOrCommission((match[1] ?? '').toLowerCase(), match.index, context), context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b[Aa]n?\\s+${SPOKES_RANK}([Cc]ommission|[Ss]ecretariat|[Aa]gency)\\s+${SPOKES}${UNNAMED}`, 'gu'),
    read: (match, context) => spokespersonOf(bodyOrCommission((match[1] ?? '').toLowerCase(), match.index, context), context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b[Aa]n?\\s+${SPOKES_RANK}(?:([Ff]oreign|[Ff]inance|[Tt]rade|[Ee]conomy|[Ii]nterior|[Dd]efen[cs]e)\\s+)?([Mm]inistry|[Pp]residency|[Cc]hancellery|[Gg]overnment)\\s+${SPOKES}${UNNAMED}`, 'gu'),
    read: (match, context) => bodySpokesperson((match[2] ?? '').toLowerCase(), match.index, context, match[1]?.toLowerCase() ?? null),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+${SPOKES_RANK}${SPOKES}\\s+for\\s+(?:the\\s+)?${HONORIFIC}((?:${CAPITAL}[\\p{L}\\p{M}’'-]*)(?:\\s+(?:${CAPITAL}[\\p{L}\\p{M}’'-]*|${ORG_HEAD}|of))*)`, 'gu'),
    read: (match, context) => spokespersonOf(ownerOf(match[1] ?? '', context), context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b[Aa]n?\\s+${SPOKES_RANK}${SPOKES}\\s+for\\s+(${CAPITAL}[\\p{L}\\p{M}-]*)['’]s\\s+${ORG_PHRASE}`, 'gu'),
    read: (match, context) => spokespersonOf(ownBody(match[1] ?? '', match[2] ?? '', context), context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b[Aa]n?\\s+${SPOKES_RANK}${SPOKES}\\s+for\\s+the\\s+(ministry|presidency|chancellery|government)\\b(?!\\s+of\\b)`, 'g'),
    read: (match, context) => bodySpokesperson((match[1] ?? '').toLowerCase(), match.index, context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b[Tt]he\\s+(${CAPITAL}\\p{L}+)\\s+${ORG_PHRASE}${OWN_SPOKES}`, 'gu'),
    read: (match, context) => (namesCountry(match[1] ?? '', context) ? spokespersonOf(organisation(match[2] ?? '', match[1] ?? '', context), context) : null),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`(${CAPITAL}[\\p{L}\\p{M}-]*)['’]s\\s+${ORG_PHRASE}${OWN_SPOKES}`, 'gu'),
    read: (match, context) => (context.entities.personByWord(match[1] ?? '') ? null : spokespersonOf(organisation(match[2] ?? '', match[1] ?? '', context), context)),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b(?:[Aa]n?|[Tt]he)\\s+${SPOKES_RANK}${SPOKES}\\s+for\\s+the\\s+(${CAPITAL}\\p{L}+)\\s+${ORG_PHRASE}`, 'gu'),
    read: (match, context) => (namesCountry(match[1] ?? '', context) ? spokespersonOf(organisation(match[2] ?? '', match[1] ?? '', context), context) : null),
  },
  {
    requires: NEEDS_OFFICE,
    pattern: new RegExp(`\\b[Tt]he\\s+(${CAPITAL}\\p{L}+)\\s+(prime minister|president|chancellor|premier)['’]s\\s+office\\b`, 'gu'),
    read: (match, context) => leaderOffice(match[2] ?? '', match[1] ?? '', context),
  },
  {
    requires: NEEDS_OFFICE,
    pattern: /\b[Tt]he\s+([Pp]rime [Mm]inister|[Pp]resident|[Cc]hancellor|[Pp]remier)['’]s\s+[Oo]ffice\b/g,
    read: (match, context) => titleHolderOffice((match[1] ?? '').toLowerCase(), context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`(${CAPITAL}[\\p{L}\\p{M}-]*)${OWN_SPOKES}\\b(?!,?\\s+${CAPITAL})`, 'gu'),
    read: (match, context) => {
      const person = context.entities.personByWord(match[1] ?? '');
      return person ? spokespersonOf(officeOf(person, context.entities), context) : null;
    },
  },
  {
    requires: NEEDS_OFFICE,
    pattern: new RegExp(`(${CAPITAL}[\\p{L}\\p{M}-]*)['’]s\\s+office\\b`, 'gu'),
    read: (match, context) => {
      const person = context.entities.personByWord(match[1] ?? '');
      return person ? officeOf(person, context.entities) : null;
    },
  },
  {
    requires: NEEDS_BODY,
    pattern: new RegExp(`((?:${PLACE_OPENER}\\s+)?${CAPITAL}[\\p{L}\\p{M}-]*)['’]s\\s+${ORG_PHRASE}`, 'gu'),
    read: (match, context) => ownBody(match[1] ?? '', match[2] ?? '', context),
  },
  {
    requires: NEEDS_BODY,
    pattern: new RegExp(`\\b[Tt]he\\s+(${CAPITAL}\\p{L}+)\\s+${ORG_PHRASE}`, 'gu'),
    read: (match, context) => (namesCountry(match[1] ?? '', context) ? organisation(match[2] ?? '', match[1] ?? '', context) : null),
  },
  {
    requires: NEEDS_PARTY,
    pattern: new RegExp(`(${CAPITAL}[\\p{L}-]+)['’]s\\s+(?:${PARTY_QUALIFIER}\\s+){0,3}party,\\s+the\\s+${PARTY_NAME}`, 'gu'),
    read: (match, context) => (context.countries.resolve(match[1] ?? null) ? party(match[2] ?? '', match[1] ?? null, context) : null),
  },
  {
    requires: NEEDS_PARTY,
    pattern: new RegExp(`(${CAPITAL}[\\p{L}-]+)['’]s\\s+(?:${PARTY_QUALIFIER}\\s+){0,3}${PARTY_NAME}`, 'gu'),
    read: (match, context) => (context.countries.resolve(match[1] ?? null) && !precededByPreposition(match, context) ? party(match[2] ?? '', match[1] ?? null, context) : null),
  },
  {
    requires: NEEDS_PARTY,
    pattern: new RegExp(`\\b[Tt]he\\s+(?:(${CAPITAL}[\\p{L}-]+)\\s+)?(?:${PARTY_QUALIFIER}\\s+){1,3}${PARTY_NAME}`, 'gu'),
    read: (match, context) => (precededByPreposition(match, context) ? null : party(match[2] ?? '', match[1] ?? null, context)),
  },
  {
    requires: NEEDS_ASSOCIATION,
    pattern: new RegExp(`\\b[Tt]he\\s+((?:${CAPITAL}[\\p{L}’'-]*\\s+){1,4}${ASSOCIATION_WORD})${SPEECH_AHEAD}`, 'gu'),
    read: (match, context) => (precededByPreposition(match, context) ? null : context.entities.add(match[1] ?? '', 'institution')),
  },
  {
    requires: NEEDS_ANAPHOR,
    pattern: new RegExp(`\\b[Tt]he\\s+(${ANAPHORIC_HEADS})\\b(?!\\s+of\\b|\\s+(?:[Pp]resident|[Cc]hair|[Hh]ead|[Cc]hief|[Oo]fficial|[Ss]pokes))`, 'g'),
    read: (match, context) => anaphoric((match[1] ?? '').toLowerCase(), match.index, context),
  },
  {
    requires: /statement|communiqu/,
    pattern: new RegExp(`\\b[Tt]he\\s+(?:statement|communiqu[eé])${SPEECH_AHEAD}`, 'g'),
    read: (_match, context) => context.readoutOwner ?? context.latestBody?.entity ?? null,
  },
  {
    requires: NEEDS_SOURCE,
    pattern: new RegExp(`\\b[Tt]he\\s+(official|diplomat|source|aide|insider)${SPEECH_AHEAD}`, 'g'),
    read: (match, context) => anaphoric((match[1] ?? '').toLowerCase(), match.index, context),
  },
  {
    requires: NEEDS_SPOKESPERSON,
    pattern: new RegExp(`\\b[Aa]n?\\s+${SPOKES}\\b(?!\\s+for\\b)${UNNAMED}`, 'g'),
    read: (_match, context) => (context.latest ? spokespersonOf(context.latest, context) : null),
  },
  {
    requires: NEEDS_SOURCE,
    pattern: new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+${SOURCE_RANK}(${BLOC})\\s+diplomat\\b(?!s)(?:\\s+in\\s+${CAPITAL}\\p{L}+)?`, 'gu'),
    read: (match, context) => namedSource(`${sentenceCase(match[1] ?? '')} diplomat`, context),
  },
  {
    requires: /White House/,
    pattern: new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+${SOURCE_RANK}White\\s+House\\s+(?:official|aide)\\b(?!s)`, 'gu'),
    read: (_match, context) => namedSource('White House official', context),
  },
  {
    requires: /administration official/,
    pattern: new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+${SOURCE_RANK}(?:(?:U\\.S\\.|US)\\s+)?administration\\s+official\\b(?!s)`, 'gu'),
    read: (_match, context) => namedSource('US administration official', context),
  },
  {
    requires: NEEDS_SOURCE,
    pattern: new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+${SOURCE_RANK}(U\\.S\\.|US|U\\.K\\.|UK)\\s+(?:government\\s+)?official\\b(?!s)`, 'gu'),
    read: (match, context) => namedSource(`${match[1] ?? ''} government official`, context),
  },
  {
    requires: NEEDS_SOURCE,
    pattern: new RegExp(
      `\\b(?:[Aa]n?|[Oo]ne)\\s+(?:(?:senior|junior|top|high-ranking|government)\\s+)*(?:(${CAPITAL}\\p{L}+)\\s+)?(?:[a-z]+\\s+){0,2}?${SOURCE_NOUN}\\b(?!s)(?:\\s+in\\s+(${CAPITAL}\\p{L}+))?`,
      'gu',
    ),
    read: (match, context) => anonymousSource(match[1] ?? null, match[2] ?? null, match.index, context),
  },
  {
    requires: /\bone of them\b/i,
    pattern: /\b[Oo]ne\s+of\s+them\b/g,
    read: (match, context) => oneOfSources(match.index, context),
  },
  {
    requires: /\b[Ii]t\b/,
    pattern: new RegExp(`\\b[Ii]t${SPEECH_AHEAD}`, 'g'),
    read: (match, context) => (context.latestBody && match.index - context.latestBody.end < 300 ? context.latestBody.entity : null),
  },
];

function precededByPreposition(match: RegExpExecArray, context: InstitutionContext): boolean {
  return AFTER_PREPOSITION.test(context.narrative.slice(Math.max(0, match.index - 16), match.index));
}

/** "the prime minister", "the Brastovan president": the office of that leader. */
function leaderSeat(title: string, demonym: string | null, context: InstitutionContext): Entity | null {
  return demonym ? leaderOffice(title, demonym, context) : titleHolderOffice(title, context);
}

/** "the Brastovan foreign ministry", and "the Brastova foreign ministry" when the article has no demonym for it. */
function namesCountry(word: string, context: InstitutionContext): boolean {
  return hasDemonymShape(word) || context.countries.isCountry(word);
}

/** "Sardova’s foreign ministry"; and "Malvane’s chancellery", the seat of government of that leader’s country. */
function ownBody(owner: string, phrase: string, context: InstitutionContext): Entity | null {
  const person = context.entities.personByWord(owner);
  if (!person) return organisation(phrase, owner, context);
  const seat = /^(?:chancellery|presidency|government)$/i.test(phrase.trim()) && person.country ? person.country : null;
  return seat ? organisation(phrase, seat, context) : null;
}

/**
 * "a White House official", "a senior administration official", "a U.S. official": an
 * anonymous source the article names by the house it works for, kept as written.
 */
function namedSource(name: string, context: InstitutionContext): Entity {
  return context.entities.add(`${name} (anonymous)`, 'anonymous');
}

const EUROPEAN_CONTEXT = /\b(?:EU|European Union|Brussels)\b/;

/**
 * "the presidency's spokesman", "a commission spokeswoman": the spokesperson of the body
 * last named of that kind; in a story about the European Union, "the commission" with no
 * other commission named is the European Commission.
 */
function bodyOrCommission(head: string, at: number, context: InstitutionContext): Entity | null {
  const body = anaphoric(head, at, context);
  if (body || head !== 'commission' || !EUROPEAN_CONTEXT.test(context.narrative)) return body;
  return context.entities.add('European Commission', 'institution');
}
