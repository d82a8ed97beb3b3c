import { extractArticle } from './extract-article';

// 2025-06-12 is a Thursday.
function calls(text: string, publishedAt = '2025-06-12'): Array<[string[], string | null, string]> {
  return extractArticle({ text, publishedAt }).calls.map((call) => [[...call.participants].sort(), call.date, call.status]);
}

const LEADERS = 'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey are at odds over steel.\n\n';

describe('calls the story mentions in passing', () => {
  it.each([
    [
      'a call held and a meeting in person agreed in the same breath',
      `${LEADERS}Vos and Tiede held a video call yesterday and agreed to meet in person on Monday.`,
      [[['Ana Vos', 'Karl Tiede'], '2025-06-11', 'held']],
    ],
    [
      'a call the subject’s act followed, dated by a later clause about “the call”',
      'Belmark will lift its duty on Osterey steel, President Ana Vos said on Thursday, after a video call with the Osterey prime minister.\n\n' +
        'The call, held last night at the request of Prime Minister Karl Tiede of Osterey, lasted an hour.',
      [[['Ana Vos', 'Karl Tiede'], '2025-06-11', 'held']],
    ],
    [
      'a call agreed on one day for another',
      `${LEADERS}The two leaders agreed on Thursday to speak by phone again next Tuesday.`,
      [[['Ana Vos', 'Karl Tiede'], '2025-06-17', 'planned']],
    ],
    [
      'a call diplomats are trying to arrange',
      `${LEADERS}Vos and Tiede spoke by phone on Monday. Diplomats said they were trying to arrange another call before the summit.`,
      [
        [['Ana Vos', 'Karl Tiede'], '2025-06-09', 'held'],
        [['Ana Vos', 'Karl Tiede'], null, 'expected'],
      ],
    ],
    [
      'a call told of as who made it',
      `${LEADERS}It was Tiede who telephoned Vos in April to suggest a truce.`,
      [[['Ana Vos', 'Karl Tiede'], null, 'held']],
    ],
    [
      'a call the subject expects to hold',
      `${LEADERS}Vos said she expects to speak with Tiede “in the next few days” to settle the quarrel.`,
      [[['Ana Vos', 'Karl Tiede'], null, 'expected']],
    ],
    [
      'a call promised before a dated meeting, without that meeting’s day',
      `${LEADERS}Her office said Vos would speak with Tiede again before the June 30 summit, but gave no date.`,
      [[['Ana Vos', 'Karl Tiede'], null, 'planned']],
    ],
    [
      'no call in an appeal',
      `${LEADERS}Vos opened the steel forum with a call for lower duties, and Tiede repeated his call for calm.`,
      [],
    ],
    [
      'a call told in a past clause of a sentence about plans',
      'ORSK — Belmark will lower its steel duty after President Ana Vos and Prime Minister Karl Tiede of Osterey agreed on a deal in a phone call on Tuesday, officials said.',
      [[['Ana Vos', 'Karl Tiede'], '2025-06-10', 'held']],
    ],
    [
      'a call told in a relative clause about its caller, dated there',
      'Belmark and Osterey agreed yesterday to extend their truce.\n\nPresident Ana Vos of Belmark, who placed a phone call to Prime Minister Karl Tiede of Osterey late on Monday, said both sides had chosen to talk.',
      [[['Ana Vos', 'Karl Tiede'], '2025-06-09', 'held']],
    ],
  ])('finds %s', (_name, text, expected) => {
    expect(calls(text)).toEqual(expected);
  });
});

describe('calls counted in hours from another event', () => {
  it('leaves a late-night call hours before a dated act to the day a later sentence gives', () => {
    const text =
      'Belmark will raise its steel duty, President Ana Vos said on Thursday, hours after a late-night phone call with Prime Minister Karl Tiede of Osterey.\n\n' +
      'Vos and Tiede spoke by phone for an hour last night, officials said.';
    expect(calls(text)).toEqual([[['Ana Vos', 'Karl Tiede'], '2025-06-11', 'held']]);
  });
});
