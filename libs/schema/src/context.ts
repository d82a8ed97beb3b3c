/** What every resolver knows about the request it serves. */
export interface ParleyContext {
  /** Echoed in masked error messages and logs, so a client's report can be found. */
  requestId: string;
}
