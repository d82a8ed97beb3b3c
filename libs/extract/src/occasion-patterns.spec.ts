import { extractArticle } from './extract-article';

// 2025-06-12 is a Thursday.
function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt });
}

function dates(text: string): Array<[string, string | null]> {
  return extract(text).statements.map((statement) => [statement.text, statement.date]);
}

function speakers(text: string): Array<string | null> {
  return extract(text).statements.map((statement) => statement.speaker);
}

function calls(text: string): Array<[string[], string | null, string]> {
  return extract(text).calls.map((call) => [[...call.participants].sort(), call.date, call.status]);
}

const SUMMIT = 'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey ended their talks in Orsk on Wednesday.\n\n';

describe('the occasion a paragraph is about', () => {
  it.each([
    [
      'a news conference both leaders gave, for either of them, while the story stays with it',
      SUMMIT +
        'At a joint news conference on Wednesday evening, the two leaders sounded hopeful.\n\n' +
        '“We have a plan,” Vos said.\n\n' +
        'Tiede was more careful. He told reporters: “A plan is not a deal.”\n\n' +
        'Asked whether Osterey would drop the duty it announced last week, he said: “Not yet.”\n\n' +
        '“Ask me in a month,” Vos said when a reporter pressed her.',
      [
        ['We have a plan,', '2025-06-11'],
        ['A plan is not a deal.', '2025-06-11'],
        ['Not yet.', '2025-06-11'],
        ['Ask me in a month,', '2025-06-11'],
      ],
    ],
    [
      'the leaders seen before reporters after the summit',
      SUMMIT + 'Vos and Tiede appeared before reporters afterwards.\n\n“It was a long day,” Tiede said.',
      [['It was a long day,', '2025-06-11']],
    ],
    [
      'an occasion a later sentence calls the same one',
      SUMMIT + 'At a news conference afterwards, Vos said the gap was “narrower than it looks.”\n\n“We are not there yet,” Tiede told the same news conference.',
      [
        ['narrower than it looks.', '2025-06-11'],
        ['We are not there yet,', '2025-06-11'],
      ],
    ],
    [
      'a statement issued after the summit, by the summit’s day',
      SUMMIT + 'The cut will apply from July 1, the Belmarkian presidency said in a statement issued after the summit, calling it “a first step.”',
      [['a first step.', '2025-06-11']],
    ],
  ])('dates %s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('what was said is not when it was said', () => {
  it.each([
    [
      'a clause of reported words before the speaker of the sentence',
      'President Ana Vos of Belmark spoke on Thursday.\n\nThe two leaders will talk again next week, a spokeswoman for Vos told reporters. “Nothing is settled,” the spokeswoman said.',
      [['Nothing is settled,', '2025-06-12']],
    ],
    [
      'a quotation led by what was said and attributed after it',
      'President Ana Vos of Belmark spoke on Thursday.\n\nTheir last call, on Monday, had been “cold,” she said.',
      [['cold,', '2025-06-12']],
    ],
    [
      'a verb inside what was said',
      'President Ana Vos of Belmark, speaking in Orsk, said the levy announced on Monday would stay.\n\n“We will not blink,” she told lawmakers.',
      [['We will not blink,', '2025-06-12']],
    ],
    [
      'the day in an object of the verb after it: “announced the levy on Monday”',
      'President Ana Vos of Belmark announced the levy on Monday in a post on X, in which she called it “overdue.”',
      [['overdue.', '2025-06-09']],
    ],
    [
      'words said over a stretch of time, which name no day',
      'Olle Brant, who heads the Belmark Farmers’ Union, has long argued that the levy is “a tax on bread.”',
      [['a tax on bread.', null]],
    ],
  ])('dates %s', (_name, text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});

describe('who spoke', () => {
  const LEADERS = 'President Ana Vos of Belmark spoke by phone with Prime Minister Karl Tiede of Osterey on Wednesday.\n\n';

  it.each([
    ['a minister standing beside the president', LEADERS + 'Trade Minister Olle Brant, standing beside the president, said the deal needed “a date.”', ['Olle Brant']],
    ['an institution whose verb is joined to a verb about the leader', LEADERS + 'A readout from the Osterey government said Tiede had told Vos that “trade is not a favour” and described the call as “useful.”', ['Karl Tiede', 'Government of Osterey']],
    [
      'the leader whose words a source after the quotation reports',
      LEADERS + 'Tiede said his country was ready. He told Vos that Osterey wanted “a clean slate,” a government spokeswoman said.',
      ['Karl Tiede'],
    ],
    ['a leader’s official spokesman', LEADERS + 'Vos’s official spokesman told reporters the call had been “frank.”', ['Office of the President of Belmark (spokesperson)']],
    [
      'a ministry spokesperson written in capitals, of the government whose capital the briefing is in',
      LEADERS + 'Talks will go on in Orsk, the Belmarkian capital. At a briefing in Orsk, a Foreign Ministry spokesperson said Tiede had shown “good faith.”',
      ['Foreign Ministry of Belmark (spokesperson)'],
    ],
    ['a source among officials just named', LEADERS + 'Vos raised the levy, according to Osterey officials, in what one of them described as “a warning.”', ['Osterey government official (anonymous)']],
    ['the statement an institution issued', LEADERS + 'The Belmarkian presidency said in a statement that talks would go on. “The president is patient,” the statement said.', ['Presidency of Belmark']],
  ])('finds %s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('names an unnamed source for the country, not for an adjective that drops part of its name', () => {
    const text = 'Chancellor Ida Brannock of Vessmark met President Ana Vos of Belmark on Wednesday.\n\nA senior Vessish official said the talks had been “tense.”';
    expect(speakers(text)).toEqual(['Vessmark government official (anonymous)']);
  });

  it('gives a leader named only as a counterpart the leader’s title the story uses for no one else', () => {
    const text =
      'President Ana Vos of Belmark spoke on Thursday with her Ostereyan counterpart, Karl Tiede, about the tariffs Osterey imposed.\n\n' +
      'The prime minister was firm, officials said. Tiede’s office called the call “useful.”';
    expect(speakers(text)).toEqual(['Office of the Prime Minister of Osterey']);
  });
});

describe('calls the narrative and the speakers report', () => {
  it.each([
    [
      'a call the two leaders are scheduled to hold, in a clause joined to one about an earlier call',
      'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey agreed to lower tariffs.\n\n' +
        'The two leaders spoke by phone last week at Vos’s request, according to her office, and are scheduled to hold a video call on Monday.',
      [
        [['Ana Vos', 'Karl Tiede'], null, 'held'],
        [['Ana Vos', 'Karl Tiede'], '2025-06-16', 'planned'],
      ],
    ],
    [
      'a call two people agreed to hold, in a verb joined to theirs',
      'Officials said President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey had discussed energy and agreed to speak again soon.',
      [[['Ana Vos', 'Karl Tiede'], null, 'planned']],
    ],
    [
      'a second call pencilled in for a day to come',
      'President Ana Vos of Belmark spoke by phone with Prime Minister Karl Tiede of Osterey on Tuesday.\n\nAn official said a second conversation had been pencilled in for Monday.',
      [
        [['Ana Vos', 'Karl Tiede'], '2025-06-10', 'held'],
        [['Ana Vos', 'Karl Tiede'], '2025-06-16', 'planned'],
      ],
    ],
    [
      'a call in which one leader warned the other',
      'President Ana Vos of Belmark said that she had warned Osterey’s prime minister, Karl Tiede, in a phone call on Tuesday that she would retaliate.',
      [[['Ana Vos', 'Karl Tiede'], '2025-06-10', 'held']],
    ],
    [
      'a call a week before another, between the people named by pronouns',
      'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey spoke again on Wednesday. Tiede said his country was ready. Vos called Tiede on Wednesday, a week after he had called her.',
      [
        [['Ana Vos', 'Karl Tiede'], '2025-06-11', 'held'],
        [['Ana Vos', 'Karl Tiede'], '2025-06-04', 'held'],
      ],
    ],
    [
      'no call that the quoted words make conditional',
      'President Ana Vos of Belmark met Prime Minister Karl Tiede of Osterey.\n\nAn official said the president would call Tiede again “if there is news.”',
      [],
    ],
    [
      'a video conference with a third person described before her name',
      'President Ana Vos of Belmark spoke with Prime Minister Karl Tiede of Osterey on Monday.\n\nThe two leaders are set to hold a video conference on Friday with the head of the regional council, Eda Quillfeather.',
      [
        [['Ana Vos', 'Karl Tiede'], '2025-06-09', 'held'],
        [['Ana Vos', 'Eda Quillfeather', 'Karl Tiede'], '2025-06-13', 'planned'],
      ],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(calls(text)).toEqual(expected);
  });

  it.each([
    ['by the title the speaker uses', '“I phoned the prime minister last Thursday,” she said.', '2025-06-05'],
    ['by the first name, with the speaker', '“Karl and I spoke on Sunday,” she said.', '2025-06-08'],
    ['by a pronoun, as the speaker’s last call', '“I spoke to him again this morning,” she said.', '2025-06-12'],
  ])('reads a call in the speaker’s own words %s', (_name, sentence, date) => {
    const text = `President Ana Vos of Belmark spoke by phone with Prime Minister Karl Tiede of Osterey on Tuesday.\n\nIn an interview on Thursday, Vos said talks would go on. ${sentence}`;
    expect(calls(text)).toContainEqual([['Ana Vos', 'Karl Tiede'], date, 'held']);
  });
});
