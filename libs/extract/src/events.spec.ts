import { extractArticle } from './extract-article';

// 2025-06-12 is a Thursday.
function extract(text: string, publishedAt = '2025-06-12') {
  return extractArticle({ text, publishedAt });
}

function calls(text: string) {
  return extract(text).calls.map(({ participants, initiator, date, medium, status }) => ({ participants: [...participants].sort(), initiator, date, medium, status }));
}

const LEADERS = 'President Ada Lorne of Kestavia and Prime Minister Bo Renner of Ustria';

describe('calls as wire copy reports them', () => {
  it('takes the caller of "X called Y" as the initiator and the weekday by tense', () => {
    expect(calls(`${LEADERS} are at odds. Lorne called Renner on Monday to discuss the quota.`)).toEqual([
      { participants: ['Ada Lorne', 'Bo Renner'], initiator: 'Ada Lorne', date: '2025-06-09', medium: 'phone', status: 'held' },
    ]);
  });

  it('reads who asked for the call from "at X’s request" in a later sentence, without counting the call twice', () => {
    const text = `${LEADERS} spoke by video on Tuesday. The call took place at Renner’s request, officials said.`;
    expect(calls(text)).toEqual([{ participants: ['Ada Lorne', 'Bo Renner'], initiator: 'Bo Renner', date: '2025-06-10', medium: 'video', status: 'held' }]);
  });

  it('finds planned and expected calls, dated forward or left undated', () => {
    const text = `${LEADERS} held a phone call on Wednesday. They will speak again on Monday, and the two leaders are expected to talk next week.`;
    expect(calls(text).map(({ date, status }) => [date, status])).toEqual([
      ['2025-06-11', 'held'],
      ['2025-06-16', 'planned'],
      [null, 'expected'],
    ]);
  });

  it('counts everyone on a three-way call convened by a third leader', () => {
    const text = `${LEADERS} joined a video call on Wednesday at the invitation of Chancellor Pia Strand of Orvia.`;
    expect(calls(text)).toEqual([
      { participants: ['Ada Lorne', 'Bo Renner', 'Pia Strand'], initiator: 'Pia Strand', date: '2025-06-11', medium: 'video', status: 'held' },
    ]);
  });

  it('makes no call of a question or a hypothesis', () => {
    const text = `${LEADERS} disagree. Asked whether Lorne would call Renner, her spokesman declined to comment. If talks fail, Renner could phone Lorne.`;
    expect(calls(text)).toEqual([]);
  });

  it('dates the leader’s words a readout quotes by the call, and the readout’s own by its release', () => {
    const text =
      `${LEADERS} spoke by phone on Monday.\n\n` +
      'A readout released by the Kestavian presidency on Tuesday said Lorne had told Renner that the quota was “not negotiable.”\n\n' +
      '“The conversation was constructive,” the readout said.';
    const placed = extract(text).statements.map(({ speaker, channel, date }) => `${speaker}: ${channel} on ${date}`);
    expect(placed).toEqual(['Ada Lorne: phone_call on 2025-06-09', 'Presidency of Kestavia: press_statement on 2025-06-10']);
  });
});

describe('meetings', () => {
  it('finds planned and held meetings with their place and day', () => {
    const text =
      'Trade Minister Eli Moss of Kestavia and his Ustrian counterpart, Rina Hale, will meet in the border town of Dorn on Tuesday. ' +
      `${LEADERS} met in the capital, Carrick, on Monday.`;
    const meetings = extract(text).meetings?.map(({ participants, date, location, status }) => ({ participants: [...participants].sort(), date, location, status }));
    expect(meetings).toEqual([
      { participants: ['Eli Moss', 'Rina Hale'], date: '2025-06-17', location: 'Dorn', status: 'planned' },
      { participants: ['Ada Lorne', 'Bo Renner'], date: '2025-06-09', location: 'Carrick', status: 'held' },
    ]);
  });
});

describe('policy actions', () => {
  it('reads a threatened tariff with its actor, rate, target and effective date', () => {
    const text = 'President Arvo Kettil of Osmara said on Monday that her government would impose a 10% tariff on Nerlandic textiles, effective July 1, unless talks produced a deal.';
    expect(extract(text).policyActions).toEqual([
      {
        id: 'action:1',
        kind: 'tariff',
        actor: 'Osmara',
        announcedBy: 'Arvo Kettil',
        target: 'Nerlandic textiles',
        ratePercent: 10,
        effectiveDate: '2025-07-01',
        status: 'threatened',
      },
    ]);
  });

  it('keeps a delayed tariff `delayed` and adds the delay with its new date', () => {
    const text = 'Kestavia will postpone its 20% tariff on Ustrian steel, which had been due to take effect on July 1, until 1 September, President Ada Lorne said.';
    expect(extract(text).policyActions.map(({ kind, ratePercent, effectiveDate, status, inResponseTo }) => ({ kind, ratePercent, effectiveDate, status, inResponseTo }))).toEqual([
      { kind: 'tariff', ratePercent: 20, effectiveDate: '2025-07-01', status: 'delayed' },
      { kind: 'delay', ratePercent: 20, effectiveDate: '2025-09-01', status: 'announced', inResponseTo: 'action:1' },
    ]);
  });

  it('links retaliation to the tariff it answers', () => {
    const text =
      'Kestavia imposed a 15 per cent levy on Ustrian wine in May. ' +
      'Prime Minister Bo Renner of Ustria said on Monday that Ustria would answer with a 15 per cent tariff on Kestavian cheese from 1 August.';
    const actions = extract(text).policyActions;
    expect(actions.map(({ id, kind, actor, effectiveDate, inResponseTo }) => ({ id, kind, actor, effectiveDate, inResponseTo }))).toEqual([
      { id: 'action:1', kind: 'tariff', actor: 'Kestavia', effectiveDate: null },
      { id: 'action:2', kind: 'retaliatory_tariff', actor: 'Ustria', effectiveDate: '2025-08-01', inResponseTo: 'action:1' },
    ]);
  });
});
