import { extractArticle } from './extract-article';

function statements(text: string) {
  return extractArticle({ text: `Lund in the news\n\n${text}`, publishedAt: '2026-03-02' }).statements.filter((statement) => !statement.optional);
}

function evidence(text: string): Array<[string | null, string | null, string | null]> {
  return statements(text).map((statement) => [statement.speaker, statement.source?.text ?? null, statement.cue?.text ?? null]);
}

describe('who said it, and the words that say so', () => {
  it.each([
    ['an inverted present tense with a lone surname', '“We are winning,” says Okafor.', [['Okafor', 'Okafor', 'says']]],
    ['a reporting verb read from its root', '“This is the best plan in a generation,” Maria Lund boasted on Monday.', [['Maria Lund', 'Maria Lund', 'boasted']]],
    ['an abbreviated title and a party-and-state parenthesis', '“It is not new in Oregon,” said Sen. Maria Lund (D-Ore.) at the time.', [['Maria Lund', 'Maria Lund', 'said']]],
    ['a party-and-state parenthesis between the name and the verb', '“It is not new in Oregon,” Sen. Maria Lund (D-Ore.) said Tuesday.', [['Maria Lund', 'Maria Lund', 'said']]],
    ['a party and state set off by commas', '“It is not new in Oregon,” Rep. Maria Lund, D-Ore., said.', [['Maria Lund', 'Maria Lund', 'said']]],
    ['a titled speaker after a question', '“Is it over?” Sen. Maria Lund asked.', [['Maria Lund', 'Maria Lund', 'asked']]],
    ['a surname and an appositive after an exclamation', 'Maria Lund ran the farm. “What a harvest!” Lund, a farmer from the valley, said.', [['Maria Lund', 'Lund', 'said']]],
    ['a described source after a question', '“Who pays for it?” The Ledger asked.', [[null, 'The Ledger', 'asked']]],
    ['the subject of the speech verb that reports the clause holding the quotation', 'Maria Lund spoke on Wednesday. Lund said Wednesday that she called Okafor to praise what she called “an extraordinary campaign.”', [['Maria Lund', 'Lund', 'said']]],
    ['an inverted verb closing the sentence after a lower-case word and a comma', 'Maria Lund ran. Lund “has a right to contest every primary,” just as Brandt did, added Tom Okafor.', [['Tom Okafor', 'Tom Okafor', 'added']]],
    ['an occupation of several words between the quotation and the name', '“We can call this right now,” election law expert Jo Brandt tweeted on Monday.', [['Jo Brandt', 'Jo Brandt', 'tweeted']]],
    ['no occupation in a clause that goes on after the quotation', 'Lund’s office said the call had been “warm” and that Tom Okafor had asked for more.', [[null, 'Lund’s office', 'said']]],
    ['a lower-case occupation between the verb and the name', '“Nobody wants that,” said pollster Jo Brandt.', [['Jo Brandt', 'Jo Brandt', 'said']]],
    ['an appositive between the name and the verb', '“The numbers are on our side,” Tom Okafor, Lund’s campaign manager, said in a statement.', [['Tom Okafor', 'Tom Okafor', 'said']]],
    ['a middle initial inside the name', '“We can still win this,” said Maria J. Lund, the senator.', [['Maria J. Lund', 'Maria J. Lund', 'said']]],
    ['a middle initial, then the surname alone', 'Tom R. Okafor runs the campaign. “We are ahead,” Okafor said.', [['Tom R. Okafor', 'Okafor', 'said']]],
    ['a long appositive between the name and the verb', '“We will appeal,” Leo R. Okafor, director of the Policy Center and a professor at the Kilburgh School of Economics, said in an interview.', [['Leo R. Okafor', 'Leo R. Okafor', 'said']]],
    ['an appositive with commas of its own', '“We will appeal,” Jo Wilson, of Springfield, Va., said.', [['Jo Wilson', 'Jo Wilson', 'said']]],
    ['an occupation opening the sentence before the name', 'Activist Maria Lund said the plan was “a disgrace.”', [['Maria Lund', 'Maria Lund', 'said']]],
    ['a party label before the name', 'Democrat Maria Lund said the plan was “a disaster for farmers.”', [['Maria Lund', 'Maria Lund', 'said']]],
    ['a described speaker after the quotation', '“The numbers are final,” a campaign spokesman said.', [[null, 'a campaign spokesman', 'said']]],
    ['a described speaker inverted after the quotation', '“It is more of the same,” says a narrator.', [[null, 'a narrator', 'says']]],
    ['an outlet that reported the words', '“The count was 699,” The Ledger reported on Friday.', [[null, 'The Ledger', 'reported']]],
    ['a written text that reads the words', '“She should come to Louisiana,” the editorial read.', [[null, 'the editorial', 'read']]],
    ['an inverted verb of reaction', 'Carl Brandt spoke on Sunday. “What sport is he talking about?” reacted Brandt.', [['Carl Brandt', 'Brandt', 'reacted']]],
    ['a body taken up by “it” after the quotation', 'The carmaker issued a statement on Monday. “We will appeal the ruling,” it said.', [[null, 'it', 'said']]],
    ['an outlet in an “as” clause before the quotation', 'Maria Lund won the county. As the Ledger reported, “Lund would win, and handily.”', [[null, 'the Ledger', 'reported']]],
    ['a described subject after a semicolon, not the name in the clause before', 'The vote was close. Parliament debated a ban on Maria Lund; one lawmaker called Lund “the orange prince of self-publicity.”', [[null, 'one lawmaker', 'called']]],
    ['a source set off by “according to” before the quotation', 'Maria Lund won the county. According to the newspaper, “the gun laws are porous.”', [[null, 'the newspaper', 'According to']]],
    ['a person, not a description, set off by “according to”', 'According to Trade Minister Maria Lund of Oregon, the talks had been “going in circles for months.”', [['Maria Lund', 'Maria Lund', null]]],
    ['an institution before the quotation', 'In a statement, the party committee said the staff had acted in a way that was “completely unacceptable.”', [[null, 'the party committee', 'said']]],
    ['the writer in the first person after the quotation', '“I am not shy,” I said on the stand.', [[null, 'I', 'said']]],
    ['the writer in the first person before the quotation', 'When the judge asked, I told him, “This is a big win.”', [[null, 'I', 'told']]],
    ['a signature after a dash', 'Voters on the plan:\n\n“It is a disgrace.” ― Maria Lund', [['Maria Lund', 'Maria Lund', null]]],
    ['a name the rules for people did not know', '“It was fine,” Mr. Prince said.', [['Prince', 'Mr. Prince', 'said']]],
    ['a described source before the verb, not a participle after it', '“We need change,” the Lakeland businessman said, arguing that he will bring “a fresh start.”', [[null, 'the Lakeland businessman', 'said'], [null, 'the Lakeland businessman', 'said']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(evidence(text)).toEqual(expected);
  });

  it('reads a quotation of a title-case headline as words said, and a title in the body as a name', () => {
    const text = 'Lund Calls the Farm Plan ‘A Disgrace’\n\nSenator Maria Lund said on Monday that the farm plan was a disgrace. She reads “The Patient Lantern” every night.';
    const statements = extractArticle({ text, publishedAt: '2026-03-02' }).statements.map((statement) => [statement.text, statement.optional]);
    expect(statements).toEqual([
      ['A Disgrace', false],
      ['The Patient Lantern', true],
    ]);
  });

  it('gives the source and cue as spans of the article text', () => {
    const text = 'Lund in the news\n\n“We are winning,” says Okafor.';
    const [statement] = extractArticle({ text, publishedAt: '2026-03-02' }).statements;
    expect(statement?.source).toEqual({ text: 'Okafor', start: text.indexOf('Okafor'), end: text.indexOf('Okafor') + 'Okafor'.length });
    expect(statement?.cue).toEqual({ text: 'says', start: text.indexOf('says'), end: text.indexOf('says') + 4 });
  });

  it('does not carry a speaker over to words a description is credited with', () => {
    const found = evidence('“We will build it,” said Tom Okafor, the developer.\n\n“It is a waste of money,” a neighbour said.');
    expect(found).toEqual([
      ['Tom Okafor', 'Tom Okafor', 'said'],
      [null, 'a neighbour', 'said'],
    ]);
  });
});
