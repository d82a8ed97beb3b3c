import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const haveChromium = existsSync(CHROMIUM);

export interface FreshBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium on a profile of its own, made for this run and removed after it. */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<FreshBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'parley-chromium-'));
  // axe-core is injected as a script; the explorer's own policy allows only its own scripts.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS, viewport, bypassCSP: true });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
