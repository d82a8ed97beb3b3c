import { extractArticle } from './extract-article';

/** What a reader sees of a call: who, when, how, and in what state. */
type SeenCall = [participants: string[], date: string | null, status: string];

// 2025-06-12 is a Thursday.
function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt }).calls;
}

function calls(text: string): SeenCall[] {
  return extract(text).map((call) => [[...call.participants].sort(), call.date, call.status]);
}

const VOS = 'Ana Vos';
const TIEDE = 'Karl Tiede';
const HOLT = 'Mira Holt';
const LEADERS = 'President Ana Vos of Belmark and Prime Minister Karl Tiede of Osterey are at odds over steel.\n\n';
const THREE = 'President Ana Vos of Belmark, Prime Minister Karl Tiede of Osterey and Chancellor Mira Holt of Tarsenia are at odds over steel.\n\n';
const held = (date: string | null = '2025-06-11'): SeenCall[] => [[[VOS, TIEDE], date, 'held']];

describe('the verbs and nouns that report a call', () => {
  it.each([
    ['called', `${LEADERS}Vos called Tiede on Wednesday to discuss the duty.`],
    ['phoned', `${LEADERS}Vos phoned Tiede on Wednesday.`],
    ['telephoned', `${LEADERS}Vos telephoned Tiede on Wednesday about the quarrel.`],
    ['rang', `${LEADERS}Vos rang Tiede on Wednesday.`],
    ['dialled', `${LEADERS}Vos dialled Tiede on Wednesday to ask for a truce.`],
    ['spoke by phone with', `${LEADERS}Vos spoke by phone with Tiede on Wednesday.`],
    ['spoke by telephone to', `${LEADERS}Vos spoke by telephone to Tiede on Wednesday.`],
    ['spoke over the phone', `${LEADERS}Vos and Tiede spoke over the phone on Wednesday.`],
    ['spoke on the phone', `${LEADERS}Vos spoke on the phone with Tiede on Wednesday.`],
    ['spoke via video link', `${LEADERS}Vos and Tiede spoke via video link on Wednesday.`],
    ['held a phone call', `${LEADERS}Vos held a phone call with Tiede on Wednesday.`],
    ['held a telephone conversation', `${LEADERS}Vos held a telephone conversation with Tiede on Wednesday.`],
    ['held a video call', `${LEADERS}Vos and Tiede held a video call on Wednesday.`],
    ['held talks by phone', `${LEADERS}Vos held talks by phone with Tiede on Wednesday.`],
    ['a phone conversation', `${LEADERS}In a phone conversation on Wednesday, Vos told Tiede the duty would stay.`],
    ['a video conference', `${LEADERS}Vos and Tiede took part in a video conference on Wednesday.`],
    ['a virtual meeting', `${LEADERS}Vos and Tiede held a virtual meeting on Wednesday.`],
    ['had a call', `${LEADERS}Vos had a call with Tiede on Wednesday.`],
    ['joined a call', `${LEADERS}Vos joined a call with Tiede on Wednesday.`],
    ['took a call from', `${LEADERS}Vos took a call from Tiede on Wednesday.`],
    ['received a phone call from', `${LEADERS}Vos received a phone call from Tiede on Wednesday.`],
    ['a call placed by', `${LEADERS}On Wednesday, Vos answered a call placed by Tiede.`],
    ['in a call with', `${LEADERS}Vos made the offer in a call with Tiede on Wednesday.`],
    ['X’s call with Y', `${LEADERS}Vos’s call with Tiede on Wednesday lasted an hour.`],
    ['X and Y spoke', `${LEADERS}Vos and Tiede spoke on Wednesday.`],
    ['X spoke with Y', `${LEADERS}Vos spoke with Tiede on Wednesday, her office said.`],
  ])('%s', (_, text) => {
    expect(calls(text)).toEqual(held());
  });

  it('“during their call”, after the call is reported', () => {
    expect(calls(`${LEADERS}Vos and Tiede spoke by phone on Wednesday. During their call, Vos raised the steel duty.`)).toEqual(held());
  });

  it('“the two leaders spoke”', () => {
    expect(calls(`${LEADERS}The two leaders spoke on Wednesday, officials said.`)).toEqual(held());
  });

  it('“held talks by phone with his counterpart”', () => {
    expect(calls('Prime Minister Karl Tiede of Osterey held talks by phone with his Belmarkian counterpart, Ana Vos, on Wednesday.')).toEqual(held());
  });
});

