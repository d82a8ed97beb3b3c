import type { ReactNode } from 'react';
import { formatDay } from '../logic/format';
import { groupByDay, orderTimeline, type TimelineEntry } from '../logic/timeline';

export interface ShownEntry extends TimelineEntry {
  content: ReactNode;
}

const KIND_NAMES: Record<TimelineEntry['kind'], string> = { call: 'Call', meeting: 'Meeting', statement: 'Said' };

/** Calls, meetings and statements, day by day, oldest first. */
export function Timeline({ entries }: { entries: readonly ShownEntry[] }) {
  const days = groupByDay(orderTimeline(entries));
  return (
    <ol className="timeline">
      {days.map((day) => (
        <li key={day.date ?? 'undated'} className="timeline-day">
          <h3>{day.date ? <time dateTime={day.date}>{formatDay(day.date)}</time> : 'Undated'}</h3>
          <ul>
            {day.entries.map((entry) => (
              <li key={entry.key} className={`timeline-entry timeline-${entry.kind}`} data-kind={entry.kind}>
                <span className="timeline-kind">{KIND_NAMES[entry.kind]}</span> {entry.content}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
