import type { ApiScope } from '@parley/db';
import type { ArticleWorkers } from '@parley/ingest/workers';
import type { GraphEvents } from './graph-events';

/** Who is asking: nobody in particular, or the holder of a checked API key. */
export type Caller = { kind: 'anonymous' } | { kind: 'key'; keyId: number; name: string; scopes: readonly ApiScope[] };

/** What every resolver knows about the request it serves. */
export interface ParleyContext {
  /** Echoed in masked error messages and logs, so a client's report can be found. */
  requestId: string;
  caller: Caller;
  /** Whether anyone may read without a key (`PARLEY_PUBLIC_READ`, true unless set to false). */
  publicRead: boolean;
  /** Extraction and ingest, run on worker threads. */
  articles: ArticleWorkers;
  /** Where ingest announces what it added, after its transaction commits; subscriptions listen here. */
  events: GraphEvents;
}
