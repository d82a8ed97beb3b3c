import { extractArticle } from './extract-article';

/** What a reader sees of a call: who, when, and in what state. */
type SeenCall = [participants: string[], date: string | null, status: string];

// 2025-06-12 is a Thursday.
function calls(text: string, publishedAt = '2025-06-12'): SeenCall[] {
  return extractArticle({ text, publishedAt }).calls.map((call) => [[...call.participants].sort(), call.date, call.status]);
}

const VOS = 'Ana Vos';
const TIEDE = 'Karl Tiede';
const HOLT = 'Mira Holt';
const LEADERS = 'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey are at odds over steel.\n\n';
const THREE = 'President Ana Vos of Belmark, Prime Minister Karl Tiede of Osterey and Chancellor Mira Holt of Tarsenia are at odds over steel.\n\n';

describe('a cancelled call is dated by the day it was set for, not the day it was called off', () => {
  it('“cancelled a planned phone call with Tiede on Wednesday”: the day is the cancelling’s', () => {
    expect(calls(`${LEADERS}Vos cancelled a planned phone call with Tiede on Wednesday, hours after the duty was announced.`)).toEqual([[[VOS, TIEDE], null, 'cancelled']]);
  });

  it('“a call … planned for Friday was called off”: the call’s own day', () => {
    expect(calls(`${LEADERS}A phone call between Vos and Tiede planned for Friday was called off on Wednesday.`)).toEqual([[[VOS, TIEDE], '2025-06-13', 'cancelled']]);
  });
});

describe('a phrase set off by commas between a call and its predicate', () => {
  it('“A second call, between Vos and Tiede alone, is scheduled for Friday”: planned for that day', () => {
    expect(calls(`${THREE}The three leaders held a video call on Wednesday. A second call, between Vos and Tiede alone, is scheduled for Friday, officials said.`)).toEqual([
      [[VOS, TIEDE, HOLT], '2025-06-11', 'held'],
      [[VOS, TIEDE], '2025-06-13', 'planned'],
    ]);
  });

  it('“A second call, between Vos and Tiede, took place on Wednesday”: still held', () => {
    expect(calls(`${LEADERS}Vos and Tiede spoke by phone on Tuesday. A second call, between Vos and Tiede, took place on Wednesday.`)).toEqual([
      [[VOS, TIEDE], '2025-06-10', 'held'],
      [[VOS, TIEDE], '2025-06-11', 'held'],
    ]);
  });
});

describe('the leaders of countries named after a dateline', () => {
  const body = 'The leaders of Belmark, Osterey and Tarsenia held a video conference on Wednesday night.\n\nPresident Ana Vos of Belmark hosted it. Prime Minister Karl Tiede of Osterey and Chancellor Mira Holt of Tarsenia took part.';

  it('“SOLVANG, June 12 (Wire) — The leaders of …”: each country’s leader', () => {
    expect(calls(`SOLVANG, June 12 (Wire) — ${body}`)).toEqual([[[VOS, TIEDE, HOLT], '2025-06-11', 'held']]);
  });

  it('the same story without a dateline', () => {
    expect(calls(body)).toEqual([[[VOS, TIEDE, HOLT], '2025-06-11', 'held']]);
  });
});

describe('two calls told in one breath', () => {
  it('“spoke to Tiede on Tuesday and to Holt on Wednesday”: one call each', () => {
    expect(calls(`${THREE}Vos spoke to Tiede on Tuesday and to Holt on Wednesday, her office said.`)).toEqual([
      [[VOS, TIEDE], '2025-06-10', 'held'],
      [[VOS, HOLT], '2025-06-11', 'held'],
    ]);
  });

  it('“spoke to Tiede on Tuesday and to reporters on Wednesday”: one call', () => {
    expect(calls(`${LEADERS}Vos spoke to Tiede on Tuesday and to reporters on Wednesday.`)).toEqual([[[VOS, TIEDE], '2025-06-10', 'held']]);
  });

  it('“spoke by telephone with Tiede on Tuesday and again on Wednesday morning”: two calls', () => {
    expect(calls(`${LEADERS}Vos spoke by telephone with Tiede on Tuesday and again on Wednesday morning, her office said.`)).toEqual([
      [[VOS, TIEDE], '2025-06-10', 'held'],
      [[VOS, TIEDE], '2025-06-11', 'held'],
    ]);
  });

  it('“spoke with Tiede on Tuesday and again urged calm on Wednesday”: one call', () => {
    expect(calls(`${LEADERS}Vos spoke with Tiede on Tuesday and again urged calm on Wednesday.`)).toEqual([[[VOS, TIEDE], '2025-06-10', 'held']]);
  });
});

