import type { Channel } from '@parley/domain';

/** Words of the reporting clause that tell where something was said, most specific first. */
const CUES: ReadonlyArray<[Channel, RegExp]> = [
  ['social_media_post', /\b(?:wrote|writing|posted|posts?\s+on|in a (?:long |short )?post|tweet(?:ed|s)?|social media|on X\b|Facebook|Instagram|Telegram|Truth Social|TikTok)/u],
  ['press_conference', /\b(?:press conference|news conference|briefing)\b/],
  ['press_statement', /\b(?:statement|readout|communiqu[eé]|press release|news release)\b/],
  ['interview', /\b(?:interview|told (?:the )?(?:\p{Lu}[\p{L}]+\s+){1,4}(?:Service|Radio|Television|TV|News|Times|Post|Journal|Herald|Network|Broadcasting|Channel)|told (?:a |the )?(?:radio|television|newspaper|broadcaster|podcast))/u],
  ['speech', /\b(?:speech|address\b|addressed (?:parliament|lawmakers|the nation|the assembly)|told (?:lawmakers|parliament|legislators|MPs|the \p{Lu}\p{L}+ parliament|the assembly|the senate))/u],
  ['campaign_event', /\b(?:rally|campaign|supporters|crowd)\b/],
  ['remarks_to_reporters', /\b(?:reporters|journalists|the press)\b/],
];

/** The channel a reporting clause names, or null when it names none. */
export function channelCue(clause: string): Channel | null {
  for (const [channel, pattern] of CUES) if (pattern.test(clause)) return channel;
  return null;
}
