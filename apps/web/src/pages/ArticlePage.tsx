import { ArticleQuery, type ResultOf } from '@parley/client';
import { useEffect } from 'react';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTitle } from '../app/useTitle';
import { ActionList } from '../components/ActionCard';
import { EventList } from '../components/EventList';
import { HighlightedText } from '../components/HighlightedText';
import { Empty, QueryResult } from '../components/QueryState';
import { formatDay, label } from '../logic/format';
import { NotFound } from './NotFoundPage';

type Article = Extract<NonNullable<ResultOf<typeof ArticleQuery>['node']>, { __typename: 'Article' }>;

function ArticleView({ article }: { article: Article }) {
  const heading = article.title ?? `${article.publisher ?? 'Article'} of ${formatDay(article.publishedOn)}`;
  useTitle(heading);
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.focus();
  }, [hash]);
  const quotes = article.quotations.nodes.map((quotation) => ({
    start: quotation.span.start,
    end: quotation.span.end,
    attribution: [quotation.statement.speaker?.name ?? 'Speaker unknown', label(quotation.statement.channel), formatDay(quotation.statement.date)].join(' · '),
  }));
  return (
    <article className="article">
      <h1>{heading}</h1>
      <p className="meta">
        {article.publisher && `${article.publisher} · `}published {formatDay(article.publishedOn)} · {article.wordCount} words · {article.quotations.totalCount} quotations
        {article.url && (
          <>
            {' '}
            · <a href={article.url}>original</a>
          </>
        )}
      </p>
      <div className="article-layout">
        <section aria-label="Article text">
          <p className="hint">Each highlighted passage is a quotation: hover over it or move to it with Tab to see who said it.</p>
          <HighlightedText text={article.text} quotes={quotes} />
        </section>
        <aside aria-labelledby="facts-title">
          <h2 id="facts-title">Drawn from this article</h2>
          <h3>Calls</h3>
          {article.calls.nodes.length ? <EventList events={article.calls.nodes} kind="call" /> : <Empty>None.</Empty>}
          <h3>Meetings</h3>
          {article.meetings.nodes.length ? <EventList events={article.meetings.nodes} kind="meeting" /> : <Empty>None.</Empty>}
          <h3>Policy actions</h3>
          {article.policyActions.nodes.length ? <ActionList actions={article.policyActions.nodes} /> : <Empty>None.</Empty>}
        </aside>
      </div>
    </article>
  );
}

export function ArticlePage() {
  const { id = '' } = useParams();
  const [result] = useQuery({ query: ArticleQuery, variables: { id } });
  return (
    <QueryResult result={result} what="the article" absentOnErrorAt="node">
      {(data) => (data.node?.__typename === 'Article' ? <ArticleView article={data.node} /> : <NotFound what="article" />)}
    </QueryResult>
  );
}
