import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { CHROMIUM, haveChromium, launchChromium, type FreshBrowser } from './support/browser';
import { startParley, type RunningParley } from './support/parley-server';

// The explorer as a new user meets it: Parley started as `npm start` starts it, on the seed,
// in Debian's Chromium. CI installs Chromium and must run this; elsewhere it is skipped, saying so.
jest.setTimeout(120_000);
if (!haveChromium && process.env['CI']) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must run the explorer's browser tests.`);
if (!haveChromium) process.stderr.write(`Explorer browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).\n`);
const describeWithBrowser = haveChromium ? describe : describe.skip;

describeWithBrowser('Parley Explorer in a browser', () => {
  let parley: RunningParley;
  let browser: FreshBrowser;
  const requested: string[] = [];

  beforeAll(async () => {
    [parley, browser] = await Promise.all([startParley(), launchChromium()]);
    browser.context.on('request', (request) => requested.push(request.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await parley?.stop();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${parley.origin}${path}`);
    return page;
  }

  it('shows Trump’s 2025-03-28 call with Carney, placed by Carney, on the timeline and the network, and his words “very, very good”', async () => {
    const page = await open('/people/donald-trump');
    await page.getByRole('heading', { level: 1, name: 'Donald Trump' }).waitFor();

    const callDay = page.locator('.timeline-day', { has: page.locator('time[datetime="2025-03-28"]') });
    const call = callDay.locator('[data-kind="call"]');
    await expect(call.textContent()).resolves.toMatch(/Phone call, 28 Mar 2025 10:00 with Mark Carney, placed by Mark Carney/);
    await expect(callDay.locator('[data-kind="statement"]', { hasText: '“very, very good”' }).count()).resolves.toBe(1);

    const carneyRow = page.getByRole('row', { name: /Mark Carney/ });
    await expect(carneyRow.locator('td').allTextContents()).resolves.toEqual(['1', '1', '1', '0']);
    await expect(page.getByRole('group', { name: /Mark Carney, 1 call and 1 meeting \(1 placed by Mark Carney\)/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Mark Carney: 1 call and 1 meeting (1 placed by Mark Carney)' }).count()).resolves.toBe(1);

    const said = page.getByRole('region', { name: 'What Donald Trump said' });
    await page.getByLabel('Channel').selectOption('REMARKS_TO_REPORTERS');
    await said.getByText('“very, very good”', { exact: true }).waitFor();
    await expect(said.locator('.statement', { hasText: '“very, very good”' }).locator('.meta').textContent()).resolves.toContain('Remarks to reporters · 28 Mar 2025');
    expect(new URL(page.url()).searchParams.get('channel')).toBe('REMARKS_TO_REPORTERS');
    await page.close();
  });

  it('opens the article from a statement, with “very, very good” highlighted at characters 60–75 and Trump named on focus', async () => {
    const page = await open('/people/donald-trump?channel=REMARKS_TO_REPORTERS');
    await page.locator('.statement', { hasText: '“very, very good”' }).getByRole('link', { name: /source/ }).click();
    const mark = page.locator('mark#quote-60');
    await mark.waitFor();

    const placed = await mark.evaluate((element) => {
      const text = document.querySelector('[data-testid="article-text"]') as HTMLElement;
      const before = document.createRange();
      before.setStart(text, 0);
      before.setEndBefore(element);
      return { offset: before.toString().length, words: element.textContent, start: element.dataset['start'], end: element.dataset['end'], focused: document.activeElement === element };
    });
    expect(placed).toEqual({ offset: 60, words: 'very, very good', start: '60', end: '75', focused: true });

    const articleText = await page.locator('[data-testid="article-text"]').textContent();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const fromApi = await page.request.post(`${parley.origin}/graphql`, { data: { query: `{ node(id: "${id}") { ... on Article { text } } }` } });
    expect(articleText).toBe(((await fromApi.json()) as { data: { node: { text: string } } }).data.node.text);

    const tip = await mark.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(tip).toContain('Donald Trump · Remarks to reporters · 28 Mar 2025');
    await expect(page.locator(`#${await mark.getAttribute('aria-describedby')}`).textContent()).resolves.toBe('Donald Trump · Remarks to reporters · 28 Mar 2025');
    await expect(page.locator('mark').count()).resolves.toBe(18);
    await page.close();
  });

  it('shows Canada’s retaliatory tariffs answering the 25% tariff on vehicles, from the tariff’s page and from the retaliation’s', async () => {
    const page = await open('/people/donald-trump');
    await page.getByRole('link', { name: 'United States: 25% tariff on vehicles made outside the U.S.' }).click();
    await page.getByRole('heading', { level: 1, name: 'United States: 25% tariff on vehicles made outside the U.S.' }).waitFor();
    const chain = page.locator('.chain');
    const answer = chain.locator('li', { hasText: 'answered by Canada: retaliatory tariff' }).first();
    await answer.waitFor();

    await answer.getByRole('link', { name: 'Canada: retaliatory tariff' }).click();
    await page.getByRole('heading', { level: 1, name: 'Canada: retaliatory tariff' }).waitFor();
    await expect(page.locator('.chain-current').textContent()).resolves.toContain('answers United States: 25% tariff on vehicles made outside the U.S.');
    await page.close();
  });

  it('says not found for an unknown leader, an ID that is not Parley’s and an address the explorer does not have', async () => {
    for (const path of ['/people/nobody-at-all', '/calls/not-an-id', '/no/such/page']) {
      const page = await open(path);
      await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
      await expect(page.getByRole('link', { name: 'Search the graph' }).count()).resolves.toBe(1);
      await page.close();
    }
  });

  it('finds Trump from the home page by an alias', async () => {
    const page = await open('/');
    await page.getByRole('heading', { level: 2, name: 'Leaders' }).waitFor();
    await page.getByLabel('People by name or alias, statements by their words').fill('the president');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: /Results for/ }).getByRole('link', { name: 'Donald Trump' }).click();
    await page.getByRole('heading', { level: 1, name: 'Donald Trump' }).waitFor();
    await page.close();
  });

  it('ranks statements by their words from the home page, and says when the words are too common to search', async () => {
    const page = await open('/?q=tariffs');
    const results = page.getByRole('region', { name: /Results for/ });
    await results.getByRole('heading', { level: 3, name: /^Statements \(\d+\), most relevant first$/ }).waitFor();
    await expect(results.locator('.statement').first().innerText()).resolves.toMatch(/tariff/i);

    await page.getByLabel('People by name or alias, statements by their words').fill('the');
    await page.keyboard.press('Enter');
    await results.getByText('The search holds only common words that are not indexed (the): add a more specific one').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await page.close();
  });

  it('reaches every quotation of the article with the keyboard', async () => {
    const page = await open('/people/donald-trump');
    await page.locator('.statement').first().getByRole('link', { name: /source/ }).click();
    await page.locator('mark').first().waitFor();
    await page.locator('main').focus();
    const focused: string[] = [];
    for (let step = 0; step < 40 && focused.length < 3; step++) {
      await page.keyboard.press('Tab');
      const tag = await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.getAttribute('data-start') ?? ''}`);
      if (tag.startsWith('MARK:')) focused.push(tag);
    }
    expect(focused).toEqual(['MARK:60', 'MARK:147', 'MARK:308']);
    await page.close();
  });

  it.each(['/', '/people/donald-trump', '/people/mark-carney', '/people/nobody-at-all'])('has no serious or critical accessibility violation at 800 px wide: %s', async (path) => {
    const page = await open(path, 800);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await page.close();
  });

  it('has no serious or critical accessibility violation on the call, meeting, article and action pages', async () => {
    const page = await open('/people/donald-trump');
    for (const link of [/^Phone call, 28 Mar 2025/, /^Meeting, date unknown/, /source/, /25% tariff on vehicles/]) {
      await page.goto(`${parley.origin}/people/donald-trump`);
      await page.locator('h1').first().waitFor();
      await page.getByRole('link', { name: link }).first().click();
      await page.waitForLoadState('networkidle');
      await page.locator('h1').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it('asked nothing of any origin but Parley’s own', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(parley.origin))).toEqual([]);
  });
});
