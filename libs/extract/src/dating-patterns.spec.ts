import { extractArticle } from './extract-article';

// 2025-06-12 is a Thursday.
function dates(text: string, publishedAt = '2025-06-12'): Array<[string, string | null]> {
  return extractArticle({ text, publishedAt }).statements.map((statement) => [statement.text, statement.date]);
}

const VOS = 'President Ana Vos of Belmark has raised tariffs on Osterey.\n\n';

describe('when words were said, as the story tells of their occasion', () => {
  it.each([
    [
      'a year alone names no day',
      `${VOS}In her 2017 memoir, Vos described a tariff as “a fence with a gate in it.”`,
      [['a fence with a gate in it.', null]],
    ],
    [
      'an interview given one day and published the next, by the day it was given',
      `${VOS}In an interview with the Orsk Herald, given on Monday and published on Tuesday, Vos said the duty was “only the start.”`,
      [['only the start.', '2025-06-09']],
    ],
    [
      'a speaker described by a clause of his past, by the story’s day',
      `${VOS}Karl Tiede, a former banker who took office last year, said the duty was “a mistake we will all pay for.”`,
      [['a mistake we will all pay for.', '2025-06-12']],
    ],
    [
      'a reply within the hour, by the day of what it answers',
      `${VOS}Prime Minister Karl Tiede of Osterey wrote on Tuesday: “We will answer.”\n\nVos replied within the hour: “Answer with a price list.”`,
      [
        ['We will answer.', '2025-06-10'],
        ['Answer with a price list.', '2025-06-10'],
      ],
    ],
    [
      'a post told of as the act a dated clause began with',
      'The quarrel began on Monday evening, when President Ana Vos of Belmark threatened tariffs on Osterey.\n\nIn a post on X, Vos wrote: “Osterey has had its warning.”',
      [['Osterey has had its warning.', '2025-06-09']],
    ],
    [
      'a press conference afterwards, by the day of the talks told just before',
      `${VOS}Vos and Prime Minister Karl Tiede of Osterey held four hours of talks on Tuesday in Orsk.\n\nAt a joint press conference afterwards, Vos said the talks had been “hard but honest.”`,
      [['hard but honest.', '2025-06-10']],
    ],
    [
      'an interview later that night, by the day of the occasion told before, not the transcript’s release',
      `${VOS}Vos told reporters in Orsk on Tuesday that the duty was “not for ever.”\n\n` +
        'In an interview with state radio later that night, according to a transcript released by her office this morning, Vos was asked whether the duty could go. She said: “Everything can go.”',
      [
        ['not for ever.', '2025-06-10'],
        ['Everything can go.', '2025-06-10'],
      ],
    ],
    [
      'an audience told of before the day, by that day',
      `${VOS}The opposition leader, Karl Tiede, told an audience of bakers in Lenby on Monday that the duty was “a tax on bread.”\n\n“They call it protection,” Tiede said.`,
      [
        ['a tax on bread.', '2025-06-09'],
        ['They call it protection,', '2025-06-09'],
      ],
    ],
    [
      'an occasion named by its weekday, by that day',
      `${VOS}Vos said in Sunday’s interview that she hoped to sign soon. Asked when, she said only: “Before the harvest.”`,
      [['Before the harvest.', '2025-06-08']],
    ],
    [
      'a weekday’s occasion the speaker only knows of, by the story’s day',
      `${VOS}An Osterey official familiar with Tuesday’s call said the offer was “not serious.”`,
      [['not serious.', '2025-06-12']],
    ],
    [
      'a wire story’s weekday with no “on”, carried to the speaker’s next words',
      'ORSK (AP) — Belmark will hold off on its steel duty, President Ana Vos said Wednesday.\n\nThe duty will now apply from July 15, Vos told a news conference in Orsk.\n\n“We have not blinked,” Vos said.',
      [['We have not blinked,', '2025-06-11']],
    ],
    [
      'an answer to a question about a remark recalled with “had said”, by the occasion before the recollection',
      `${VOS}Prime Minister Karl Tiede of Osterey, addressing parliament in Lenby yesterday, was careful.\n\n“Nobody won,” Tiede told MPs.\n\n` +
        'Only last week Tiede had said he would “never accept a Belmark truce.” Asked by an MP about that remark, he said the terms were “written in Lenby.”',
      [
        ['Nobody won,', '2025-06-11'],
        ['never accept a Belmark truce.', null],
        ['written in Lenby.', '2025-06-11'],
      ],
    ],
    [
      'a speech told of as a repeated appeal, then quoted from “the speech”',
      `${VOS}Vos repeated her appeal for unity on Monday at the opening of a trade fair in Orsk.\n\n“We will build our own,” Vos said in the speech.`,
      [['We will build our own,', '2025-06-09']],
    ],
    [
      'words said later in the evening, by the day of the occasion told before',
      `${VOS}Karl Tiede accused Vos last night of “playing with fire” at a rally in Lenby.\n\nMarta Quell, his running mate, was calmer when she spoke later in the evening.\n\n“We can wait,” she said.`,
      [
        ['playing with fire', '2025-06-11'],
        ['We can wait,', '2025-06-11'],
      ],
    ],
    [
      'words said after a visit named with its visitor, by the day of the visit',
      'President Ana Vos of Belmark visited the border town of Lenby on Tuesday.\n\nAt a news conference after the President’s visit, Mayor Jon Hale said the town was “proud.”',
      [['proud.', '2025-06-10']],
    ],
    [
      'a statement issued after the call it tells of ended, by the day of the call',
      'Belmark and Osterey agreed yesterday to extend their truce.\n\nPresident Ana Vos of Belmark, who placed a phone call to Prime Minister Karl Tiede of Osterey late on Monday, said in a statement issued after it ended that both sides had “chosen to talk.”',
      [['chosen to talk.', '2025-06-09']],
    ],
    [
      'a quotation over two paragraphs after the speaker rejected a charge, by the speaker’s occasion still going on',
      'ORSK — President Ana Vos of Belmark said on Wednesday that she had pressed Karl Tiede to lift his duties.\n\n' +
        '“I told him frankly that dialogue must produce results,” Vos told a news conference in Orsk.\n\n' +
        'Vos said the two had agreed that ministers would meet in November.\n\nShe rejected suggestions that she was acting alone.\n\n' +
        '“Trade is a shared competence, and I respect that.\n\n“So yes, I will keep talking to him,” she said.',
      [
        ['I told him frankly that dialogue must produce results,', '2025-06-11'],
        ['Trade is a shared competence, and I respect that.', '2025-06-11'],
        ['So yes, I will keep talking to him,', '2025-06-11'],
      ],
    ],
  ])('dates %s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('words said after a call the article dates later', () => {
  it('dates a quotation said “a few hours after the call” by the day the call was placed', () => {
    const text =
      'President Ana Vos of Belmark said on Wednesday that she would delay the tariff, a day after Prime Minister Karl Tiede of Osterey telephoned her.\n\n' +
      'Tiede placed the call on Tuesday afternoon.\n\n' +
      'Speaking in parliament a few hours after the call, Tiede said he had warned Vos.\n\n' +
      '“A tariff on our steel is a tariff on her own factories,” he said.';
    expect(dates(text)).toEqual([['A tariff on our steel is a tariff on her own factories,', '2025-06-10']]);
  });
});

describe('the occasion a later quotation goes back to', () => {
  it('a speaker described by a relative clause that ends on another’s name, by the day of his own words', () => {
    const text =
      `${VOS}Trade Minister Karl Tiede of Osterey, who has written to the Belmark envoy, Ilse Maro, told reporters on Monday that Osterey wanted time.\n\n` +
      '“We are asking for time, not favours,” he said.';
    expect(dates(text)).toEqual([['We are asking for time, not favours,', '2025-06-09']]);
  });

  it('“she said at the time”, by the occasion just told of', () => {
    const text = `${VOS}Vos called the duty “a fair answer” at a news conference on June 2.\n\n“Osterey left us no choice,” she said at the time.`;
    expect(dates(text)).toEqual([
      ['a fair answer', '2025-06-02'],
      ['Osterey left us no choice,', '2025-06-02'],
    ]);
  });

  it('“Asked whether the July 1 date could slip, he …”: the day asked about is not the day he spoke', () => {
    const text =
      'Prime Minister Karl Tiede of Osterey has raised tariffs on Belmark.\n\nTiede told reporters in Orsk on Tuesday: “We will not blink.”\n\n' +
      'Asked whether the July 1 date could slip, he was cautious. “Dates can change,” he said.';
    expect(dates(text)).toEqual([
      ['We will not blink.', '2025-06-10'],
      ['Dates can change,', '2025-06-10'],
    ]);
  });
});

describe('the scene a paragraph sets for the quotation that opens the next', () => {
  it('a dated scene with no speech verb, then the speaker’s quotation in a paragraph of its own, by the scene’s day', () => {
    const text =
      `${VOS}In parliament on Tuesday, the opposition leader, Karl Tiede, mocked the government for missing its own deadline.\n\n` +
      '“They promised us a deal by May,” Tiede said. “It is June.”';
    expect(dates(text)).toEqual([
      ['They promised us a deal by May,', '2025-06-10'],
      ['It is June.', '2025-06-10'],
    ]);
  });

  it('a quotation that opens a paragraph after one about someone else keeps the story’s day', () => {
    const text =
      `${VOS}In parliament on Tuesday, the opposition leader, Karl Tiede, mocked the government for missing its own deadline.\n\n` +
      '“We keep our word,” Vos said.';
    expect(dates(text)).toEqual([['We keep our word,', '2025-06-12']]);
  });
});

describe('words said “where” the clause before took the speaker', () => {
  it('“… on Monday at a steel mill, where she told workers …”, by the day of the visit', () => {
    const text = `${VOS}Vos struck a defiant note on Monday during a visit to a steel mill in Lenby, where she told workers that Belmark “will not be pushed around.”`;
    expect(dates(text)).toEqual([['will not be pushed around.', '2025-06-09']]);
  });
});

describe('“told the programme”: the broadcast the story has already told of', () => {
  it('words to the programme after a look back at an older occasion keep the programme’s day', () => {
    const text =
      'Speaking on OTV’s weekly politics programme, President Ana Vos of Belmark said the talks were “not dead.”\n\n' +
      'Asked about retaliation, Vos stood by the threat she made on Monday at a steel mill, where she told workers that Belmark would answer “in kind.”\n\n' +
      '“I hope it never comes to that,” she told the programme.';
    expect(dates(text)).toEqual([
      ['not dead.', '2025-06-12'],
      ['in kind.', '2025-06-09'],
      ['I hope it never comes to that,', '2025-06-12'],
    ]);
  });
});

describe('a leader’s words from a call, as an account of the call gives them', () => {
  const CALL = 'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey spoke by phone on Tuesday.\n\n';

  function placed(text: string): Array<[string, string | null, string]> {
    return extractArticle({ text, publishedAt: '2025-06-12' }).statements.map((statement) => [statement.text, statement.date, statement.channel]);
  }

  it.each([
    ['“according to the statement” after the words', `${CALL}Vos stressed “the need to settle this by summer,” according to the statement.`, 'the need to settle this by summer,'],
    ['“according to the statement” before the speaker', `${CALL}According to the statement, Vos told the Osteran leader that Belmark “will not be rushed.”`, 'will not be rushed.'],
    ['the statement saying what the speaker had said', `${CALL}The statement said Tiede had stressed that Osterey “wants a deal before winter.”`, 'wants a deal before winter.'],
    ['a government saying in a statement what the speaker had asked', `${CALL}The Osteran government said in a statement that Tiede had asked Belmark to “lift the duty on oats.”`, 'lift the duty on oats.'],
  ])('%s: the call’s day', (_pattern, text, words) => {
    expect(placed(text)).toContainEqual([words, '2025-06-10', 'phone_call']);
  });

  it('the leader’s own statement keeps its own day', () => {
    expect(placed(`${CALL}Vos said in a statement on Thursday that the duty would stay “until Osterey moves.”`)).toContainEqual(['until Osterey moves.', '2025-06-12', 'press_statement']);
  });
});

describe('“shortly after the call”: the day of the call the story has told', () => {
  it.each([
    ['a post shortly after the call', 'Vos had written on X shortly after the call that it was “long but useful.”', 'long but useful.'],
    ['words to reporters after the conversation', '“We are closer than we were,” Tiede told reporters after the conversation.', 'We are closer than we were,'],
  ])('%s, told paragraphs later', (_pattern, sentence, words) => {
    const text =
      'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey spoke by phone on Tuesday.\n\n' +
      'Belmark’s duty on Osteran oats took effect in May and has cost farmers dearly.\n\n' +
      `${sentence}`;
    expect(dates(text)).toContainEqual([words, '2025-06-10']);
  });
});
