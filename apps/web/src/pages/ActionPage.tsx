import { PolicyActionQuery, type ActionSummary, type FragmentOf, type ResultOf } from '@parley/client';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTitle } from '../app/useTitle';
import { ActionLine } from '../components/ActionCard';
import { PeopleLinks } from '../components/links';
import { Empty, QueryResult } from '../components/QueryState';
import { StatementList } from '../components/StatementList';
import { formatDay, label, paths } from '../logic/format';
import { NotFound } from './NotFoundPage';

type Action = Extract<NonNullable<ResultOf<typeof PolicyActionQuery>['node']>, { __typename: 'PolicyAction' }>;
type Summary = FragmentOf<typeof ActionSummary>;

/** What this action answers, oldest first: the tariff a retaliation answers, and what that answered. */
function answered(action: Action): Summary[] {
  const chain: Summary[] = [];
  if (action.inResponseTo?.inResponseTo) chain.push(action.inResponseTo.inResponseTo);
  if (action.inResponseTo) chain.push(action.inResponseTo);
  return chain;
}

function actionTitle(action: Summary): string {
  const actors = action.actors.map((country) => country.name).join(', ');
  const rate = action.ratePercent !== null && action.ratePercent !== undefined ? `${action.ratePercent}% ` : '';
  return `${actors ? `${actors}: ` : ''}${rate}${label(action.kind).toLowerCase()}${action.target ? ` on ${action.target}` : ''}`;
}

function ActionView({ action }: { action: Action }) {
  const title = actionTitle(action);
  useTitle(title);
  const before = answered(action);
  return (
    <article className="action">
      <h1>{title}</h1>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{label(action.kind)}</dd>
        <dt>Status</dt>
        <dd>{label(action.status)}</dd>
        <dt>Takes effect</dt>
        <dd>{formatDay(action.effectiveDate)}</dd>
        <dt>Announced by</dt>
        <dd>{action.announcedBy ? <PeopleLinks people={[action.announcedBy]} /> : 'not reported'}</dd>
        {action.participants.length > 0 && (
          <>
            <dt>Negotiators</dt>
            <dd>
              <PeopleLinks people={action.participants} />
            </dd>
          </>
        )}
      </dl>
      {action.summary && <p>{action.summary}</p>}
      <section aria-labelledby="chain-title">
        <h2 id="chain-title">Chain of responses</h2>
        <ol className="chain">
          {before.map((earlier) => (
            <li key={earlier.id}>
              <ActionLine action={earlier} />
            </li>
          ))}
          <li aria-current="page" className="chain-current">
            <strong>{title}</strong> <span className="badge">{label(action.status)}</span>
            {before.length > 0 && <span className="meta"> — answers {actionTitle(before.at(-1) as Summary)}</span>}
          </li>
          {action.responses.nodes.map((response) => (
            <li key={response.id}>
              <span className="meta">answered by </span>
              <ActionLine action={response} />
              {response.responses.nodes.length > 0 && (
                <ol>
                  {response.responses.nodes.map((next) => (
                    <li key={next.id}>
                      <span className="meta">answered by </span>
                      <ActionLine action={next} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
        {before.length === 0 && action.responses.nodes.length === 0 && <Empty>This action answers none and no action answers it yet.</Empty>}
      </section>
      <section aria-labelledby="action-said-title">
        <h2 id="action-said-title">What was said about it</h2>
        {action.statements.nodes.length === 0 ? <Empty>No statement about this action yet.</Empty> : <StatementList statements={action.statements.nodes} />}
      </section>
      <section aria-labelledby="action-sources-title">
        <h2 id="action-sources-title">Reported by</h2>
        <ul>
          {action.articles.nodes.map((article) => (
            <li key={article.id}>
              <Link to={paths.article(article.id)}>{article.title ?? `Article of ${formatDay(article.publishedOn)}`}</Link>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export function ActionPage() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: PolicyActionQuery, variables: { id } });
  return (
    <QueryResult result={result} what="the policy action" absentOnErrorAt="node">
      {(data) => (data.node?.__typename === 'PolicyAction' ? <ActionView action={data.node} /> : <NotFound what="policy action" />)}
    </QueryResult>
  );
}
