import { extractArticle } from './extract-article';

function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt });
}

function said(text: string, publishedAt?: string) {
  return extract(text, publishedAt).statements.map((statement) => [statement.speaker, statement.text, statement.date]);
}

// 2025-06-12 is a Thursday.
describe('attribution patterns', () => {
  it.each([
    [
      'splits a quote around its attribution into two statements by one speaker',
      'Chancellor Runa Olsen of Tarvia spoke on Thursday.\n\n“We will not retreat,” Olsen said, “and we will not apologise.”',
      [
        ['Runa Olsen', 'We will not retreat,', '2025-06-12'],
        ['Runa Olsen', 'and we will not apologise.', '2025-06-12'],
      ],
    ],
    [
      'reads British single quotes with apostrophes inside',
      "Prime Minister Ada Quenby of Norvia said on Monday that the deal was 'dead'.\n\n'It's the country's choice, and we don't regret it,' Quenby said.",
      [
        ['Ada Quenby', 'dead', '2025-06-09'],
        ['Ada Quenby', "It's the country's choice, and we don't regret it,", '2025-06-09'],
      ],
    ],
    [
      'reads two apostrophes as a double quotation mark, with a single quotation inside',
      "Prime Minister Ada Quenby of Norvia spoke on Monday.\n\n''It is over,'' Ms. Quenby said. ''We are done with 'maybe' and the country's doubts.''",
      [
        ['Ada Quenby', 'It is over,', '2025-06-09'],
        ['Ada Quenby', "We are done with 'maybe' and the country's doubts.", '2025-06-09'],
        [null, 'maybe', null],
      ],
    ],
    [
      'closes a single quotation before the double one around it at three apostrophes',
      "Prime Minister Ada Quenby of Norvia spoke on Monday.\n\n''I would use the word 'steady,''' Ms. Quenby said.",
      [
        ['Ada Quenby', "I would use the word 'steady,'", '2025-06-09'],
        [null, 'steady,', null],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(said(text)).toEqual(expected);
  });

  it('takes the speaker after the quote in either order', () => {
    const text = '“The door is open,” said Prime Minister Jan Brodsky of Velmar.\n\n“We are ready to talk,” Brodsky said.';
    expect(said(text).map(([speaker]) => speaker)).toEqual(['Jan Brodsky', 'Jan Brodsky']);
  });

  it('resolves he and she to the nearest person of that gender', () => {
    const text =
      'President Lena Marrik of Osterval met Prime Minister Karl Vind of Belmark on Tuesday. Marrik said her country wanted a deal.\n\n' +
      'Vind spoke to reporters afterwards about his plans.\n\n“We are close,” she said. “Nothing is agreed yet,” he said.';
    expect(said(text).map(([speaker]) => speaker)).toEqual(['Lena Marrik', 'Karl Vind']);
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

  it.each([
    [
      'a leader’s spokesperson, a presidency and an anonymous official',
      'Prime Minister Sten Hollin of Varland spoke by phone with President Ida Kern of Moravia on Tuesday.\n\n' +
        'A spokesperson for Hollin said the call had been “frank”. The Moravian presidency said in a statement that it was “useful”.\n\n' +
        'A senior Varlandic official said the talks were “stuck”.',
      ['Office of the Prime Minister of Varland (spokesperson)', 'Presidency of Moravia', 'Varlandic government official (anonymous)'],
    ],
    [
      'a ministry’s spokesperson, a party and a returning anonymous source',
      'The Ambrian foreign ministry’s spokesperson said the offer was “serious”. Ambria’s opposition Liberal Union said it was “a stunt”. ' +
        'An Ambrian diplomat said talks were “close”. “We need a week,” the diplomat said.',
      ['Foreign Ministry of Ambria (spokesperson)', 'Liberal Union (Ambria)', 'Ambrian government official (anonymous)', 'Ambrian government official (anonymous)'],
    ],
  ])('names institutional and anonymous speakers: %s', (_name, text, speakers) => {
    expect(said(text).map(([speaker]) => speaker)).toEqual(speakers);
  });
});

describe('speakers named around the quotation', () => {
  it('takes the speaker from a sentence of attribution alone after the quotation', () => {
    const text = 'President Lina Sorvik of Ambria spoke in Vedra.\n\n“We will not move an inch.” Sorvik told reporters.';
    expect(said(text)).toEqual([['Lina Sorvik', 'We will not move an inch.', '2025-06-12']]);
    expect(extract(text).statements[0]?.channel).toBe('remarks_to_reporters');
  });

  it('introduces a speaker after the quotation, described or by appositive, and follows them with pronouns', () => {
    const text =
      'President Lina Sorvik of Ambria announced the plan.\n\n' +
      '“It will cost us dearly,” the opposition leader, Pim Lanvik, wrote on Facebook on Sunday.\n\n' +
      '“Our ports will empty,” said Hanne Roos, who heads the Ambrian Shippers’ Council. “Nobody asked us,” she added.';
    expect(said(text)).toEqual([
      ['Pim Lanvik', 'It will cost us dearly,', '2025-06-08'],
      ['Hanne Roos', 'Our ports will empty,', '2025-06-12'],
      ['Hanne Roos', 'Nobody asked us,', '2025-06-12'],
    ]);
  });
});

describe('the day and channel of an occasion', () => {
  it('dates words by the occasion the attribution names, not by the dates of what was said', () => {
    const text =
      'President Lina Sorvik of Ambria gave an interview broadcast on Tuesday evening.\n\n' +
      '“The border stays open,” she said.\n\n' +
      'Sorvik told reporters on Thursday she expected to meet the Vedran president on Monday, adding that the talks were “long overdue.”';
    expect(said(text).map(([, , date]) => date)).toEqual(['2025-06-10', '2025-06-12']);
    expect(extract(text).statements[0]?.channel).toBe('interview');
  });

  it('gives a lede quotation the channel the next paragraph reports', () => {
    const text =
      'President Lina Sorvik of Ambria said on Thursday that the tariff was “a mistake.”\n\n' +
      'Sorvik made the comments while speaking with reporters in Vedra.';
    expect(extract(text).statements[0]).toMatchObject({ speaker: 'Lina Sorvik', channel: 'remarks_to_reporters', date: '2025-06-12' });
  });

  it('dates a relative clause about speaking as the speaker’s occasion', () => {
    const text = 'Sorvik, who addressed the Ambrian parliament yesterday, defended the plan as “fair to everyone.”\n\nPresident Lina Sorvik of Ambria is under pressure.';
    expect(extract(text).statements[0]).toMatchObject({ channel: 'speech', date: '2025-06-11' });
  });
});

describe('dates by tense', () => {
  it('takes a past-tense weekday as the latest such day on or before publication', () => {
    const text = 'President Tarje Bakke of Lumen said on Thursday that talks were “close”. Bakke said on Friday that they were “over”.';
    expect(said(text).map(([, , date]) => date)).toEqual(['2025-06-12', '2025-06-06']);
  });

  it('gives "last week" and "earlier this month" no date', () => {
    const text = 'President Tarje Bakke of Lumen said last week that talks were “close”.';
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
