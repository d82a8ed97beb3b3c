import { CallQuery, MeetingQuery, type FragmentOf, type StatementFields } from '@parley/client';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTitle } from '../app/useTitle';
import { PeopleLinks, PersonLink } from '../components/links';
import { Empty, QueryResult } from '../components/QueryState';
import { StatementList } from '../components/StatementList';
import { formatDay, label, paths } from '../logic/format';
import { NotFound } from './NotFoundPage';

type Statement = FragmentOf<typeof StatementFields>;

interface ShownEvent {
  date?: string | null;
  time?: string | null;
  medium?: string | null;
  status: string;
  location?: string | null;
  summary?: string | null;
  initiator?: { name: string; slug: string } | null;
  participants: ReadonlyArray<{ id: string; name: string; slug: string }>;
  statements: { totalCount: number; nodes: readonly Statement[] };
  articles: { totalCount: number; nodes: ReadonlyArray<{ id: string; title?: string | null; publisher?: string | null; publishedOn: string; url?: string | null }> };
}

/** Statements grouped by speaker, participants first, in the order of the participant list. */
function bySpeaker(event: ShownEvent): Array<{ key: string; speaker: Statement['speaker']; statements: Statement[] }> {
  const groups = new Map<string, { key: string; speaker: Statement['speaker']; statements: Statement[] }>();
  for (const participant of event.participants) groups.set(participant.id, { key: participant.id, speaker: participant, statements: [] });
  for (const statement of event.statements.nodes) {
    const key = statement.speaker?.id ?? 'unknown';
    const group = groups.get(key) ?? { key, speaker: statement.speaker, statements: [] };
    group.statements.push(statement);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function EventView({ event, kind }: { event: ShownEvent; kind: 'call' | 'meeting' }) {
  const title = `${kind === 'call' ? 'Call' : 'Meeting'} between ${event.participants.map((person) => person.name).join(' and ')}`;
  useTitle(title);
  return (
    <article className="event">
      <h1>{title}</h1>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatDay(event.date)}
          {event.time && `, ${event.time} local time`}
        </dd>
        <dt>Medium</dt>
        <dd>{label(event.medium) || 'not reported'}</dd>
        <dt>Status</dt>
        <dd>{label(event.status)}</dd>
        <dt>{kind === 'call' ? 'Placed by' : 'Requested by'}</dt>
        <dd>{event.initiator ? <PersonLink person={event.initiator} /> : 'not reported'}</dd>
        <dt>Participants</dt>
        <dd>
          <PeopleLinks people={event.participants} />
        </dd>
        {event.location && (
          <>
            <dt>Where</dt>
            <dd>{event.location}</dd>
          </>
        )}
      </dl>
      {event.summary && <p>{event.summary}</p>}
      <section aria-labelledby="said-title">
        <h2 id="said-title">What each side said about it</h2>
        {event.statements.nodes.length === 0 && <Empty>No statement about this {kind} yet.</Empty>}
        {bySpeaker(event)
          .filter((group) => group.statements.length > 0)
          .map((group) => (
            <section key={group.key} aria-label={group.speaker?.name ?? 'Speaker unknown'}>
              <h3>{group.speaker ? <PersonLink person={group.speaker} /> : 'Speaker unknown'}</h3>
              <StatementList statements={group.statements} showSpeaker={false} />
            </section>
          ))}
      </section>
      <section aria-labelledby="reported-title">
        <h2 id="reported-title">Reported by ({event.articles.totalCount})</h2>
        <ul>
          {event.articles.nodes.map((article) => (
            <li key={article.id}>
              <Link to={paths.article(article.id)}>{article.title ?? `${article.publisher ?? 'Article'}, ${formatDay(article.publishedOn)}`}</Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export function CallPage() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: CallQuery, variables: { id } });
  return (
    <QueryResult result={result} what="the call" absentOnErrorAt="node">
      {(data) => (data.node?.__typename === 'Call' ? <EventView event={data.node} kind="call" /> : <NotFound what="call" />)}
    </QueryResult>
  );
}

export function MeetingPage() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: MeetingQuery, variables: { id } });
  return (
    <QueryResult result={result} what="the meeting" absentOnErrorAt="node">
      {(data) => (data.node?.__typename === 'Meeting' ? <EventView event={data.node} kind="meeting" /> : <NotFound what="meeting" />)}
    </QueryResult>
  );
}
