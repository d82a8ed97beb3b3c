/** A one-line progress bar on a terminal: done/total, rate and time left. Silent elsewhere. */
export interface Progress {
  tick(): void;
  finish(): void;
}

const BAR_WIDTH = 24;
const REDRAW_EVERY_MS = 100;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

export function renderProgress(done: number, total: number, elapsedSeconds: number, label: string): string {
  const fraction = total === 0 ? 1 : done / total;
  const filled = Math.round(fraction * BAR_WIDTH);
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  return `${label} ${bar} ${Math.floor(fraction * 100)}% ${done}/${total} · ${rate.toFixed(1)}/s · ETA ${formatDuration(eta)}`;
}

export function createProgress(total: number, stream: { write(text: string): unknown; isTTY?: boolean }, label: string, now: () => number = Date.now): Progress {
  if (!stream.isTTY) return { tick: () => undefined, finish: () => undefined };
  const started = now();
  let done = 0;
  let drawn = 0;
  const draw = () => {
    drawn = now();
    stream.write(`\r\x1b[2K${renderProgress(done, total, (drawn - started) / 1000, label)}`);
  };
  draw();
  return {
    tick: () => {
      done += 1;
      if (now() - drawn >= REDRAW_EVERY_MS || done === total) draw();
    },
    finish: () => stream.write('\r\x1b[2K'),
  };
}
