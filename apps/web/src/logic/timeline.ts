/** Something that happened on a day: a call, a meeting, or words said. */
export interface TimelineEntry {
  key: string;
  kind: 'call' | 'meeting' | 'statement';
  date: string | null;
  time?: string | null;
}

const KIND_ORDER: Record<TimelineEntry['kind'], number> = { call: 0, meeting: 1, statement: 2 };

/**
 * Oldest first; on the same day by time of day when known, events before what was said
 * about them; undated entries last, as the API orders them.
 */
export function orderTimeline<Entry extends TimelineEntry>(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    const byTime = (a.time ?? '99:99').localeCompare(b.time ?? '99:99');
    if (byTime !== 0) return byTime;
    return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  });
}

/** Groups ordered entries by day, keeping the order. */
export function groupByDay<Entry extends TimelineEntry>(entries: readonly Entry[]): Array<{ date: string | null; entries: Entry[] }> {
  const days: Array<{ date: string | null; entries: Entry[] }> = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last && last.date === entry.date) last.entries.push(entry);
    else days.push({ date: entry.date, entries: [entry] });
  }
  return days;
}
