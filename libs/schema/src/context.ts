import type { ArticleWorkers } from '@parley/ingest';
import type { GraphEvents } from './graph-events';

/** What every resolver knows about the request it serves. */
export interface ParleyContext {
  /** Echoed in masked error messages and logs, so a client's report can be found. */
  requestId: string;
  /** Extraction and ingest, run on worker threads. */
  articles: ArticleWorkers;
  /** Where ingest announces what it added, after its transaction commits; subscriptions listen here. */
  events: GraphEvents;
}
