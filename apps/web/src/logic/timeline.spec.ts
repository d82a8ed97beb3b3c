import { describe, expect, it } from 'vitest';
import { groupByDay, orderTimeline, type TimelineEntry } from './timeline';

const entries: TimelineEntry[] = [
  { key: 'said-undated', kind: 'statement', date: null },
  { key: 'said-28', kind: 'statement', date: '2025-03-28' },
  { key: 'meeting-april', kind: 'meeting', date: '2025-04-29' },
  { key: 'call-28-10h', kind: 'call', date: '2025-03-28', time: '10:00' },
  { key: 'said-27', kind: 'statement', date: '2025-03-27' },
  { key: 'call-28-undated-time', kind: 'call', date: '2025-03-28' },
];

describe('orderTimeline', () => {
  it('puts days oldest first, on a day the timed before the untimed and events before words, and the undated last', () => {
    expect(orderTimeline(entries).map((entry) => entry.key)).toEqual(['said-27', 'call-28-10h', 'call-28-undated-time', 'said-28', 'meeting-april', 'said-undated']);
  });

  it('leaves the list it was given as it was', () => {
    const before = entries.map((entry) => entry.key);
    orderTimeline(entries);
    expect(entries.map((entry) => entry.key)).toEqual(before);
  });
});

describe('groupByDay', () => {
  it('gathers the entries of each day in order', () => {
    const days = groupByDay(orderTimeline(entries));
    expect(days.map((day) => [day.date, day.entries.length])).toEqual([
      ['2025-03-27', 1],
      ['2025-03-28', 3],
      ['2025-04-29', 1],
      [null, 1],
    ]);
  });
});