describe('who placed the call', () => {
  const initiator = (text: string) => extract(text).map((call) => call.initiator);

  it.each([
    ['X called Y', `${LEADERS}Tiede called Vos on Wednesday.`],
    ['X phoned Y', `${LEADERS}Tiede phoned Vos on Wednesday.`],
    ['Y received a call from X', `${LEADERS}Vos received a call from Tiede on Wednesday.`],
    ['at Y’s request', `${LEADERS}Vos and Tiede spoke by phone on Wednesday at Tiede’s request.`],
    ['at the request of Y', `${LEADERS}Vos and Tiede spoke by phone on Wednesday at the request of Tiede.`],
    ['on X’s initiative', `${LEADERS}Vos and Tiede spoke by phone on Wednesday on Tiede’s initiative.`],
    ['X initiated the call', `${LEADERS}Vos and Tiede spoke by phone on Wednesday. Tiede initiated the call, officials said.`],
    ['X requested the call', `${LEADERS}Vos and Tiede spoke by phone on Wednesday. Tiede requested the call.`],
    ['a call X had requested', `${LEADERS}Vos and Tiede held a call on Wednesday that Tiede had requested.`],
    ['X placed the call', `${LEADERS}Vos and Tiede spoke by phone on Wednesday. Tiede placed the call.`],
  ])('%s', (_, text) => {
    expect(initiator(text)).toEqual([TIEDE]);
    expect(calls(text)).toEqual(held());
  });

  it('no initiator when the article does not say', () => {
    expect(initiator(`${LEADERS}Vos and Tiede spoke by phone on Wednesday.`)).toEqual([null]);
  });
});

describe('participants by title, role or list', () => {
  it.each([
    ['the president', `${LEADERS}Tiede phoned the president on Wednesday.`],
    ['his Belmarkian counterpart', `${LEADERS}Tiede spoke by phone with his Belmarkian counterpart on Wednesday.`],
    ['the president of Belmark', `${LEADERS}Tiede spoke by phone with the president of Belmark on Wednesday.`],
    ['Belmark’s leader', `${LEADERS}Tiede spoke by phone with Belmark’s leader on Wednesday.`],
    ['the subject named earlier', 'President Ana Vos of Belmark has defended the steel duty.\n\nOn Wednesday she spoke by phone with Prime Minister Karl Tiede of Osterey.'],
  ])('%s', (_, text) => {
    expect(calls(text)).toEqual(held());
  });

  it('three people in a list', () => {
    expect(calls(`${THREE}Vos, Tiede and Holt held a video call on Wednesday.`)).toEqual([[[VOS, TIEDE, HOLT].sort(), '2025-06-11', 'held']]);
  });
});

