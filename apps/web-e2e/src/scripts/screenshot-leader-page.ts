import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { runAgainstParley } from '../support/script';

// The leader page as the README opens on it: Donald Trump on the seed, 1280 px wide.
const OUTPUT = resolve(__dirname, '../../../../docs/explorer-leader-page.png');

runAgainstParley(async (origin, browser) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`${origin}/people/donald-trump`);
  await page.locator('.timeline').waitFor();
  await page.waitForLoadState('networkidle');
  await mkdir(dirname(OUTPUT), { recursive: true });
  await page.screenshot({ path: OUTPUT });
  process.stdout.write(`Leader page screenshot: ${relative(process.cwd(), OUTPUT)}\n`);
});
