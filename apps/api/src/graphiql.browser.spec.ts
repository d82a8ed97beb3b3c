import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openTempDatabase, type TempDatabase } from '@parley/db/testing';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from './app';
import { createLogger } from './logger';

// A real browser on the page a new user opens: GraphiQL, served with its own scripts,
// opening on the example query, which runs against the seeded database.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

jest.setTimeout(90_000);

// CI installs Chromium and must run this test; a developer machine without it skips it, saying so.
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env['CI']) throw new Error(`Chromium is missing at ${CHROMIUM}: CI must run the GraphiQL page test.`);
if (!haveBrowser) process.stderr.write(`GraphiQL page test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).\n`);
const describeWithBrowser = haveBrowser ? describe : describe.skip;

describeWithBrowser('GraphiQL in a browser', () => {
  let database: TempDatabase;
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    database = await openTempDatabase();
    server = createServer(createApp({ logger: createLogger('error', () => undefined) }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  });

  it('opens GraphiQL on the example query, and running it shows Trump’s call with Carney and both leaders’ words', async () => {
    const page = await browser.newPage();
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/graphql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });

    const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST');
    await page.click('.graphiql-execute-button');
    const body = (await (await answered).json()) as {
      data: { person: { name: string; calls: { nodes: Array<{ date: string; statements: { nodes: Array<{ speaker: { name: string } }> } }> } } };
    };
    const call = body.data.person.calls.nodes[0];
    expect(body.data.person.name).toBe('Donald Trump');
    expect(call?.date).toBe('2025-03-28');
    expect(new Set(call?.statements.nodes.map((statement) => statement.speaker.name))).toEqual(new Set(['Donald Trump', 'Mark Carney']));

    // The editor draws spaces as no-break spaces, and only the lines in view.
    await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('"Mark Carney"'));
    const shown = ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\u00a0/g, ' ');
    expect(shown).toContain('"name": "Donald Trump"');
    expect(shown).toContain('"date": "2025-03-28"');
  });
});
