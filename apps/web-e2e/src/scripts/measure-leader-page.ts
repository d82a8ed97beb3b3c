import { gzipSync } from 'node:zlib';
import { runAgainstParley } from '../support/script';

// What a reader of /people/:slug downloads, and how soon the leader page is drawn on loopback,
// each load in a fresh browser context (an empty cache).
const LEADER_PAGE = '/people/donald-trump';
const RUNS = Number(process.env['RUNS'] ?? 10);
const BUDGET_KB = 250;

runAgainstParley(async (origin, browser) => {
  const scripts = new Map<string, Buffer>();
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    if (run === 0) {
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.set(response.url(), await response.body());
      });
    }
    await page.goto(`${origin}${LEADER_PAGE}`, { waitUntil: 'commit' });
    // From the start of navigation to the leader's name, network and timeline on screen.
    const drawn = await page.waitForFunction(() => document.querySelector('h1') && document.querySelector('.network') && document.querySelector('.timeline') && performance.now(), undefined, {
      polling: 'raf',
    });
    timings.push(Number(await drawn.jsonValue()));
    await context.close();
  }
  const raw = [...scripts.values()].reduce((sum, body) => sum + body.length, 0);
  const gzipped = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  process.stdout.write(
    `JavaScript for ${LEADER_PAGE}: ${scripts.size} file(s), ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)\n` +
      `First render of ${LEADER_PAGE} on loopback, ${RUNS} cold loads: median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms\n`,
  );
  if (gzipped / 1024 > BUDGET_KB) throw new Error(`The leader page's JavaScript is over its ${BUDGET_KB} KB gzip budget.`);
});
