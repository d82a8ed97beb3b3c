import { parseArgs } from 'node:util';
import { isIsoDate } from '@parley/domain';
import { didYouMean } from './did-you-mean';
import { UsageError } from './io';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function usageMistake(error: unknown, options: OptionSpec): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
  if (unknown) return `unknown option ${unknown}${didYouMean(unknown, Object.keys(options).map((name) => `--${name}`))}`;
  const missing = /Option '(-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message)?.[2];
  if (missing) return `${missing} needs a value`;
  const unexpected = /Option '(-\w, )?(--[\w-]+)' does not take an argument/.exec(message)?.[2];
  if (unexpected) return `${unexpected} takes no value`;
  return message;
}

/** Parses a command's arguments; an unknown option or a missing value is a usage error. */
export function parseCommandArgs<T extends OptionSpec>(args: string[], options: T) {
  const spec = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    return parseArgs({ args, options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMistake(error, spec));
  }
}

/** A `YYYY-MM-DD` option's value, or null when not given. */
export function dateOption(name: string, value: string | boolean | undefined): string | null {
  if (value === undefined || typeof value === 'boolean') return null;
  if (!isIsoDate(value)) throw new UsageError(`--${name} "${value}" is not a date in the form YYYY-MM-DD`);
  return value;
}

export function publishedOption(value: string | boolean | undefined): string | null {
  return dateOption('published', value);
}
