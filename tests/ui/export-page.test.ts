import { describe, expect, it } from 'vitest';
import { hashSource } from '../../src/security/csp';
import { exportPage } from '../../src/ui/export-page';

/** Issue 20: every exported HTML file carries a strict policy: nothing in it may run or load. */
describe('an exported page', () => {
  const page = exportPage('Transcript: <script>alert(1)</script>', '<ol><li>A line</li></ol>', 'en');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';

  it('carries a policy that lets nothing run or load, first in its head', () => {
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      expect.stringMatching(/^style-src 'sha256-[A-Za-z0-9+/]+=*'$/),
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<title>'));
  });

  it('allows its own inline style by hash, and no other', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    expect(policy).toContain(`style-src ${hashSource(css)}`);
  });

  it('is written in the reader’s language and direction (issue 19)', () => {
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(exportPage('نص المحادثات', '<ol><li>سطر</li></ol>', 'ar')).toContain('<html lang="ar" dir="rtl">');
  });

  it('escapes its title', () => {
    expect(page).toContain('<title>Transcript: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});
