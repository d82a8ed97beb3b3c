import pino, { type DestinationStream, type LevelWithSilent } from 'pino';
import { currentRequestId } from './request-id';

/** Called as `logger.info('message', { fields })`, or by libraries with any values. */
export type LogMethod = (message: unknown, ...rest: unknown[]) => void;

export interface Logger {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}

export type LogLevel = Extract<LevelWithSilent, 'debug' | 'info' | 'warn' | 'error' | 'silent'>;

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Reads `LOG_LEVEL`; a value pino does not know stops the start with a message naming it. */
export function readLogLevel(value: string | undefined): LogLevel {
  const level = (value ?? 'info').toLowerCase();
  if (!LEVELS.includes(level as LogLevel)) throw new Error(`LOG_LEVEL "${value}" must be one of ${LEVELS.join(', ')}.`);
  return level as LogLevel;
}

/** Pretty lines for a person at a terminal, JSON lines for a collector otherwise. */
function defaultDestination(): DestinationStream {
  if (process.stderr.isTTY) return pino.transport({ target: 'pino-pretty', options: { destination: 2 } }) as DestinationStream;
  return pino.destination({ dest: 2, sync: true });
}

/**
 * JSON lines through pino, each carrying the id of the request being served. `write`
 * takes the lines instead of standard error (tests read them).
 */
export function createLogger(minimum: LogLevel = 'info', write?: (line: string) => void): Logger {
  const destination: DestinationStream = write ? { write: (line: string) => write(line.trimEnd()) } : defaultDestination();
  const base = pino(
    {
      level: minimum,
      base: undefined,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: pino.stdSerializers.err },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
  const log =
    (level: 'debug' | 'info' | 'warn' | 'error'): LogMethod =>
    (message, ...rest) => {
      const [fields, ...more] = rest;
      const named = typeof fields === 'object' && fields !== null && !(fields instanceof Error) && more.length === 0;
      if (typeof message !== 'string') base[level]({ error: message, ...(named ? fields : {}) }, 'error');
      else if (named) base[level](fields as Record<string, unknown>, message);
      else if (rest.length) base[level]({ details: rest }, message);
      else base[level](message);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
