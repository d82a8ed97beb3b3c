import type { CliIo } from './io';

type Paint = (text: string) => string;

export interface Style {
  error: Paint;
  warning: Paint;
  success: Paint;
  heading: Paint;
  dim: Paint;
}

const CODES: Record<keyof Style, [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  success: [32, 39],
  heading: [1, 22],
  dim: [2, 22],
};

/**
 * Colours for a stream: on a terminal only, never when `NO_COLOR` is set (no-color.org)
 * or `TERM=dumb`; `FORCE_COLOR` turns them on anywhere.
 */
export function styleFor(stream: { isTTY?: boolean }, env: CliIo['env']): Style {
  const forced = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0';
  const enabled = forced || (stream.isTTY === true && !env['NO_COLOR'] && env['TERM'] !== 'dumb');
  const paint = ([open, close]: [number, number]): Paint => (enabled ? (text) => `\x1b[${open}m${text}\x1b[${close}m` : (text) => text);
  return {
    error: paint(CODES.error),
    warning: paint(CODES.warning),
    success: paint(CODES.success),
    heading: paint(CODES.heading),
    dim: paint(CODES.dim),
  };
}
