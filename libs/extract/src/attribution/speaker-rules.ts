/**
 * The rules that decide who said a quotation, in the order they are tried. Each names
 * an example it must decide (the speaker it must find) and, where one helps, a
 * counter-example it must not; the examples become tests, and `parley extract --explain`
 * prints the id of the rule that decided each statement.
 */
export interface SpeakerRule {
  id: string;
  stage: 'speaker';
  summary: string;
  example: { text: string; speaker: string | null };
  counterExample?: { text: string; speaker: string | null };
}

export const SPEAKER_RULES = [
  {
    id: 'speaker.not-a-statement',
    stage: 'speaker',
    summary: 'a quoted title, nickname or slogan: optional, no speaker',
    example: { text: 'Lund, a senator, wrote a memoir titled “Against the Wind.”', speaker: null },
  },
  {
    id: 'speaker.reported-words',
    stage: 'speaker',
    summary: 'the subject of the speech verb before the quotation, when a source after it only reports the words',
    example: { text: 'Maria Lund told the governor that the state wanted “a fair deal,” according to Lund’s spokeswoman.', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.signature',
    stage: 'speaker',
    summary: 'a name signed after a dash under the quotation, alone on the rest of its line',
    example: { text: 'Voters on the plan:\n\n“It is a disgrace.” ― Maria Lund\n“We need roads.” ― Tom Okafor', speaker: 'Maria Lund' },
    counterExample: { text: '“It is a disgrace.” ― the crowd shouted as Okafor arrived on Monday.', speaker: null },
  },
  {
    id: 'speaker.after-quote',
    stage: 'speaker',
    summary: 'the person named right after the quotation, before or after its speech verb',
    example: { text: '“We are winning,” says Okafor, the party’s treasurer.', speaker: 'Okafor' },
    counterExample: { text: '“We are winning,” the crowd chanted as Okafor arrived.', speaker: null },
  },
  {
    id: 'speaker.verb-subject',
    stage: 'speaker',
    summary: 'the subject of the last speech verb before the quotation',
    example: { text: 'Economist Jo Brandt boasted that the plan was “the best in a generation.”', speaker: 'Jo Brandt' },
  },
  {
    id: 'speaker.group-or-naming',
    stage: 'speaker',
    summary: 'a group speaks ("critics said") or a verb names rather than says ("dubbed"): optional, no single speaker',
    example: { text: 'Senator Maria Lund spoke on Monday. Critics said the plan was “a gift to the banks and nothing more.”', speaker: null },
  },
  {
    id: 'speaker.name-colon',
    stage: 'speaker',
    summary: 'a name opening the sentence, then a colon and the quotation (an interview line, a headline)',
    example: { text: 'Maria Lund: “We will not give in.”', speaker: 'Maria Lund' },
    counterExample: { text: 'UPDATE: “We will not give in.”', speaker: null },
  },
  {
    id: 'speaker.described',
    stage: 'speaker',
    summary: 'a speaker described but not named: the description is the source, nobody known the speaker',
    example: { text: '“The numbers are final,” a campaign spokesman said on Tuesday.', speaker: null },
  },
  {
    id: 'speaker.described-takes-up',
    stage: 'speaker',
    summary: 'a definite description of a person ("the businessman") takes up the speaker of the quotation before',
    example: { text: '“We will build it,” said Tom Okafor.\n\n“It will be tall,” the businessman added.', speaker: 'Tom Okafor' },
  },
  {
    id: 'speaker.described-name',
    stage: 'speaker',
    summary: 'a name inside a described source ("Mr. Okafor", "Okafor spokesperson Dana Veld") is the speaker: the person of that name, or one added',
    example: { text: 'Tom Okafor spoke on Monday. “The ruling is fair,” Okafor spokesperson Dana Veld said.', speaker: 'Dana Veld' },
    counterExample: { text: '“We won the vote,” the Ledger reported.', speaker: null },
  },
  {
    id: 'speaker.later-quote',
    stage: 'speaker',
    summary: 'the speaker named after a later quotation of the same sentence',
    example: { text: '“No,” and then “never,” Maria Lund said.', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.closing-clause',
    stage: 'speaker',
    summary: 'a person named with a speech verb in the clause that closes the sentence after the quotation',
    example: { text: 'Maria Lund “felt a moral obligation to act” on the bill, party chair Tom Okafor said.', speaker: 'Tom Okafor' },
    counterExample: { text: 'Maria Lund called the bill “a disgrace” on Monday, and Okafor agreed.', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.first-name-in-sentence',
    stage: 'speaker',
    summary: 'the first person named before the quotation in its sentence, with no verb to go by',
    example: { text: 'For Senator Maria Lund, whose bill failed on Tuesday, it is “a sad day for the state.”', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.next-sentence',
    stage: 'speaker',
    summary: 'a short sentence of attribution alone right after the quotation',
    example: { text: '“We are done waiting.” Maria Lund told reporters.', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.announced-by-possessive',
    stage: 'speaker',
    summary: 'a paragraph ending on a possessive and a noun of speech with a colon announces the next quotation',
    example: { text: 'Senator Maria Lund spoke on Monday. Here is the key passage from Lund’s speech:\n\n“We will not give in.”', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.paragraph-before',
    stage: 'speaker',
    summary: 'a quotation opening a paragraph carries on the speaker of the paragraph before',
    example: { text: 'In a speech on Monday, Maria Lund told voters the plan would pass.\n\n“I have the votes.”', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.inherited',
    stage: 'speaker',
    summary: 'a quotation with no attribution carries on the speaker of the one before in its paragraph',
    example: { text: '“We will win,” Maria Lund said. “We have the votes.”', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.chain',
    stage: 'speaker',
    summary: 'the parts of one quotation carried over paragraphs share one speaker',
    example: { text: '“We will win this race.\n\n“We have the votes,” Maria Lund said.', speaker: 'Maria Lund' },
  },
  {
    id: 'speaker.none',
    stage: 'speaker',
    summary: 'nothing in the article says who said it',
    example: { text: '“Anything can happen.”', speaker: null },
  },
] as const satisfies readonly SpeakerRule[];

export type SpeakerRuleId = (typeof SPEAKER_RULES)[number]['id'];
