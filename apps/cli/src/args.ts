import { parseArgs } from 'node:util';
import { isIsoDate } from '@parley/domain';
import { UsageError } from './io';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parses a command's arguments; an unknown option or a missing value is a usage error. */
export function parseCommandArgs<T extends OptionSpec>(args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function publishedOption(value: string | boolean | undefined): string | null {
  if (value === undefined || typeof value === 'boolean') return null;
  if (!isIsoDate(value)) throw new UsageError(`--published "${value}" is not a date in the form YYYY-MM-DD`);
  return value;
}
