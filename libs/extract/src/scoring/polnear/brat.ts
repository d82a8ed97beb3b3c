import type { TextEvidence } from '@parley/domain';

/** One attribution of a PolNeAR annotation file: who (Source), the cue and what was attributed (Content pieces). */
export interface GoldAttribution {
  source: TextEvidence | null;
  cue: TextEvidence | null;
  content: TextEvidence[];
}

/** A `.ann` file that does not have the brat standoff shape PolNeAR uses, with the line at fault. */
export class AnnotationFormatError extends Error {
  override readonly name = 'AnnotationFormatError';
}

/**
 * Offsets of brat count code points; JavaScript strings count UTF-16 units. Maps every
 * code point index of the text to its UTF-16 index (the end of the text included).
 */
function codePointOffsets(text: string): number[] {
  const offsets: number[] = [];
  let unit = 0;
  for (const character of text) {
    offsets.push(unit);
    unit += character.length;
  }
  offsets.push(unit);
  return offsets;
}

function pieces(range: string, text: string, offsets: readonly number[], line: number): TextEvidence[] {
  return range.split(';').map((piece) => {
    const [start, end] = piece.trim().split(/\s+/).map(Number);
    const from = offsets[start ?? -1];
    const to = offsets[end ?? -1];
    if (from === undefined || to === undefined || from > to) throw new AnnotationFormatError(`line ${line}: span "${piece}" lies outside the article`);
    return { text: text.slice(from, to), start: from, end: to };
  });
}

/** Joins the pieces of a discontinuous Source or Cue into one span covering them all. */
function covering(found: readonly TextEvidence[], text: string): TextEvidence {
  const start = Math.min(...found.map((piece) => piece.start));
  const end = Math.max(...found.map((piece) => piece.end));
  return { text: found.length === 1 ? (found[0] as TextEvidence).text : text.slice(start, end), start, end };
}

/** Reads the attributions (`E` lines with their `T` spans) of one PolNeAR `.ann` file over the article's text. */
export function parseBratAttributions(ann: string, text: string): GoldAttribution[] {
  const offsets = codePointOffsets(text);
  const spans = new Map<string, TextEvidence[]>();
  const events: Array<[string, number]> = [];
  ann.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (/^T\d+\t/.test(line)) {
      const [id, header] = line.split('\t');
      const match = /^(\S+) (.+)$/.exec(header ?? '');
      if (!id || !match?.[2]) throw new AnnotationFormatError(`line ${index + 1}: expected "Tn<TAB>Label start end<TAB>text"`);
      spans.set(id, pieces(match[2], text, offsets, index + 1));
    } else if (/^E\d+\t/.test(line)) {
      events.push([line.split('\t')[1] ?? '', index + 1]);
    }
  });
  return events.map(([arguments_, line]) => {
    const roles = new Map<string, TextEvidence[]>();
    for (const argument of arguments_.split(' ')) {
      const [role, id] = argument.split(':');
      const found = spans.get(id ?? '');
      if (!role || !found) throw new AnnotationFormatError(`line ${line}: ${argument} names no span`);
      roles.set(role.replace(/\d+$/, ''), [...(roles.get(role.replace(/\d+$/, '')) ?? []), ...found]);
    }
    const source = roles.get('Source');
    const cue = roles.get('Cue');
    return { source: source ? covering(source, text) : null, cue: cue ? covering(cue, text) : null, content: roles.get('Content') ?? [] };
  });
}
