import { extractArticle } from './extract-article';

function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt });
}

function said(text: string, publishedAt?: string) {
  return extract(text, publishedAt).statements.map((statement) => [statement.speaker, statement.text, statement.date]);
}

// 2025-06-12 is a Thursday.
describe('attribution patterns', () => {
  it('splits a quote around its attribution into two statements by one speaker', () => {
    const text = 'Chancellor Mira Olsen of Tarvia spoke on Thursday.\n\n“We will not retreat,” Olsen said, “and we will not apologise.”';
    expect(said(text)).toEqual([
      ['Mira Olsen', 'We will not retreat,', '2025-06-12'],
      ['Mira Olsen', 'and we will not apologise.', '2025-06-12'],
    ]);
  });

  it('takes the speaker after the quote in either order', () => {
    const text = '“The door is open,” said Prime Minister Jan Brodsky of Velmar.\n\n“We are ready to talk,” Brodsky said.';
    expect(said(text).map(([speaker]) => speaker)).toEqual(['Jan Brodsky', 'Jan Brodsky']);
  });

  it('resolves he and she to the nearest person of that gender', () => {
    const text =
      'President Lena Marsh of Ostrel met Prime Minister Karl Vind of Belmark on Tuesday. Marsh said her country wanted a deal.\n\n' +
      'Vind spoke to reporters afterwards about his plans.\n\n“We are close,” she said. “Nothing is agreed yet,” he said.';
    expect(said(text).map(([speaker]) => speaker)).toEqual(['Lena Marsh', 'Karl Vind']);
  });

  it('reads British single quotes with apostrophes inside', () => {
    const text = "Prime Minister Ada Quell of Norvia said on Monday that the deal was 'dead'.\n\n'It's the country's choice, and we don't regret it,' Quell said.";
    expect(said(text)).toEqual([
      ['Ada Quell', 'dead', '2025-06-09'],
      ['Ada Quell', "It's the country's choice, and we don't regret it,", '2025-06-09'],
    ]);
  });

  it('makes one statement per paragraph of a quote carried over paragraphs', () => {
    const text = 'President Omar Teller of Ruvia spoke at a rally on Wednesday.\n\nTeller said: “The first paragraph ends here.\n\n“The second one closes the quote.”';
    const statements = extract(text).statements;
    expect(statements.map((statement) => statement.text)).toEqual(['The first paragraph ends here.', 'The second one closes the quote.']);
    expect(statements.every((statement) => statement.speaker === 'Omar Teller' && statement.date === '2025-06-11')).toBe(true);
  });

  it('keeps a nested quote optional and credited to its own speaker', () => {
    const text = 'Prime Minister Ivo Rask of Delmar said on Thursday: “I told her: ‘We will not move,’ and she understood.”';
    const nested = extract(text).statements.find((statement) => statement.text === 'We will not move,');
    expect(nested).toMatchObject({ optional: true, speaker: 'Ivo Rask' });
  });

  it('marks slogans and titles optional with no speaker', () => {
    const text = 'Supporters chanted “Bread and Work” as President Ula Varn of Estmar arrived, carrying placards reading “Varn Forever”.';
    expect(extract(text).statements.map((statement) => [statement.text, statement.optional, statement.speaker])).toEqual([
      ['Bread and Work', true, null],
      ['Varn Forever', true, null],
    ]);
  });

  it('names institutional and anonymous speakers', () => {
    const text =
      'Prime Minister Sten Holm of Varland spoke by phone with President Ida Kern of Moravia on Tuesday.\n\n' +
      'A spokesperson for Holm said the call had been “frank”. The Moravian presidency said in a statement that it was “useful”.\n\n' +
      'A senior Varlandic official said the talks were “stuck”.';
    expect(said(text).map(([speaker]) => speaker)).toEqual([
      'Office of the Prime Minister of Varland (spokesperson)',
      'Presidency of Moravia',
      'Varlandic government official (anonymous)',
    ]);
  });
});

describe('dates by tense', () => {
  it('takes a past-tense weekday as the latest such day on or before publication', () => {
    const text = 'President Tor Bakke of Lumen said on Thursday that talks were “close”. Bakke said on Friday that they were “over”.';
    expect(said(text).map(([, , date]) => date)).toEqual(['2025-06-12', '2025-06-06']);
  });

  it('gives "last week" and "earlier this month" no date', () => {
    const text = 'President Tor Bakke of Lumen said last week that talks were “close”.';
    expect(said(text)[0]?.[2]).toBeNull();
  });

  it('puts a call that "will" happen "on Monday" on the next Monday', () => {
    const text = 'President Ana Silva of Portola and Prime Minister Leif Dahl of Kvarn will hold a video call on Monday, officials said.';
    expect(extract(text).calls).toEqual([
      expect.objectContaining({ participants: ['Ana Silva', 'Leif Dahl'], date: '2025-06-16', medium: 'video', status: 'planned' }),
    ]);
  });

  it('dates a call by "yesterday" and records who placed it', () => {
    const text = 'Prime Minister Leif Dahl of Kvarn telephoned President Ana Silva of Portola yesterday to discuss the tariffs.';
    expect(extract(text).calls[0]).toMatchObject({ date: '2025-06-11', initiator: 'Leif Dahl', medium: 'phone', status: 'held' });
  });
});
