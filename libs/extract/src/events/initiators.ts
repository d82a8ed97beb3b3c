import type { Entity } from '../people/entities';
import type { Mention } from '../people/mentions';
import type { Range } from '../text/ranges';

/** What comes between a phrase and the person who asked for the call. */
const BY_BEFORE = /\b(?:requested|initiated|convened|arranged|placed|organised|organized|proposed|called|hosted|chaired)\s+by\s+(?:(?:the\s+)?[\p{L}.’'-]+\s+){0,4}?$|\b(?:at|on)\s+the\s+(?:request|invitation|initiative|suggestion|behest)\s+of\s+(?:(?:the\s+)?[\p{L}.’'-]+\s+){0,4}?$/u;
/** "took a call from X", "a phone call from X": the caller. */
const CALL_FROM_BEFORE = /\b(?:call|conversation)\s+(?:(?:on|late|early|last|this)\s+[\p{L}\d]+\s+)?from\s+(?:(?:the\s+)?[\p{L}.’'-]+\s+){0,4}?$/u;
/** "a call Tiede had requested": a relative clause without "that". */
const CALL_BEFORE = /\b(?:call|conversation)\s+$/;
/** "Tiede, who called to press for a truce", "Tiede, who had requested it": the one who asked for the call. */
const WHO_CALLED_AFTER = /^\s*,\s+who\s+(?:had\s+)?(?:(?:requested|initiated|placed|proposed|asked\s+for)\b|(?:called|phoned|telephoned|rang)\b(?!\s+(?:for|on|it|the|them|off|out)\b))/;
const POSSESSIVE_REQUEST = /^['’]s\s+(?:request|invitation|initiative|suggestion|behest)\b/;
const AT_BEFORE = /\b(?:at|on)\s+$/;
const THAT_BEFORE = /\b(?:that|which)\s+$/;
const INITIATED_AFTER = /^\s+(?:had\s+)?(?:initiated|convened|requested|placed|arranged|proposed|organised|organized|asked for|set up)\b/;
const ASKED_FOR_IT = /^\s+(?:had\s+)?(?:requested|asked for|proposed|placed|initiated|made|convened|arranged)\s+(?:the|it|this|that)\b/;

/**
 * Who asked for a call, as a clause says it: "convened by X", "a call from X", "at X’s request", "at the
 * invitation of X", "a call that X initiated", "X had requested the call".
 */
export function initiatorIn(narrative: string, mentions: readonly Mention[], clause: Range): Entity | null {
  for (const mention of mentions) {
    if (mention.start < clause.start || mention.start >= clause.end || mention.entity?.kind !== 'individual') continue;
    const before = narrative.slice(Math.max(clause.start, mention.start - 60), mention.start);
    const after = narrative.slice(mention.end, Math.min(clause.end, mention.end + 40));
    if (BY_BEFORE.test(before) || CALL_FROM_BEFORE.test(before)) return mention.entity;
    if (mention.possessive && AT_BEFORE.test(before) && POSSESSIVE_REQUEST.test(after)) return mention.entity;
    if ((THAT_BEFORE.test(before) || CALL_BEFORE.test(before)) && INITIATED_AFTER.test(after)) return mention.entity;
    if (WHO_CALLED_AFTER.test(after)) return mention.entity;
    if (ASKED_FOR_IT.test(after) && !/\bwho\s+$/.test(before)) return mention.entity;
  }
  return null;
}