describe('the state of a call', () => {
  it.each([
    ['will speak', `${LEADERS}Vos will speak with Tiede by phone on Friday.`, '2025-06-13', 'planned'],
    ['is due to speak', `${LEADERS}Vos is due to speak with Tiede on Friday.`, '2025-06-13', 'planned'],
    ['a call scheduled for', `${LEADERS}A call between Vos and Tiede is scheduled for Monday.`, '2025-06-16', 'planned'],
    ['are set to hold a call', `${LEADERS}Vos and Tiede are set to hold a video call on Monday.`, '2025-06-16', 'planned'],
    ['expected to speak', `${LEADERS}Vos is expected to speak with Tiede on Friday.`, '2025-06-13', 'expected'],
    ['hopes to speak', `${LEADERS}Vos hopes to speak with Tiede by phone soon.`, null, 'planned'],
    ['a call is expected', `${LEADERS}A call between Vos and Tiede is expected next week.`, null, 'expected'],
  ])('%s', (_, text, date, status) => {
    expect(calls(text)).toEqual([[[VOS, TIEDE], date, status]]);
  });

  it.each([
    ['called for', `${LEADERS}Vos called for calm as Tiede called on Belmark to lift the duty.`],
    ['called it', `${LEADERS}Vos called it a mistake, and Tiede called Vos a liar.`],
    ['a call for unity', `${LEADERS}Vos issued a call for unity with Tiede on Wednesday.`],
    ['an unanswered call', `${LEADERS}Vos tried to call Tiede on Wednesday, but no conversation took place.`],
    ['a call in a condition', `${LEADERS}“If he calls me, I will listen,” Vos said of Tiede.`],
    ['a call not held', `${LEADERS}Vos has not spoken to Tiede since the quarrel began.`],
  ])('%s', (_, text) => {
    expect(calls(text)).toEqual([]);
  });
});

describe('the day of a call', () => {
  it.each([
    ['a past weekday is the latest before publication', `${LEADERS}Vos spoke with Tiede by phone on Thursday.`, '2025-06-12', 'held'],
    ['a future weekday is the next', `${LEADERS}Vos will call Tiede on Thursday.`, '2025-06-19', 'planned'],
    ['last week has no day', `${LEADERS}Vos spoke with Tiede by phone last week.`, null, 'held'],
    ['earlier this month has no day', `${LEADERS}Vos spoke with Tiede by phone earlier this month.`, null, 'held'],
  ])('%s', (_, text, date, status) => {
    expect(calls(text)).toEqual([[[VOS, TIEDE], date, status]]);
  });

  it('one call mentioned twice is one call', () => {
    expect(calls(`${LEADERS}Vos phoned Tiede on Wednesday. The call lasted an hour, and the two leaders spoke about steel.`)).toEqual(held());
  });
});

