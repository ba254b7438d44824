import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string;
  }
}

/** Builds the game once, serves it on loopback, and finds (or installs) Chromium for the browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromium = ensureChromium();
  await build({ logLevel: 'warn' });
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('the preview server gave no URL');
  project.provide('baseUrl', url);
  project.provide('chromium', chromium);
  return async () => {
    await server.close();
  };
}
