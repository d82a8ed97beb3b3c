/**
 * Verbs that report speech or writing, in the forms wire copy uses. A quotation's
 * speaker is the subject of the nearest of these before it, or of one just after it.
 */
const FINITE = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'posted', 'tweeted', 'accused', 'accuses',
  'called', 'calls', 'described', 'describes', 'warned', 'warns', 'urged', 'urges', 'insisted', 'insists', 'argued',
  'argues', 'noted', 'notes', 'stressed', 'declared', 'announced', 'complained', 'promised', 'pledged', 'vowed',
  'recalled', 'replied', 'responded', 'answered', 'asked', 'charged', 'claimed', 'acknowledged', 'admitted', 'conceded',
  'predicted', 'suggested', 'explained', 'praised', 'criticised', 'criticized', 'dismissed', 'branded', 'labelled',
  'labeled', 'termed', 'quipped', 'joked', 'remarked', 'observed', 'countered', 'maintained', 'confirmed', 'denied',
  'defended', 'welcomed', 'blamed', 'thanked', 'proposed', 'demanded', 'pleaded', 'reiterated', 'emphasised',
  'emphasized', 'cautioned', 'threatened', 'promises', 'referred', 'chanted', 'shouted', 'continued', 'replied', 'stated', 'assured', 'reassured',
  // infinitives: "telephoned her to warn that …"
  'warn', 'insist', 'urge', 'stress', 'argue', 'complain', 'declare', 'tell',
];
const PARTICIPLES = [
  'saying', 'telling', 'adding', 'writing', 'calling', 'describing', 'warning', 'urging', 'insisting', 'arguing',
  'noting', 'stressing', 'declaring', 'accusing', 'promising', 'vowing', 'recalling', 'insisting', 'claiming',
  'branding', 'labelling', 'dismissing', 'defending', 'welcoming', 'blaming',
];

const PARTICIPLE_SET = new Set(PARTICIPLES);
/** Every speech verb, in lower case. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([...FINITE, ...PARTICIPLES]);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word) || SPEECH_VERBS.has(word.toLowerCase());
}

export function isParticiple(word: string): boolean {
  return PARTICIPLE_SET.has(word.toLowerCase());
}

/** Verbs whose quotation names something rather than saying it: chants, nicknames. */
export const NAMING_VERBS = new Set(['chanted', 'shouted', 'referred', 'branded', 'labelled', 'labeled', 'termed', 'dubbed', 'nicknamed']);