describe('more ways of telling a call', () => {
  it.each<[string, string, SeenCall[]?]>([
    ['phone talks', `${LEADERS}Vos and Tiede held phone talks on Wednesday.`],
    ['a telephone call between', `${LEADERS}A telephone call between Vos and Tiede on Wednesday ended without a deal.`],
    ['on the phone with', `${LEADERS}Vos was on the phone with Tiede for an hour on Wednesday.`],
    ['got on the phone with', `${LEADERS}Vos got on the phone with Tiede on Wednesday.`],
    ['spoken to … by phone, then another call named', `${THREE}Holt said she had spoken to Vos by phone on Wednesday, before the call with Tiede.`, [[['Ana Vos', 'Mira Holt'], '2025-06-11', 'held']]],
    ['a group in the main clause after a fronted call', `${LEADERS}During a video call on Wednesday, the two leaders agreed to cut the duty.`],
    ['last spoke', `${LEADERS}Vos and Tiede last spoke on Wednesday.`],
    ['talked by phone', `${LEADERS}Vos talked by phone with Tiede on Wednesday.`],
    ['made a call to', `${LEADERS}Vos made a call to Tiede on Wednesday.`],
    ['a call the subject’s counterpart returned', `${LEADERS}Tiede returned Vos’s call on Wednesday.`],
    ['in a reported clause', `${LEADERS}Vos said she had spoken with Tiede by phone on Wednesday.`],
    ['a call of a number of minutes', `${LEADERS}The two leaders held a 40-minute phone call on Wednesday.`],
    ['an act done by phone', `${LEADERS}Vos and Tiede discussed the duty by phone on Wednesday.`],
    ['reached by phone', `${LEADERS}Vos reached Tiede by phone on Wednesday.`],
    ['a call said to have happened', `${LEADERS}Tiede is understood to have called Vos on Wednesday.`],
    ['a call received, its day between', `${LEADERS}Vos received a call on Wednesday from Tiede.`],
    ['a fronted participle', `${LEADERS}Speaking by phone on Wednesday, Vos and Tiede settled the quarrel.`],
  ])('%s', (_, text, expected = held()) => {
    expect(calls(text)).toEqual(expected);
  });

  it.each([
    ['plans to call', `${LEADERS}Vos plans to call Tiede on Friday.`, '2025-06-13', 'planned'],
    ['is set to speak', `${LEADERS}Vos is set to speak with Tiede on Friday.`, '2025-06-13', 'planned'],
    ['are scheduled to speak', `${LEADERS}Vos and Tiede are scheduled to speak on Friday.`, '2025-06-13', 'planned'],
    ['may call', `${LEADERS}Vos may call Tiede on Friday, aides said.`, '2025-06-13', 'expected'],
    ['a call planned for', `${LEADERS}A call between the two leaders is planned for Friday.`, '2025-06-13', 'planned'],
    ['agreed to speak again', `${LEADERS}The two leaders agreed to speak again by phone.`, null, 'planned'],
  ])('%s', (_, text, date, status) => {
    expect(calls(text)).toEqual([[[VOS, TIEDE], date, status]]);
  });

  it.each([
    ['a call not answered', `${LEADERS}Vos tried to call Tiede on Wednesday, but he did not answer.`],
    ['a call never returned', `${LEADERS}Vos phoned Tiede’s office on Wednesday; the call was not returned.`],
    ['a call in a condition told', `${LEADERS}Vos said she would call Tiede if the border stayed shut.`],
    ['calls in the sense of naming', `${LEADERS}Vos calls Tiede “a friend”, and Tiede called the duty unfair.`],
  ])('%s', (_, text) => {
    expect(calls(text)).toEqual([]);
  });

  it.each([
    ['who had requested it', `${LEADERS}Vos spoke by phone with Tiede, who had requested the call, on Wednesday.`],
    ['who called to', `${LEADERS}Vos spoke by phone on Wednesday with Tiede, who called to press for a truce.`],
    ['a call X had requested, after a comma', `${LEADERS}Vos and Tiede spoke by phone on Wednesday, a call Tiede had requested.`],
    ['a call from X', `${LEADERS}Vos received a call on Wednesday from Tiede.`],
  ])('initiator: %s', (_, text) => {
    expect(extract(text).map((call) => call.initiator)).toEqual([TIEDE]);
  });

  it.each([
    ['I had a call with', `${LEADERS}“I had a good call with Karl on Wednesday,” Vos told reporters.`],
    ['I spoke by phone with', `${LEADERS}“I spoke by phone with Tiede on Wednesday,” Vos told reporters.`],
  ])('in the speaker’s words: %s', (_, text) => {
    expect(calls(text)).toEqual(held());
  });

  it('a timeline entry dates the call it lists', () => {
    expect(calls(`${LEADERS}JUNE 4 - Vos telephones Tiede to protest.\n\nJUNE 9 - The leaders hold a video call.`)).toEqual([
      [[VOS, TIEDE], '2025-06-04', 'held'],
      [[VOS, TIEDE], '2025-06-09', 'held'],
    ]);
  });

  it('a group that joins a third for a call', () => {
    expect(calls(`${THREE}The two leaders will join Holt for a video call on Friday.`)).toEqual([[[VOS, TIEDE, HOLT].sort(), '2025-06-13', 'planned']]);
  });

  it('a call that arranged a meeting told before has that meeting’s people', () => {
    const text = `${LEADERS}Vos and Tiede agreed a truce in Orsk on Thursday after two days of talks.\n\nThe visit was arranged during a phone call on Monday that Tiede requested.`;
    expect(calls(text)).toEqual([[[VOS, TIEDE], '2025-06-09', 'held']]);
    expect(extract(text).map((call) => call.initiator)).toEqual([TIEDE]);
  });

  it('two calls told in one breath, each with its own partner and day', () => {
    const text = `${THREE}Vos has spoken with Tiede, who called her on Monday, and with Holt, whose country faces the same duty, on Wednesday.`;
    expect(calls(text)).toEqual([
      [[VOS, TIEDE], '2025-06-09', 'held'],
      [[VOS, HOLT], '2025-06-11', 'held'],
    ]);
    expect(extract(text).map((call) => call.initiator)).toEqual([TIEDE, null]);
  });

  it('three people when two join a third for a call', () => {
    expect(calls(`${THREE}Vos and Tiede will join Holt for a three-way video call on Friday.`)).toEqual([[[VOS, TIEDE, HOLT].sort(), '2025-06-13', 'planned']]);
  });
});

