import type { Extraction } from '@parley/domain';
import { extractArticle } from '../../extract-article';
import { AnnotationFormatError, parseBratAttributions } from './brat';
import { quotationSpans } from './gold-quotes';
import { namedSurname } from './named-source';
import { formatPolnearTable, polnearFigures } from './polnear-table';
import { scorePolnearArticle } from './score-polnear';

/** An invented article with annotations in PolNeAR's brat standoff shape. */
const TEXT = [
  'Lund says ‘No’ to the bridge 🌉',
  '',
  '“We are done waiting,” said Sen. Maria Lund (D-Ore.) on Monday.',
  '',
  '“The numbers are final,” a campaign spokesman said.',
  '',
  'Critics called it a “bridge to nowhere” in March.',
].join('\n');

/** brat counts code points: the emoji in the headline is one, though JavaScript counts it as two. */
function codePoints(text: string, fragment: string): [number, number] {
  const at = text.indexOf(fragment);
  const start = [...text.slice(0, at)].length;
  return [start, start + [...fragment].length];
}

function span(label: string, id: number, fragment: string): string {
  const [start, end] = codePoints(TEXT, fragment);
  return `T${id}\t${label} ${start} ${end}\t${fragment}`;
}

const ANN = [
  span('Source', 1, 'Sen. Maria Lund (D-Ore.)'),
  span('Cue', 2, 'said'),
  span('Content', 3, '“We are done waiting,”'),
  'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
  span('Source', 4, 'a campaign spokesman'),
  span('Content', 5, '“The numbers are final,”'),
  'E2\tAttribution:T4 Content:T5 Source:T4',
  '',
].join('\n');

describe('PolNeAR scoring', () => {
  const attributions = parseBratAttributions(ANN, TEXT);

  it('reads brat spans as code points and gives them as JavaScript offsets', () => {
    expect(attributions[0]?.source?.text).toBe('Sen. Maria Lund (D-Ore.)');
    expect(TEXT.slice(attributions[1]?.source?.start, attributions[1]?.source?.end)).toBe('a campaign spokesman');
  });

  it('names the line of an annotation that points outside the article', () => {
    expect(() => parseBratAttributions('T1\tSource 10 9000\tLund', TEXT)).toThrow(AnnotationFormatError);
    expect(() => parseBratAttributions('T1\tSource 10 9000\tLund', TEXT)).toThrow('line 1');
  });

  it('finds quotations with double marks and, in the headline, single ones', () => {
    expect(quotationSpans(TEXT).map(({ start, end }) => TEXT.slice(start, end))).toEqual(['No', 'We are done waiting,', 'The numbers are final,', 'bridge to nowhere']);
  });

  it('tells a named person from descriptions, institutions and pronouns', () => {
    expect(['Sen. Maria Lund (D-Ore.)', 'Trump’s', 'a campaign spokesman', 'The New York Post', 'he', 'the Clinton campaign'].map(namedSurname)).toEqual([
      'Lund',
      'Trump',
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads the name of a Source that goes on to describe the person', () => {
    expect(['Martin Okafor, the president’s former envoy to the Middle East', 'Senator Jo Brandt, Democrat of Indiana', 'Maria Lund — a teacher from Mount Pleasant —', 'Tom Okafor of the Ledger', 'Rachel Brandt, 20, of Jacksonville, Fla.'].map(namedSurname)).toEqual([
      'Okafor',
      'Brandt',
      'Lund',
      'Okafor',
      'Brandt',
    ]);
  });

  it('scores the extractor on the quotations the annotators attributed', () => {
    const score = scorePolnearArticle(extractArticle({ text: TEXT, publishedAt: '2026-03-02' }), { name: 'lund', publisher: 'invented', text: TEXT, attributions });
    expect(score).toMatchObject({ gold: 2, predicted: 2, matched: 2, sourced: 2, sourceRight: 2, named: 1, speakerRight: 1, findings: [] });
    expect(polnearFigures(score)).toEqual({ quotePrecision: 1, quoteRecall: 1, sourceAccuracy: 1, speakerAccuracy: 1 });
  });

  it('lists a wrong source and a missed quotation as findings', () => {
    const extraction = extractArticle({ text: TEXT, publishedAt: '2026-03-02' });
    const wrong: Extraction = { ...extraction, statements: extraction.statements.filter((statement) => statement.text.startsWith('We are')).map((statement) => ({ ...statement, speaker: 'Tom Okafor', source: null })) };
    const score = scorePolnearArticle(wrong, { name: 'lund', publisher: 'invented', text: TEXT, attributions });
    expect(score.findings.map((finding) => [finding.kind, finding.expected])).toEqual([
      ['wrong_source', 'Sen. Maria Lund (D-Ore.)'],
      ['wrong_speaker', 'Sen. Maria Lund (D-Ore.)'],
      ['missed_quote', 'a campaign spokesman'],
    ]);
    expect(formatPolnearTable([score])).toContain('invented');
  });
});
