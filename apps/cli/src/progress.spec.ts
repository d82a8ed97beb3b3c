import { createProgress, renderProgress } from './progress';

describe('the progress bar', () => {
  it('shows done/total, the rate and the time left', () => {
    expect(renderProgress(250, 1000, 5, 'ingesting')).toBe('ingesting ██████░░░░░░░░░░░░░░░░░░ 25% 250/1000 · 50.0/s · ETA 15s');
    expect(renderProgress(0, 10, 0, 'ingesting')).toMatch(/0% 0\/10 · 0\.0\/s · ETA \?$/);
    expect(renderProgress(100, 6100, 1, 'ingesting')).toMatch(/ETA 1m00s$/);
  });

  it('draws on a terminal, redrawing at most ten times a second, and clears its line at the end', () => {
    const written: string[] = [];
    let now = 0;
    const progress = createProgress(3, { write: (text: string) => written.push(text), isTTY: true }, 'ingesting', () => now);
    progress.tick();
    now = 150;
    progress.tick();
    progress.tick();
    progress.finish();
    expect(written).toHaveLength(4);
    expect(written[1]).toMatch(/2\/3 · 13\.3\/s/);
    expect(written[2]).toMatch(/100% 3\/3/);
    expect(written[3]).toBe('\r\x1b[2K');
  });

  it('stays silent when the output is not a terminal', () => {
    const written: string[] = [];
    const progress = createProgress(3, { write: (text: string) => written.push(text), isTTY: false }, 'ingesting');
    progress.tick();
    progress.finish();
    expect(written).toEqual([]);
  });
});