describe('a call dated by the verb that made it', () => {
  it('“placed the call on Tuesday afternoon”', () => {
    const text = `${LEADERS}Vos telephoned Tiede to ask for more time.\n\nVos placed the call on Tuesday afternoon, according to both governments.`;
    expect(calls(text)).toEqual([[[VOS, TIEDE], '2025-06-10', 'held']]);
  });

  it('“received the call … that evening”, in a sentence dated before', () => {
    const text = `${LEADERS}Vos reached a deal after a phone call with Tiede.\n\nOsterey said in a statement late on Wednesday that Tiede had received the call from Vos that evening.`;
    expect(calls(text)).toEqual([[[VOS, TIEDE], '2025-06-11', 'held']]);
  });
});

describe('a call described in quotation marks', () => {
  it('“a “long and serious” phone call”, dated by the sentence after it', () => {
    const text = `${LEADERS}Vos said on Thursday that she would wait, after what she called a “long and frank” phone call with Tiede.\n\nThe call took place on Wednesday.`;
    expect(calls(text)).toEqual([[[VOS, TIEDE], '2025-06-11', 'held']]);
  });
});

describe('a call dated by the clause around it', () => {
  it('“the call on Wednesday evening”, a day named right after a call already told', () => {
    const text = `${LEADERS}Vos and Tiede held a video call.\n\nVos’s spokesman said the call on Wednesday evening had been constructive.`;
    expect(calls(text)).toEqual([[[VOS, TIEDE], '2025-06-11', 'held']]);
  });

  it('“agreed on Wednesday …, in a video call”: the call is the occasion of the clause before it', () => {
    expect(calls(`${LEADERS}Vos and Tiede agreed on Wednesday to restart talks, in a video call that underlined their ties.`)).toEqual(held());
  });

  it('“on Wednesday, when Tiede … rang Vos”: the clause opened by “when” falls on that day', () => {
    expect(calls(`${LEADERS}The mood shifted on Wednesday, when Tiede picked up the phone and rang Vos from his office.`)).toEqual(held());
  });

  it('“before the summit in Ralst on June 22” names a deadline, not the day of the call', () => {
    expect(calls(`${LEADERS}The two leaders are expected to speak again before the steel summit in Ralst on June 22.`)).toEqual([[[VOS, TIEDE], null, 'expected']]);
  });
});

describe('calls told in a second breath', () => {
  it('“agreed to speak again by phone next week and to meet in person”: the second verb does not deny the call', () => {
    const text = `${LEADERS}Vos said the two leaders had agreed to speak again by phone next week and to meet in person on June 20.`;
    expect(calls(text)).toEqual([[[VOS, TIEDE], null, 'planned']]);
  });

  it('“speak again”: a call of which too few people were named is between the people of the next', () => {
    const text = `${THREE}Osterey delayed its duty after a three-way video call late on Wednesday convened by Holt.\n\nHolt’s office said the three leaders had agreed to speak again by video on Monday.`;
    expect(calls(text)).toEqual([
      [[VOS, TIEDE, HOLT].sort(), '2025-06-11', 'held'],
      [[VOS, TIEDE, HOLT].sort(), '2025-06-16', 'planned'],
    ]);
  });

  it('“Tiede to call Vos” in a live page’s heading is a call to come', () => {
    const text = `${LEADERS}16:10\nTiede to call Vos\nTiede’s office has confirmed that he will call Vos on Friday.`;
    expect(calls(text)).toEqual([[[VOS, TIEDE], '2025-06-13', 'planned']]);
  });
});
