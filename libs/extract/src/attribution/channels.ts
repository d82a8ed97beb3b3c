import type { Channel } from '@parley/domain';

const OUTLET = '(?:Service|Radio|Television|TV|News|Times|Post|Journal|Herald|Network|Broadcasting|Channel|Agency|Courier|Gazette|Tribune|Daily)';

/** Words of the reporting clause that tell where something was said, most specific first. */
const CUES: ReadonlyArray<[Channel, RegExp]> = [
  ['social_media_post', /\b(?:wrote|writing|posted|posts?\s+on|in a (?:long |short |second |later )?post|tweet(?:ed|s)?|social media|on X\b|Facebook|Instagram|Telegram|Truth Social|TikTok|LinkedIn)/u],
  ['press_conference', /\b(?:press conference|news conference|(?:a|the|regular|daily|weekly|press|news)\s+briefing)\b/],
  ['press_statement', /\b(?:statement|readout|communiqu[eé]|press release|news release|(?:its|their|an?)\s+(?:own,?\s+)?(?:[\p{L}-]+,?\s+)?account)\b/u],
  [
    'interview',
    new RegExp(
      `\\b(?:interview|broadcast|aired|on (?:[\\p{L}-]+\\s+){0,2}(?:television|radio|TV)\\b|told (?:the )?(?:Radio|Television|TV)\\s+\\p{Lu}|told (?:the )?(?:\\p{Lu}[\\p{L}]+\\s+){1,4}${OUTLET}|told (?:a |the )?(?:[\\p{L}-]+\\s+){0,3}(?:radio|television|newspaper|broadcaster|podcast|channel|TV)|\\bprogramme\\b)`,
      'u',
    ),
  ],
  ['speech', /\b(?:speech|address\b|addressed (?:the\s+)?(?:\p{Lu}\p{L}+\s+)?(?:parliament|lawmakers|nation|assembly|senate|congress)|told (?:lawmakers|parliament|legislators|MPs|the \p{Lu}\p{L}+ parliament|the assembly|the senate))/u],
  ['campaign_event', /\b(?:rally|campaign|supporters|crowd)\b/],
  ['remarks_to_reporters', /\b(?:reporters|journalists|the press)\b/],
];

/** The channel a reporting clause names, or null when it names none. */
export function channelCue(clause: string): Channel | null {
  for (const [channel, pattern] of CUES) if (pattern.test(clause)) return channel;
  return null;
}

/** Remarks to reporters at a news conference the speaker was just reported giving belong to the conference. */
export function sceneOfRemarks(cue: Channel | null, occasion: Channel | null): Channel | null {
  return cue === 'remarks_to_reporters' && occasion === 'press_conference' ? occasion : cue;
}
