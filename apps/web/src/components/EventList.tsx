import type { CallSummary, FragmentOf, MeetingSummary } from '@parley/client';
import { Link } from 'react-router';
import { formatDay, label, paths } from '../logic/format';
import { PeopleLinks, PersonLink } from './links';

type Call = FragmentOf<typeof CallSummary>;
type Meeting = FragmentOf<typeof MeetingSummary>;

/** "Phone call, 28 Mar 2025 10:00 — Donald Trump and Mark Carney, placed by Mark Carney (held)". */
export function EventLine({ event, kind, except }: { event: Call | Meeting; kind: 'call' | 'meeting'; except?: string }) {
  const others = event.participants.filter((person) => person.id !== except);
  const what = kind === 'call' ? `${event.medium === 'VIDEO' ? 'Video' : 'Phone'} call` : 'Meeting';
  const placedBy = kind === 'call' ? 'placed by' : 'requested by';
  return (
    <span className="event-line">
      <Link to={kind === 'call' ? paths.call(event.id) : paths.meeting(event.id)}>
        {what}, {formatDay(event.date)}
        {event.time && ` ${event.time}`}
      </Link>{' '}
      {except ? 'with ' : '— '}
      <PeopleLinks people={others} />
      {event.initiator && (
        <>
          , {placedBy} <PersonLink person={event.initiator} />
        </>
      )}{' '}
      <span className={`badge status-${event.status.toLowerCase()}`}>{label(event.status)}</span>
    </span>
  );
}

export function EventList({ events, kind, except }: { events: ReadonlyArray<Call | Meeting>; kind: 'call' | 'meeting'; except?: string }) {
  return (
    <ul className="events">
      {events.map((event) => (
        <li key={event.id}>
          <EventLine event={event} kind={kind} {...(except && { except })} />
        </li>
      ))}
    </ul>
  );
}
