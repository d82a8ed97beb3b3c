import { Link } from 'react-router';
import { useTitle } from '../app/useTitle';

/** What a bookmarked address shows when the graph has nothing there (any more). */
export function NotFound({ what }: { what?: string }) {
  useTitle('Not found');
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>{what ? `The graph has no ${what} at this address.` : 'The explorer has no page at this address.'}</p>
      <p>
        <Link to="/">Search the graph</Link> for a leader, or ingest articles that mention them with <code>npx parley ingest</code>.
      </p>
    </section>
  );
}

export function NotFoundPage() {
  return <NotFound />;
}
