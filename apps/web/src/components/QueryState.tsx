import { ParleyApiError } from '@parley/client';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';

interface QueryResultProps<Data> {
  result: { fetching: boolean; error?: CombinedError | undefined; data?: Data | undefined };
  /** What is loading, for the status line: "the leader". */
  what: string;
  /**
   * A root field whose errors mean "nothing there" rather than a failure: `node` refuses an
   * ID that is not one of Parley's, and the page says not found, as for an ID of nothing.
   */
  absentOnErrorAt?: string;
  children: (data: Data) => ReactNode;
}

/** Shows the loading line, the API's named errors, or the data. */
export function QueryResult<Data>({ result, what, absentOnErrorAt, children }: QueryResultProps<Data>) {
  const absent = absentOnErrorAt !== undefined && result.error?.graphQLErrors.length && result.error.graphQLErrors.every((error) => error.path?.[0] === absentOnErrorAt);
  if (result.error && !(absent && result.data)) return <ErrorNotice error={result.error} />;
  if (result.data === undefined) return <Loading what={what} />;
  return <>{children(result.data)}</>;
}

export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNotice({ error }: { error: CombinedError }) {
  const { details } = ParleyApiError.from(error);
  return (
    <div role="alert" className="notice notice-error">
      <h2>The Parley API could not answer</h2>
      <ul>
        {details.map((detail, index) => (
          <li key={index}>
            <code>{detail.code}</code> {detail.message}
            {detail.requestId && <> (request {detail.requestId})</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** An empty list, saying what would fill it. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="notice empty">{children}</p>;
}
