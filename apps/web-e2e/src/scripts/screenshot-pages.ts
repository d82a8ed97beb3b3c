import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { runAgainstParley } from '../support/script';

// The pages the README shows: Donald Trump's on the seed, 1280 px wide, and the seed article
// opened from his words "very, very good", that quotation focused and its speaker shown.
const LEADER = resolve(__dirname, '../../../../docs/explorer-leader-page.png');
const ARTICLE = resolve(__dirname, '../../../../docs/explorer-article-page.png');

runAgainstParley(async (origin, browser) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`${origin}/people/donald-trump`);
  await page.locator('.timeline').waitFor();
  await page.waitForLoadState('networkidle');
  await mkdir(dirname(LEADER), { recursive: true });
  await page.screenshot({ path: LEADER });

  await page.goto(`${origin}/people/donald-trump?channel=REMARKS_TO_REPORTERS`);
  await page.locator('.statement', { hasText: '“very, very good”' }).getByRole('link', { name: /source/ }).click();
  await page.locator('mark#quote-60:focus').waitFor();
  await page.screenshot({ path: ARTICLE });
  process.stdout.write(`Screenshots: ${relative(process.cwd(), LEADER)}, ${relative(process.cwd(), ARTICLE)}\n`);
});
