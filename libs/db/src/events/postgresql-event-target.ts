import type { TypedEvent, TypedEventListenerOrEventListenerObject, TypedEventTarget } from '@graphql-yoga/typed-event-target';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;
const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

export interface PostgresqlEventTargetOptions {
  /** The PostgreSQL server every API replica shares (the primary: standbys cannot LISTEN). */
  url: string;
  /** The NOTIFY channel; replicas that share it see each other's events. */
  channel?: string;
  /** Failures the caller cannot see otherwise: a publish that did not reach the server, a lost listening connection. */
  onError?: (error: Error) => void;
}

export interface PostgresqlEventTarget extends TypedEventTarget<TypedEvent> {
  /** Resolves once the target listens (again, after a reconnection). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

type Listener = TypedEventListenerOrEventListenerObject<TypedEvent>;

function deliver(listener: Listener, event: TypedEvent): void {
  if (typeof listener === 'function') listener(event);
  else listener.handleEvent(event);
}

/**
 * An EventTarget for Yoga's `createPubSub` that fans events out across every API process
 * through PostgreSQL's LISTEN/NOTIFY: `dispatchEvent` sends `NOTIFY`, and each process
 * (the sender too) hands the event to its own listeners. Event details must be JSON.
 * A lost listening connection is reopened; events sent while it was down are not replayed.
 */
export function createPostgresqlEventTarget(options: PostgresqlEventTargetOptions): PostgresqlEventTarget {
  const channel = options.channel ?? 'parley_events';
  const onError = options.onError ?? ((error: Error) => process.emitWarning(error));
  const config = parseIntoClientConfig(options.url) as pg.ClientConfig;
  const publisher = new pg.Pool({ ...config, max: 2 } as pg.PoolConfig);
  publisher.on('error', onError);
  const listeners = new Map<string, Set<Listener>>();
  let subscriber: pg.Client | undefined;
  let closed = false;
  let listening: Promise<void> = Promise.resolve();

  const receive = (message: pg.Notification) => {
    if (message.channel !== channel || !message.payload) return;
    let parsed: { type: string; detail: unknown };
    try {
      parsed = JSON.parse(message.payload) as { type: string; detail: unknown };
    } catch {
      onError(new Error(`A NOTIFY on ${channel} is not a Parley event: ${message.payload.slice(0, 80)}`));
      return;
    }
    const event = new CustomEvent(parsed.type, { detail: parsed.detail }) as unknown as TypedEvent;
    for (const listener of listeners.get(parsed.type) ?? []) deliver(listener, event);
  };

  const listen = async (attempt = 0): Promise<void> => {
    if (closed) return;
    const client = new pg.Client(config);
    client.on('notification', receive);
    client.on('error', (error) => onError(error));
    client.on('end', () => {
      if (closed || subscriber !== client) return;
      subscriber = undefined;
      onError(new Error(`The connection listening on ${channel} was lost; reconnecting.`));
      listening = listen();
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
      subscriber = client;
      if (closed) await client.end();
    } catch {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      if (closed) return;
      const delay = RECONNECT_DELAYS_MS[Math.min(attempt, RECONNECT_DELAYS_MS.length - 1)];
      await new Promise((resolve) => setTimeout(resolve, delay));
      return listen(attempt + 1);
    }
  };
  listening = listen();

  return {
    addEventListener(type: string, listener: Listener | null) {
      if (!listener) return;
      const set = listeners.get(type) ?? new Set();
      set.add(listener);
      listeners.set(type, set);
    },
    removeEventListener(type: string, listener: Listener | null) {
      if (!listener) return;
      listeners.get(type)?.delete(listener);
      if (listeners.get(type)?.size === 0) listeners.delete(type);
    },
    dispatchEvent(event: TypedEvent) {
      const payload = JSON.stringify({ type: event.type, detail: event.detail });
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        throw new Error(`The "${event.type}" event is ${Buffer.byteLength(payload)} bytes as JSON; PostgreSQL carries at most ${MAX_PAYLOAD_BYTES}. Publish ids, not records.`);
      }
      publisher.query('SELECT pg_notify($1, $2)', [channel, payload]).catch((error: Error) => onError(error));
      return true;
    },
    ready: () => listening,
    async close() {
      closed = true;
      const client = subscriber;
      subscriber = undefined;
      await Promise.all([client?.end(), publisher.end()]);
    },
  } as PostgresqlEventTarget;
}
