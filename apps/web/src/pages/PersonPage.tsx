import { PersonQuery, PersonStatementsQuery, type ResultOf } from '@parley/client';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useTitle } from '../app/useTitle';
import { ActionList } from '../components/ActionCard';
import { CounterpartNetwork } from '../components/CounterpartNetwork';
import { EventLine } from '../components/EventList';
import { Pager, usePageArgs } from '../components/Pager';
import { Empty, QueryResult } from '../components/QueryState';
import { StatementList } from '../components/StatementList';
import { Timeline, type ShownEntry } from '../components/Timeline';
import { CHANNELS, formatDay, label } from '../logic/format';
import { counterpartsOf } from '../logic/network';
import { NotFound } from './NotFoundPage';

type Person = NonNullable<ResultOf<typeof PersonQuery>['person']>;
type Channel = (typeof CHANNELS)[number];

function timelineOf(person: Person): ShownEntry[] {
  return [
    ...person.calls.nodes.map((call) => ({ key: call.id, kind: 'call' as const, date: call.date, time: call.time, content: <EventLine event={call} kind="call" except={person.id} /> })),
    ...person.meetings.nodes.map((meeting) => ({
      key: meeting.id,
      kind: 'meeting' as const,
      date: meeting.date,
      time: meeting.time,
      content: <EventLine event={meeting} kind="meeting" except={person.id} />,
    })),
    ...person.timelineStatements.nodes.map((statement) => ({
      key: statement.id,
      kind: 'statement' as const,
      date: statement.date,
      content: (
        <>
          “{statement.text}” <span className="meta">({label(statement.channel)})</span>
        </>
      ),
    })),
  ];
}

function Roles({ roles }: { roles: Person['roles'] }) {
  if (roles.length === 0) return null;
  return (
    <ul className="roles">
      {roles.map((role, index) => (
        <li key={index} className={role.current ? 'current' : 'former'}>
          {[role.title, role.of].filter(Boolean).join(', ')}
          <span className="meta">
            {' '}
            {role.since ? `since ${formatDay(role.since)}` : ''}
            {role.until ? ` until ${formatDay(role.until)}` : ''}
            {role.current ? '' : ' (former)'}
          </span>
        </li>
      ))}
    </ul>
  );
}

function PersonStatements({ slug, name }: { slug: string; name: string }) {
  const [params, setParams] = useSearchParams();
  const channel = (CHANNELS as readonly string[]).includes(params.get('channel') ?? '') ? (params.get('channel') as Channel) : undefined;
  const order = params.get('order') === 'OLDEST_FIRST' ? 'OLDEST_FIRST' : 'NEWEST_FIRST';
  const [page, turn] = usePageArgs('statements', 10);
  const [result] = useQuery({ query: PersonStatementsQuery, variables: { slug, channel, order, ...page } });
  const setFilter = (key: 'channel' | 'order', value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('statements.after');
      next.delete('statements.before');
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return (
    <section aria-labelledby="statements-title">
      <h2 id="statements-title">What {name} said</h2>
      <div className="filters">
        <label>
          Channel{' '}
          <select value={channel ?? ''} onChange={(event) => setFilter('channel', event.target.value)}>
            <option value="">Any channel</option>
            {CHANNELS.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Order{' '}
          <select value={order} onChange={(event) => setFilter('order', event.target.value === 'NEWEST_FIRST' ? '' : event.target.value)}>
            <option value="NEWEST_FIRST">Newest first</option>
            <option value="OLDEST_FIRST">Oldest first</option>
          </select>
        </label>
      </div>
      <QueryResult result={result} what="statements">
        {(data) => {
          const statements = data.person?.statements;
          if (!statements || statements.nodes.length === 0) {
            return <Empty>{channel ? `No statements on this channel: choose “Any channel”.` : `No statements by ${name} yet: ingest articles that quote them.`}</Empty>;
          }
          return (
            <>
              <StatementList statements={statements.nodes} showSpeaker={false} />
              <Pager label="statements" pageInfo={statements.pageInfo} totalCount={statements.totalCount} shown={statements.nodes.length} onTurn={turn} />
            </>
          );
        }}
      </QueryResult>
    </section>
  );
}

function PersonView({ person }: { person: Person }) {
  useTitle(person.name);
  const counterparts = counterpartsOf(person.id, person.calls.nodes, person.meetings.nodes);
  const timeline = timelineOf(person);
  return (
    <article className="person">
      <header>
        <h1>{person.name}</h1>
        {person.aliases.length > 0 && <p className="meta">Also written as {person.aliases.filter((alias) => alias !== person.name).join(', ')}</p>}
        <Roles roles={person.roles} />
      </header>
      <div className="columns">
        <section aria-labelledby="network-heading">
          <h2 id="network-heading">Counterparts</h2>
          {counterparts.length === 0 ? <Empty>No calls or meetings with {person.name} yet.</Empty> : <CounterpartNetwork name={person.name} counterparts={counterparts} />}
        </section>
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">Timeline</h2>
          {timeline.length === 0 ? <Empty>Nothing dated about {person.name} yet.</Empty> : <Timeline entries={timeline} />}
        </section>
      </div>
      <PersonStatements slug={person.slug} name={person.name} />
      <section aria-labelledby="actions-heading">
        <h2 id="actions-heading">Policy actions {person.name} announced</h2>
        {person.announcedActions.nodes.length === 0 ? <Empty>None reported.</Empty> : <ActionList actions={person.announcedActions.nodes} />}
      </section>
    </article>
  );
}

export function PersonPage() {
  const { slug = '' } = useParams();
  const [result] = useQuery({ query: PersonQuery, variables: { slug } });
  return (
    <QueryResult result={result} what="the leader">
      {(data) => (data.person ? <PersonView person={data.person} /> : <NotFound what={`person “${slug}”`} />)}
    </QueryResult>
  );
}
