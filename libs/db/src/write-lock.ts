import { databaseBusy } from './errors';

interface Waiter {
  grant: () => void;
  refuse: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * The turn of one process's write transactions on a SQLite file, first come first served.
 * At most `limit` writes wait; one more, or one waiting past `timeoutMs`, gets DATABASE_BUSY.
 */
export class WriteQueue {
  #held = false;
  readonly #waiting: Waiter[] = [];

  constructor(
    private readonly limit: number,
    private readonly timeoutMs: number,
  ) {}

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves with the function that passes the turn on, once it is this caller's turn. */
  acquire(): Promise<() => void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve(this.#releaser());
    }
    if (this.#waiting.length >= this.limit) {
      return Promise.reject(databaseBusy(`the queue of writes waiting for the database's write lock is full (${this.limit})`));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => resolve(this.#releaser()),
        refuse: reject,
        timer: setTimeout(() => {
          this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
          reject(databaseBusy(`the write waited ${this.timeoutMs} ms for the database's write lock`));
        }, this.timeoutMs),
      };
      this.#waiting.push(waiter);
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (!next) {
        this.#held = false;
        return;
      }
      clearTimeout(next.timer);
      next.grant();
    };
  }
}
