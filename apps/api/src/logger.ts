/** A line of JSON per event on stderr: what a log collector reads, and what a person can grep. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Called as `logger.info('message', { fields })`, or by libraries with any values. */
export type LogMethod = (message: unknown, ...rest: unknown[]) => void;

export interface Logger {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

export function createLogger(minimum: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const log =
    (level: LogLevel): LogMethod =>
    (message, ...rest) => {
      if (LEVELS[level] < LEVELS[minimum]) return;
      const [fields, ...more] = rest;
      const named = typeof fields === 'object' && fields !== null && !(fields instanceof Error) && more.length === 0;
      const entries = named ? Object.entries(fields).map(([key, value]) => [key, describe(value)]) : rest.length ? [['details', rest.map(describe)]] : [];
      const text = typeof message === 'string' ? message : undefined;
      const extra = text === undefined ? [['error', describe(message)]] : [];
      write(JSON.stringify({ time: new Date().toISOString(), level, message: text ?? 'error', ...Object.fromEntries([...extra, ...entries]) }));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