describe('a call told after another between the same people', () => {
  it('“The earlier call took place on 2 June at Tiede’s request”: a call of its own', () => {
    expect(calls(`${LEADERS}Vos and Tiede spoke on Tuesday, in their second call in a week. The earlier call took place on 2 June at Tiede’s request.`)).toEqual([
      [[VOS, TIEDE], '2025-06-10', 'held'],
      [[VOS, TIEDE], '2025-06-02', 'held'],
    ]);
  });

  it('“The call took place on Tuesday”: the same call, dated', () => {
    expect(calls(`${LEADERS}Vos and Tiede spoke by phone. The call took place on Tuesday at Tiede’s request.`)).toEqual([[[VOS, TIEDE], '2025-06-10', 'held']]);
  });
});

describe('a call after “since”, in a sentence that denies the time after it', () => {
  it('“have not spoken since a brief call on June 2”: the call was held', () => {
    expect(calls(`${LEADERS}The two leaders have not spoken since a brief call on June 2, officials said.`)).toEqual([[[VOS, TIEDE], '2025-06-02', 'held']]);
  });

  it('“have not spoken since the crisis began”: no call', () => {
    expect(calls(`${LEADERS}The two leaders have not spoken since the crisis began, officials said.`)).toEqual([]);
  });

  it('“did not mention a call”: no call', () => {
    expect(calls(`${LEADERS}Vos did not mention a call with Tiede on Wednesday.`)).toEqual([]);
  });
});

describe('a plural title before two names', () => {
  it('“Presidents Ana Vos of Belmark and Karl Tiede of Osterey”: two people, neither named “Presidents”', () => {
    const text = 'Presidents Ana Vos of Belmark and Karl Tiede of Osterey met on Monday. Tiede said he had called Vos on Saturday night.';
    expect(calls(text)).toEqual([[[VOS, TIEDE], '2025-06-07', 'held']]);
    expect(extractArticle({ text, publishedAt: '2025-06-12' }).people.map((person) => person.name)).not.toContain('Presidents Ana Vos');
  });
});

describe('a call to come in the speaker’s own words', () => {
  it('“I expect we will speak again before the end of the month”: expected, with the other person of the speaker’s last call', () => {
    expect(calls(`${LEADERS}Vos and Tiede spoke by phone on Tuesday. Tiede told reporters on Wednesday: “I expect we will speak again before the end of the month.”`)).toEqual([
      [[VOS, TIEDE], '2025-06-10', 'held'],
      [[VOS, TIEDE], null, 'expected'],
    ]);
  });

  it('“We will speak again soon” without a call before: no call', () => {
    expect(calls(`${LEADERS}Tiede told reporters on Wednesday: “We will speak again soon about the steel duty.”`)).toEqual([]);
  });
});

describe('words dated by a count of days from a call', () => {
  const CALL = `${LEADERS}The two leaders last held talks on June 2, in a video call that Vos requested. `;
  const dateOf = (text: string) => extractArticle({ text, publishedAt: '2025-06-12' }).statements.map((statement) => statement.date);

  it('“said the day before that call”: the day before the call', () => {
    expect(dateOf(`${CALL}Mira Holt, the foreign minister, said the day before that call that she expected “nothing less than an apology.”`)).toEqual(['2025-06-01']);
  });

  it('“said two days after the call”: two days after it', () => {
    expect(dateOf(`${CALL}Mira Holt, the foreign minister, said two days after the call that she saw “a real chance.”`)).toEqual(['2025-06-04']);
  });

  it('“said the day before the vote”: not a count from the call', () => {
    expect(dateOf(`${CALL}Mira Holt, the foreign minister, said the day before the vote that she expected “nothing less than an apology.”`)).toEqual(['2025-06-12']);
  });
});
