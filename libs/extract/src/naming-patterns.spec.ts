import { extractArticle } from './extract-article';

// 2025-06-12 is a Thursday.
function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt });
}

function speakers(text: string): Array<[string | null, string]> {
  return extract(text).statements.map((statement) => [statement.speaker, statement.text]);
}

function people(text: string): string[] {
  return extract(text).people.map((person) => person.name);
}

describe('people named without a title or a speech verb', () => {
  it.each([
    [
      'a full name the article later takes up with an honorific',
      'Harriet Penhallow has exempted medicines from the tariff.\n\n' +
        '‘We listened, and we have acted,’ Mrs Penhallow told the Herald.',
      [['Harriet Penhallow', 'We listened, and we have acted,']],
    ],
    [
      'a full name after an opening word, taken up by surname later',
      'When Ilona Reszka was a girl, the border queue was where she learned her politics.\n\n' +
        'Reszka was blunter. “A queue is a tax on people’s time,” she said.',
      [['Ilona Reszka', 'A queue is a tax on people’s time,']],
    ],
    [
      'a name after “Dr”',
      '‘Every lobby will form a queue,’ said Dr Fenella Oakes of Brightwater University.',
      [['Fenella Oakes', 'Every lobby will form a queue,']],
    ],
    [
      'a name with an age set off by commas before the verb',
      'At the packing shed, forklift driver Tomas Ruzek, 24, said the government had “picked a fight.”\n\n' +
        '“They should have thought about us,” he said.',
      [
        ['Tomas Ruzek', 'picked a fight.'],
        ['Tomas Ruzek', 'They should have thought about us,'],
      ],
    ],
    [
      'a name with the title of a body the article named before',
      'The Pescadian presidency confirmed the delay.\n\n' +
        'A Zemlani official was sceptical. “It will not last,” the official said.\n\n' +
        'Ines Tarrago, the presidency’s spokeswoman, told a briefing that it would be reversed “the same day.”\n\n' +
        '“The president was very clear with him,” she said.',
      [
        ['Zemlani government official (anonymous)', 'It will not last,'],
        ['Ines Tarrago', 'the same day.'],
        ['Ines Tarrago', 'The president was very clear with him,'],
      ],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('does not take a demonym after another word for a surname', () => {
    const text =
      'Quelmar will impose a tariff on Istravian steel, President Tomas Garvelle said on Thursday.\n\n' +
      'UPDATE 1 – Adds Istravian prime minister’s comments\n\n' +
      'Garvelle spoke with Istravia’s prime minister, Dario Venkas, on Wednesday.\n\n' +
      'Speaking in the Istravian parliament, Venkas said his country “will not be bullied.”\n\n' +
      '“We are a small country, not a weak one,” he said.';
    expect(people(text)).not.toContain('Adds Istravian');
    expect(speakers(text)).toEqual([
      ['Dario Venkas', 'will not be bullied.'],
      ['Dario Venkas', 'We are a small country, not a weak one,'],
    ]);
  });

  it('does not take a country for a person named after an appositive', () => {
    const text = '“We can start planning again,” said Henrike Adler, chief executive of Voss Motorwerke, Yaldavia’s largest carmaker, after the Yaldavian deal.';
    expect(people(text)).toEqual(['Henrike Adler']);
  });
});

describe('people taken up again', () => {
  it.each([
    [
      '“the 67-year-old” as the person named before',
      'President Tomé Vasquel of Ulmaro spoke in Cantaro on Thursday.\n\n“We heard our neighbours,” the 67-year-old said.',
      [['Tomé Vasquel', 'We heard our neighbours,']],
    ],
    [
      'the capitalised title of a leader the story names first and gives no title',
      'Colm Avery vowed yesterday to hit Norvennan timber with a tariff.\n\n' +
        'Speaking at a distillery, the Prime Minister told workers: ‘That is not a threat.’',
      [['Colm Avery', 'That is not a threat.']],
    ],
    [
      'the one who answers a question, not the person the question names',
      'President Ilona Reszka of Tolvany met the mayor, Hana Lisowska, on Thursday.\n\n' +
        'Lisowska sat in the front row. Asked whether the president had delivered for the city, she said: “She has delivered a press conference.”',
      [['Hana Lisowska', 'She has delivered a press conference.']],
    ],
  ])('resolves %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    [
      'with an age after the name and a clause of circumstance after the verb',
      'Greta Vilhelm has grown apples for 31 years. Vilhelm is worried.\n\n' +
        '"What did an apple ever do to anybody?" Vilhelm, 58, said this morning as she walked between the rows.',
      [['Greta Vilhelm', 'What did an apple ever do to anybody?']],
    ],
    [
      'with a relative clause after the name',
      'The opposition was unimpressed. "Which is it?" Tobias Renn, who leads the Civic Front, told reporters.\n\nRenn has called for an inquiry.',
      [['Tobias Renn', 'Which is it?']],
    ],
  ])('attributes a question to the sentence after it, %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('the countries of offices and governments', () => {
  it.each([
    [
      'a country whose demonym drops its final “o”',
      'Prime Minister Anton Maelis of Serivo visited Dravik on Thursday.\n\nThe Serivan government said the exemption was “a gesture of good faith.”',
      'Government of Serivo',
    ],
    [
      'a country shaped like a demonym, beside the demonym built on it',
      'Pescadia will delay its tariff on fish from Zemlan, after a call with Zemlan’s prime minister, Bogdan Sterlec. A Zemlani official confirmed it.\n\n' +
        'Sterlec’s office described the call as “warm.”',
      'Office of the Prime Minister of Zemlan',
    ],
    [
      'a leader’s country, when a minister is said to be the leader’s by surname',
      'President Konstantin Lorre’s office said on Thursday that the tariff on Torvelder cars would wait “to give negotiators room.”\n\n' +
        'Chancellor Agathe Wiltmore of Torvelde welcomed it. Lorre’s trade minister, Matyas Keller, told exporters that Harvonia was close to a deal. Harvonian carmakers agreed.',
      'Office of the President of Harvonia',
    ],
    [
      'a leader’s country named before a possessive',
      "Moira Sallowe, the leader of Brannoch's opposition Commonwealth Party, promised to scrap the tariff on Lundvari dairy.\n\nPrime Minister Callum Ardry announced the tariff in April.\n\n" +
        "A spokesperson for Ardry said the call had been 'businesslike'.",
      'Office of the Prime Minister of Brannoch (spokesperson)',
    ],
  ])('names %s', (_name, text, speaker) => {
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });

  it.each([
    ['a spokesman for a leader named with an honorific', 'A spokesman for Mrs Hald said talks would “cover the full range of questions.”', 'Office of the Prime Minister of Ravenna (spokesperson)'],
    ['a spokesman for a country’s ministry in lower case', 'A spokesman for Ravenna’s foreign ministry said Hald remained “open to talking.”', 'Foreign Ministry of Ravenna (spokesperson)'],
    ['a spokeswoman for the ministry the article named before', 'The Ravennese Trade Ministry said on Thursday the increase was paused.\n\n“Paused is the word,” a spokeswoman for the ministry told reporters.', 'Trade Ministry of Ravenna (spokesperson)'],
  ])('names %s as the spokesperson', (_name, sentence, speaker) => {
    const text = `Prime Minister Imke Hald of Ravenna spoke on Thursday.\n\n${sentence}`;
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });
});

describe('names with particles and honours', () => {
  function calls(text: string): string[][] {
    return extract(text).calls.map((call) => call.participants);
  }

  it.each([
    [
      'a surname with particles, taken up at the start of a sentence',
      'The deal Ilse van der Berg struck with Tomas Garvelle took months.\n\n' +
        'Van der Berg and Garvelle spoke by phone on Thursday. “We are close,” van der Berg said.',
      'Ilse van der Berg',
    ],
    [
      'a four-word name ending in a surname with a particle, taken up by the word before it',
      'President Anselmo Tavares Ruiva da Costa of Lusenia met the press on Thursday.\n\n“We will answer,” Ruiva said.',
      'Anselmo Tavares Ruiva da Costa',
    ],
    [
      'a surname joined to its particle by a hyphen',
      'Foreign Minister Karim al-Nouri of Tessalia spoke on Thursday.\n\n“We will answer,” al-Nouri said.',
      'Karim al-Nouri',
    ],
    [
      'a surname after “de” following a speech verb',
      'Prime Minister Henri de Valmont of Ostrelia spoke on Thursday.\n\n“It is done,” said de Valmont.',
      'Henri de Valmont',
    ],
  ])('keeps %s', (_name, text, person) => {
    expect(speakers(text).map(([who]) => who)).toEqual([person]);
    expect(people(text)).toContain(person);
  });

  it('finds a call between a person with a particle surname, named by surname, and another leader', () => {
    const text =
      'The deal Ilse van der Berg struck with Tomas Garvelle took months.\n\n' + 'Van der Berg and Garvelle spoke by phone on Thursday, an official said.';
    expect(calls(text)).toEqual([['Ilse van der Berg', 'Tomas Garvelle']]);
  });

  it('names a knight or dame without the honour, and keeps the honoured forms as aliases', () => {
    const text = 'Sir Alden Marsh said the tariff was “a mistake.”\n\n“We will answer,” Sir Alden told reporters.';
    const person = extract(text).people.find((candidate) => candidate.name === 'Alden Marsh');
    expect(person?.aliases).toEqual(expect.arrayContaining(['Sir Alden Marsh', 'Sir Alden']));
    expect(speakers(text).map(([who]) => who)).toEqual(['Alden Marsh', 'Alden Marsh']);
  });
});

describe('bodies with names of their own', () => {
  it.each([
    [
      'a commission named in full, then taken up as “the commission”',
      'The Meridian Trade Commission said on Thursday that the duties were suspended.\n\n' + 'In a statement, the commission said the pause would “give talks a chance.”',
      'Meridian Trade Commission',
    ],
    [
      'a spokesperson for a commission named after a regional adjective',
      'A spokesperson for the Oceanic Commission said its “door remains open.”',
      'Oceanic Commission (spokesperson)',
    ],
  ])('names %s as written', (_name, text, speaker) => {
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });

  it('does not take “the commission president” for the commission', () => {
    const text = 'The Meridian Trade Commission met on Thursday.\n\nThe commission president said the pause would “give talks a chance.”';
    expect(speakers(text).map(([who]) => who)).not.toContain('Meridian Trade Commission');
  });

  it('finds a person introduced by a minister’s title with a portfolio in lower case', () => {
    const text = 'Lise Marrow, the Tessalian minister for foreign trade, wrote on X that the decision was “a pragmatic choice.”';
    expect(speakers(text)).toEqual([['Lise Marrow', 'a pragmatic choice.']]);
    expect(extract(text).people[0]?.roles[0]?.title).toBe('Minister for foreign trade');
  });
});

describe('seats of government', () => {
  it.each([
    ['Downing Street said', 'The two leaders spoke on Thursday, Downing Street said. It called the talks “candid and useful.”', 'Office of the Prime Minister of the United Kingdom'],
    ['a Kremlin readout', 'The Kremlin said the call had been “frank and businesslike.”', 'Presidency of Russia'],
    ['a Downing Street spokesperson', 'A Downing Street spokesperson said the talks would resume “in the coming weeks.”', 'Office of the Prime Minister of the United Kingdom (spokesperson)'],
    ['the Élysée', 'The Élysée said the president would travel “as soon as possible.”', 'Presidency of France'],
  ])('names the office behind %s', (_name, text, speaker) => {
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });

  it('does not take a seat’s named spokesman for the office', () => {
    const text = 'Kremlin spokesman Ilya Dorin said the call was “useful.”';
    expect(speakers(text).map(([who]) => who)).toEqual(['Ilya Dorin']);
  });
});

describe('anonymous sources named by the house they speak for', () => {
  it.each([
    ['a diplomat of a bloc', 'Belmark and Osterey met on Monday. One EU diplomat summed up the mood: “Nobody wants a trade war.”', 'EU diplomat (anonymous)'],
    ['a diplomat of a region, placed in a capital', 'Belmark and Osterey met on Monday. A western diplomat in Orsk said the window was “long enough.”', 'Western diplomat (anonymous)'],
    ['a White House official', 'President Ana Vos of Belmark called on Monday. A White House official, who asked not to be named, said the date was “firm.”', 'White House official (anonymous)'],
    ['an administration official', 'The two men spoke on Monday, according to a senior administration official, who described the call as “friendly.”', 'US administration official (anonymous)'],
    ['an official of a country written short', 'Belmark and the United States are close to a deal. A U.S. official said the remaining issues were “technical, not political.”', 'U.S. government official (anonymous)'],
  ])('names %s', (_name, text, speaker) => {
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });

  it('takes the source up again as “the official”', () => {
    const text = 'A White House official, who asked not to be named, said the date was “firm.”\n\n“We are not going to negotiate against ourselves,” the official said.';
    expect(speakers(text).map(([who]) => who)).toEqual(['White House official (anonymous)', 'White House official (anonymous)']);
  });

  it('keeps a diplomat of one country as that government’s source', () => {
    const text = 'Belmark and Osterey met on Monday. A Belmarkian diplomat said the talks were “slow.”';
    expect(speakers(text).map(([who]) => who)).toEqual(['Belmarkian government official (anonymous)']);
  });
});

describe('spokespersons of a body named before', () => {
  it.each([
    [
      'the presidency’s spokesman after an opening phrase',
      'The Pescadian presidency said President Ana Vos had taken the call.\n\nIn a statement on Thursday evening, the presidency’s spokesman said the leaders had agreed on “the importance of the ceasefire.”',
      'Presidency of Pescadia (spokesperson)',
    ],
    [
      'a commission spokesman in a story about the European Union',
      'Belmark’s prime minister, Ana Vos, defended her talks with Osterey on tariffs the EU sets.\n\n“We were informed of the call in advance,” a commission spokesman told reporters.',
      'European Commission (spokesperson)',
    ],
  ])('names %s', (_name, text, speaker) => {
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });

  it('leaves a spokeswoman named before her title as herself', () => {
    const text = 'The Pescadian presidency confirmed the delay.\n\nInes Tarrago, the presidency’s spokeswoman, told a briefing that it would be reversed “the same day.”';
    expect(speakers(text).map(([who]) => who)).toEqual(['Ines Tarrago']);
  });
});

describe('people taken up by a short form of their name', () => {
  it.each([
    [
      'a surname without its Arabic article',
      'Pescadian President Hassan el-Marri took the call on Thursday.\n\nMarri stressed “the need to move to the second phase,” according to the statement.',
      [['Hassan el-Marri', 'the need to move to the second phase,']],
    ],
    [
      'a family name of two letters written first',
      'Prime Minister Ana Vos of Belmark said she had pressed Osterey’s leader, Ru Tanhai, to lift the duties.\n\nRu told Ms Vos that Osterey was willing to “handle differences through dialogue.”',
      [['Ru Tanhai', 'handle differences through dialogue.']],
    ],
    [
      'a name with an age and a relative clause after it',
      'Mirela Tosk, 54, who left her home in Varn in May, said she would believe in the truce when she saw the tanks leave.\n\n“Thirty days is nothing,” she said.',
      [['Mirela Tosk', 'Thirty days is nothing,']],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('words that are not names', () => {
  it.each([
    [
      'a portfolio between a title and the name',
      'Coordinating Minister for Economic Affairs Ida Marsel told a news conference that the rate was “the lowest offered so far.”',
      'Ida Marsel',
    ],
    [
      'a sentence that opens with “One” before a source',
      'One EU diplomat was gloomy about the talks.\n\nTrade chief Maren Ostby was more hopeful. “We will get there,” she told reporters.',
      'Maren Ostby',
    ],
  ])('reads %s', (_name, text, speaker) => {
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });

  it.each([
    ['a place of two words before a speech verb', 'Tomas Vell, the founder of a research group in New Varda, said the pause was “more damaging than the tariff.”', 'New Varda'],
    ['a country of two words taken up by its last word', 'South Talvia and Ostmark agreed to talk. Talvia will host.\n\n“We are ready,” said Ana Brel of Ostmark.', 'South Talvia'],
  ])('takes no person from %s', (_name, text, place) => {
    expect(people(text)).not.toContain(place);
  });
});

describe('institutions the narrative names', () => {
  it.each([
    [
      'the office of a prime minister written with capitals, whose country a later title gives',
      'ORSK — Ana Vos is going back to Belmark.\n\nThe Tessalian prime minister will meet President Ru Tanhai next week, her office said.\n\n' +
        'In a statement, the Prime Minister’s Office said the leaders would discuss “the new relationship between Tessalia and Belmark.”\n\n' +
        'It will be Vos’s second visit since she took office.',
      'Office of the Prime Minister of Tessalia',
    ],
    [
      'the presidency of a country of two words, by its possessive',
      'South Talvia’s presidency said in a statement that the summit would “proceed with or without anyone.”',
      'Presidency of South Talvia',
    ],
    [
      'a directorate named in full, then by its head word',
      'Talvia’s Directorate of Communications released its readout on Monday.\n\nThe directorate said the leaders had discussed “bilateral relations and the situation in the region.”',
      'Directorate of Communications of Talvia',
    ],
    [
      'a chancellery written with a capital, of the one chancellor named',
      'Ketalian Chancellor Jonas Loew agreed to delay the tariff.\n\nThe Chancellery said in a statement that working groups would meet “from the week of February 17.”',
      'Chancellery of Ketalia',
    ],
    [
      'a seat of government that puts out a readout, then “the readout says”',
      'Downing Street has put out a readout of this morning’s video call.\n\nThe readout says the leaders agreed that any ceasefire must be “just and lasting.”',
      'Office of the Prime Minister of the United Kingdom',
    ],
  ])('gives the words to %s', (_name, text, speaker) => {
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });

  it('names an anonymous source by the real-world demonym of a country whose name it shortens', () => {
    const text = 'Poland will vote against the deal. The two leaders have not spoken since the summit, per Polish officials. A call this week is “likely,” one of them told the Briefing.';
    expect(speakers(text).map(([who]) => who)).toEqual(['Polish government official (anonymous)']);
  });
});

describe('names and offices introduced after the name', () => {
  it('takes the country of a title set off after the name by its demonym, and names the office for it', () => {
    const text =
      'Ola Brenk, the Dutch prime minister, telephoned the Kestrian president on Thursday.\n\n' +
      'Brenk’s office said the call had been ‘warm and substantive’.';
    const extraction = extract(text);
    expect(extraction.people.find((person) => person.name === 'Ola Brenk')?.roles).toEqual([{ title: 'Prime minister', of: 'Netherlands', current: true }]);
    expect(speakers(text)).toEqual([['Office of the Prime Minister of the Netherlands', 'warm and substantive']]);
  });

  it('keeps a two-letter given name written with a capital inside a sentence', () => {
    const text = 'The president said he had spoken with To Vanh, the leader of Kestria.\n\n“We agreed on everything,” Vanh said.';
    expect(people(text)).toContain('To Vanh');
    expect(speakers(text)).toEqual([['To Vanh', 'We agreed on everything,']]);
  });

  it('finds a speaker whose institution is set off by commas after the name', () => {
    const text = 'Economists were sceptical. Ilse Marrow, of the Dunmore School of Economics, said the duties would add ‘a few pence to a loaf’.';
    expect(speakers(text)).toEqual([['Ilse Marrow', 'a few pence to a loaf']]);
  });
});
