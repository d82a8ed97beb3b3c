import { extractArticle } from './extract-article';

// 2025-06-12 is a Thursday.
function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt });
}

function speakers(text: string): Array<[string | null, string]> {
  return extract(text).statements.map((statement) => [statement.speaker, statement.text]);
}

function dates(text: string): Array<[string, string | null]> {
  return extract(text).statements.map((statement) => [statement.text, statement.date]);
}

describe('speakers', () => {
  it.each([
    [
      'a leader’s office after the leader’s title and the country the lede gives',
      'Belmark will raise its levy on grain from Osterey, President Ana Vos said on Thursday.\n\n' +
        'Prime Minister Karl Tiede of Osterey said he regretted it. Tiede revealed that Belmark’s president had written to him.\n\n' +
        'Vos’s office said the levy was “a last resort.”',
      [['Office of the President of Belmark', 'a last resort.']],
    ],
    [
      'a leader’s office without taking a verb before a possessive country into the title',
      'Prime Minister Imke Hald of Ravenna spoke on Thursday. Hald revealed that Osterey’s president, Ivo Marsk, had telephoned her on Monday to warn that his country would “match every duty.”\n\n' +
        'Marsk’s office said the call had been “direct.”',
      [
        ['Ivo Marsk', 'match every duty.'],
        ['Office of the President of Osterey', 'direct.'],
      ],
    ],
    [
      'the chancellery of the one chancellor, when the article first speaks of “the chancellery”',
      'Chancellor Pim Aro of Lunmark spoke by phone with President Ana Vos of Belmark on Thursday.\n\nA readout released by the chancellery described the call as “useful.”',
      [['Chancellery of Lunmark', 'useful.']],
    ],
    [
      'one anonymous source for a government, taken up again as “the source” or “she”',
      'Prime Minister Imke Hald of Ravenna spoke on Thursday.\n\n' +
        'One senior government figure, speaking on condition of anonymity, said the prime minister had “no choice left.” “It was this or an election,” the source said.\n\n' +
        'A Ravennese trade official said the decision was final. “Nobody will reopen it,” she said.',
      [
        ['Ravennese government official (anonymous)', 'no choice left.'],
        ['Ravennese government official (anonymous)', 'It was this or an election,'],
        ['Ravennese government official (anonymous)', 'Nobody will reopen it,'],
      ],
    ],
    [
      'a source by the country itself when the article has no demonym for it',
      'Prime Minister Imke Hald of Ravenna spoke on Thursday.\n\nOne senior government figure, speaking on condition of anonymity, said the prime minister had “no choice left.”',
      [['Ravenna government official (anonymous)', 'no choice left.']],
    ],
    [
      '“he” as the subject of a background sentence that opens its paragraph',
      'President Ana Vos of Belmark spoke on Thursday. Her counterpart, Prime Minister Karl Tiede of Osterey, replied within hours.\n\n' +
        'Tiede had hinted at the move last week. He told a news conference on Monday that his patience was “wearing thin.”',
      [['Karl Tiede', 'wearing thin.']],
    ],
    [
      '“he” after an opening phrase by the sentence before, not by a possessor inside the phrase',
      'Chancellor Pim Aro of Lunmark spoke on Thursday. Union leader Olle Brant said the plan was “a disgrace.”\n\n' +
        'Brant was unmoved. Reacting to the chancellor’s remarks, he said: “Words are cheap.”',
      [
        ['Olle Brant', 'a disgrace.'],
        ['Olle Brant', 'Words are cheap.'],
      ],
    ],
  ])('names %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ['a spokesperson for the prime minister', 'A spokesperson for the prime minister said talks were “still possible.”', 'Office of the Prime Minister of Ravenna (spokesperson)'],
    ['the prime minister’s spokesman', 'The prime minister’s spokesman told reporters that talks were “still possible.”', 'Office of the Prime Minister of Ravenna (spokesperson)'],
    ['a spokeswoman for a country’s ministry', 'A spokeswoman for Ravenna’s Foreign Ministry said talks were “still possible.”', 'Foreign Ministry of Ravenna (spokesperson)'],
    ['a ministry spokesman after the ministry', 'Ravenna’s Trade Ministry issued a statement. A ministry spokesman said talks were “still possible.”', 'Trade Ministry of Ravenna (spokesperson)'],
    ['a spokesman for the leader named with a title', 'A spokesman for Prime Minister Hald said talks were “still possible.”', 'Office of the Prime Minister of Ravenna (spokesperson)'],
    ['the leader’s own spokeswoman', 'Hald’s spokeswoman said talks were “still possible.”', 'Office of the Prime Minister of Ravenna (spokesperson)'],
    ['a government spokesman', '“Talks are still possible,” said a government spokesman.', 'Government of Ravenna (spokesperson)'],
    ['a spokesman named after his description', '“Talks are still possible,” said Hald’s spokesman, Ole Brun.', 'Ole Brun'],
  ])('names %s as the spokesperson of the office or ministry', (_name, sentence, speaker) => {
    const text = `Prime Minister Imke Hald of Ravenna spoke on Thursday.\n\n${sentence}`;
    expect(speakers(text).map(([who]) => who)).toEqual([speaker]);
  });
});

