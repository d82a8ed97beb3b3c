import type { Prisma } from '../generated/prisma/client';

/** The client inside an interactive transaction: every write of one article goes through it. */
export type Tx = Prisma.TransactionClient;

/** How one extracted fact landed in the graph: a new record, or one it already held. */
export interface Landed {
  id: number;
  created: boolean;
}
