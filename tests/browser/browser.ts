import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../support/chromium';

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

/** A fresh headless Chromium page on the served game, collecting page errors so tests can assert none. */
export async function openGame(
  path = '/',
  viewport = { width: 1280, height: 720 },
  options: BrowserContextOptions = {},
  prepare: (context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<Session> {
  const browser = await chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ viewport, reducedMotion: 'no-preference', ...options });
  await prepare(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(path, inject('baseUrl')).href);
  return { browser, context, page, errors, close: () => browser.close() };
}
