import { LatestEventsQuery, LeadersQuery, PeopleSearchQuery, StatementSearchQuery } from '@parley/client';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EventList } from '../components/EventList';
import { PersonLink } from '../components/links';
import { Pager, usePageArgs } from '../components/Pager';
import { Empty, QueryResult } from '../components/QueryState';
import { StatementList } from '../components/StatementList';
import { useTitle } from '../app/useTitle';
import { paths } from '../logic/format';

const EMPTY_GRAPH = (
  <>
    The graph is empty: load articles with <code>npx parley ingest FILE</code>, or start Parley with its seed (<code>npm start</code>).
  </>
);

function SearchForm() {
  const [params, setParams] = useSearchParams();
  const [words, setWords] = useState(params.get('q') ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(words.trim() ? { q: words.trim() } : {});
  };
  return (
    <form role="search" onSubmit={submit} className="search">
      <label htmlFor="search-words">People by name or alias, statements by their words</label>
      <div className="search-row">
        <input id="search-words" type="search" value={words} onChange={(event) => setWords(event.target.value)} placeholder="Trump, the Prime Minister, tariffs…" />
        <button type="submit">Search</button>
      </div>
    </form>
  );
}

function SearchResults({ words }: { words: string }) {
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">Results for “{words}”</h2>
      <div className="columns">
        <PeopleResults words={words} />
        <StatementResults words={words} />
      </div>
    </section>
  );
}

function PeopleResults({ words }: { words: string }) {
  const [result] = useQuery({ query: PeopleSearchQuery, variables: { words } });
  return (
    <div>
      <QueryResult result={result} what="people">
        {({ people }) => (
          <>
            <h3>People ({people.totalCount})</h3>
            {people.nodes.length === 0 ? (
              <Empty>Nobody by that name or alias. Try part of a name (“carn”) or a title (“Prime Minister”).</Empty>
            ) : (
              <ul>
                {people.nodes.map((person) => (
                  <li key={person.id}>
                    <PersonLink person={person} /> <span className="meta">{person.aliases.slice(0, 3).join(', ')}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryResult>
    </div>
  );
}

function StatementResults({ words }: { words: string }) {
  const [result] = useQuery({ query: StatementSearchQuery, variables: { words } });
  // Words the search cannot use (only common words such as "the", or no words at all) are the reader's to change, not an API failure.
  const refusal = result.error?.graphQLErrors.find((error) => error.extensions['argument'] === 'filter.search');
  if (refusal) {
    return (
      <div>
        <h3>Statements</h3>
        <Empty>{refusal.message.replace(/^filter\.search: /, 'The search ')}</Empty>
      </div>
    );
  }
  return (
    <div>
      <QueryResult result={result} what="statements">
        {({ statements }) => (
          <>
            <h3>Statements ({statements.totalCount}), most relevant first</h3>
            {statements.nodes.length === 0 ? <Empty>No statement holds these words.</Empty> : <StatementList statements={statements.nodes} />}
          </>
        )}
      </QueryResult>
    </div>
  );
}

function Leaders() {
  const [page, turn] = usePageArgs('leaders', 20);
  const [result] = useQuery({ query: LeadersQuery, variables: page });
  return (
    <section aria-labelledby="leaders-title">
      <h2 id="leaders-title">Leaders</h2>
      <QueryResult result={result} what="the leaders">
        {({ leaders }) =>
          leaders.nodes.length === 0 ? (
            <Empty>{EMPTY_GRAPH}</Empty>
          ) : (
            <>
              <ul className="leaders">
                {leaders.nodes.map((leader) => (
                  <li key={leader.id}>
                    <Link to={paths.person(leader.slug)}>{leader.name}</Link>
                    <span className="meta"> {leader.roles.map((role) => [role.title, role.of].filter(Boolean).join(' of ')).join(' · ')}</span>
                  </li>
                ))}
              </ul>
              <Pager label="leaders" pageInfo={leaders.pageInfo} totalCount={leaders.totalCount} shown={leaders.nodes.length} onTurn={turn} />
            </>
          )
        }
      </QueryResult>
    </section>
  );
}

function LatestEvents() {
  const [result] = useQuery({ query: LatestEventsQuery, variables: { first: 10 } });
  return (
    <section aria-labelledby="latest-title">
      <h2 id="latest-title">Latest calls and meetings</h2>
      <QueryResult result={result} what="the latest calls and meetings">
        {({ calls, meetings }) => (
          <div className="columns">
            <div>
              <h3>Calls ({calls.totalCount})</h3>
              {calls.nodes.length === 0 ? <Empty>No calls yet. {EMPTY_GRAPH}</Empty> : <EventList events={calls.nodes} kind="call" />}
            </div>
            <div>
              <h3>Meetings ({meetings.totalCount})</h3>
              {meetings.nodes.length === 0 ? <Empty>No meetings yet: ingest articles that report one.</Empty> : <EventList events={meetings.nodes} kind="meeting" />}
            </div>
          </div>
        )}
      </QueryResult>
    </section>
  );
}

export function HomePage() {
  const [params] = useSearchParams();
  const words = params.get('q');
  useTitle(words ? `Search: ${words}` : undefined);
  return (
    <>
      <h1>Who called whom, and what they said</h1>
      <SearchForm key={words ?? ''} />
      {words ? <SearchResults words={words} /> : null}
      <div className="columns">
        <Leaders />
        <LatestEvents />
      </div>
    </>
  );
}
