import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, haveChromium } from './browser';
import { startParley } from './parley-server';

/**
 * Runs a measuring script against Parley started as `npm start` starts it, on the seed, in
 * Debian's Chromium; stops both whatever happens, and exits non-zero with the error's message.
 */
export function runAgainstParley(body: (origin: string, browser: Browser) => Promise<void>): void {
  const run = async () => {
    if (!haveChromium) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
    const parley = await startParley();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS }).catch(async (error: unknown) => {
      await parley.stop();
      throw error;
    });
    try {
      await body(parley.origin, browser);
    } finally {
      await browser.close();
      await parley.stop();
    }
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