describe('dates of statements made on an earlier occasion', () => {
  it.each([
    [
      'by the occasion the sentence before reports, and its follow-up paragraph too',
      'President Ana Vos of Belmark said on Thursday that the levy would go.\n\n' +
        'At a dinner with exporters on Tuesday night, she was in a lighter mood. “Sometimes a phone call is worth a tariff,” she said.\n\n' +
        '“Nobody laughed, but nobody left.”',
      [
        ['Sometimes a phone call is worth a tariff,', '2025-06-10'],
        ['Nobody laughed, but nobody left.', '2025-06-10'],
      ],
    ],
    [
      'a fresh reaction by the day of the news, not by the speaker’s earlier occasion',
      'Union leader Olle Brant told a news conference on Monday that members were angry. “We are losing patience,” Brant said then.\n\n' +
        'Reacting to the delay, he was blunter. “This is a betrayal,” he said.',
      [
        ['We are losing patience,', '2025-06-09'],
        ['This is a betrayal,', '2025-06-12'],
      ],
    ],
    [
      'a post by the day in its own clause when the clause runs straight into the quotation',
      'President Ana Vos of Belmark posted a photograph of the two delegations on social media late on Wednesday with the words: “Good talks.”',
      [['Good talks.', '2025-06-11']],
    ],
    [
      'words by the main clause, not by a relative clause about something else',
      'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey met on Thursday.\n\nVos, who had called Tiede on Monday, said she was “hopeful.”',
      [['hopeful.', '2025-06-12']],
    ],
    [
      'an interview by its own day, not by a count of days from another event',
      'President Ana Vos of Belmark spoke on Thursday.\n\nIn an interview on Tuesday, a day before the call, she had said that Belmark would “wait no longer.”',
      [['wait no longer.', '2025-06-10']],
    ],
  ])('dates %s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('calls', () => {
  it('dates a three-way call from the relative clause of a later sentence', () => {
    const text =
      'Osterey and Lunmark agreed on Thursday to resume trade talks after a three-way phone call hosted by President Ana Vos of Belmark.\n\n' +
      'The call, which Vos convened on Tuesday, was the first contact between Prime Minister Karl Tiede of Osterey and Chancellor Pim Aro of Lunmark since March.';
    expect(extract(text).calls.map((call) => [[...call.participants].sort(), call.date])).toEqual([[['Ana Vos', 'Karl Tiede', 'Pim Aro'], '2025-06-10']]);
  });

  it('reads the call of “announced the deal after a phone call with …” as one new call, with its day', () => {
    const text = 'Prime Minister Karl Tiede of Osterey announced the deal after a phone call with Belmark’s president, Ana Vos, on Thursday morning. Vos had requested the call.';
    expect(extract(text).calls.map((call) => [[...call.participants].sort(), call.date, call.initiator])).toEqual([[['Ana Vos', 'Karl Tiede'], '2025-06-12', 'Ana Vos']]);
  });
});

describe('quotation marks', () => {
  it('closes a British single quote that ends in s before a second quote, rather than reading a plural possessive', () => {
    const text = "President Ana Vos of Belmark said on Thursday that the levy was 'a question of fairness' and that Osterey had 'flooded our markets'.";
    expect(speakers(text).map(([, quoted]) => quoted)).toEqual(['a question of fairness', 'flooded our markets']);
  });
});

describe('speakers named after the quotation with a title', () => {
  function speakersOf(text: string): Array<[string | null, string]> {
    return extractArticle({ text, publishedAt: '2025-06-12' }).statements.map((statement) => [statement.speaker, statement.text]);
  }

  it.each([
    [
      'a capitalised title before the surname',
      'Trade Minister Oren Vask told radio listeners the talks were hard.\n\n“We will not accept a bad deal,” Senator Vask said. “There is a deal to be done.”',
      [
        ['Oren Vask', 'We will not accept a bad deal,'],
        ['Oren Vask', 'There is a deal to be done.'],
      ],
    ],
    ['an acronym and a title before the full name', '“Growers have been burnt before,” FGA president Lina Sorrel said.', [['Lina Sorrel', 'Growers have been burnt before,']]],
    [
      'a title owned by a bloc, after “the”',
      'Ana Ferrow, the bloc’s foreign policy chief, told reporters the package was ‘one of our strongest yet’.',
      [['Ana Ferrow', 'one of our strongest yet']],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe('quotations announced in the paragraph before', () => {
  it('gives a quotation that opens a paragraph to the person the paragraph before has speak', () => {
    const text =
      'President Teodora Vasquel of Belmark agreed to extend the truce by 30 days.\n\n' +
      'In a televised address last night, Ms Vasquel told the nation that the extension was not a concession.\n\n' +
      '“I have not given away a single metre of our land, and I will not.”';
    expect(speakers(text)).toEqual([['Teodora Vasquel', 'I have not given away a single metre of our land, and I will not.']]);
  });

  it('gives it to the person whose words a colon announces', () => {
    const text = 'President Ana Vos opened the summit this morning.\n\nHere is the key passage from Vos’s opening address:\n\n‘We meet at a time when some choose walls and tariffs.’';
    expect(speakers(text)).toEqual([['Ana Vos', 'We meet at a time when some choose walls and tariffs.']]);
  });

  it('leaves the quotation to a speaker named after a later part of it', () => {
    const text =
      'President Ana Vos of Belmark has threatened tariffs on fish from Osterey.\n\n' +
      '“For years Osterey has taken our fish.\n\n' +
      '“That ends this summer,” Vos told reporters on Wednesday.';
    expect(extract(text).statements.map((statement) => [statement.speaker, statement.date])).toEqual([
      ['Ana Vos', '2025-06-11'],
      ['Ana Vos', '2025-06-11'],
    ]);
  });
});

describe('words quoted more than once', () => {
  it('keeps one statement for the same words of the same speaker in a headline, a summary and a subheading', () => {
    const text =
      'Steel forum live: Vos urges leaders to ‘hold the line’\n\n' +
      'President Ana Vos of Belmark opened the steel forum in Orsk with an appeal to ‘hold the line’ on duties.\n\n' +
      'Vos: ‘hold the line’\n\n' +
      'In her opening speech, Vos said: ‘We ask you to hold the line, and to hold it together.’';
    expect(speakers(text)).toEqual([
      ['Ana Vos', 'hold the line'],
      ['Ana Vos', 'We ask you to hold the line, and to hold it together.'],
    ]);
  });
});

describe('a statement told of before it is quoted', () => {
  it('“the statement” after a presidency released its own account of the call, by that presidency and its day', () => {
    const text =
      'Prime Minister Imke Hald of Ravenna spoke by phone on Tuesday with President Ola Berg of Lunmark, according to a statement from Hald’s office.\n\n' +
      'The Lunmark presidency released its own account of the call late on Tuesday.\n\n“The President asked for patience,” the statement said.';
    expect(extract(text).statements.map((statement) => [statement.speaker, statement.date])).toEqual([['Presidency of Lunmark', '2025-06-10']]);
  });
});
