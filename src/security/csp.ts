import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The game's Content-Security-Policy, in one place for every server that sends the game (Vite's
 * preview today, the classroom's Node server later) and for the meta tag in the built page (issue 20).
 * Scripts, styles, workers and connections come from the game's own origin only: no inline script, no
 * eval, no plugin. The one inline thing is the loading screen's style, allowed by its hash.
 */
export interface PolicyOptions {
  /** The text of each inline <style> the page carries (the loading screen's). */
  readonly inlineStyles?: readonly string[];
  /** Other origins the page may connect to: the classroom server's, when it is not the page's own. */
  readonly connect?: readonly string[];
}

/** A CSP source for an inline text: `'sha256-…'` of its UTF-8 bytes, base64 as CSP wants it. */
export function hashSource(text: string): string {
  let binary = '';
  for (const byte of sha256(utf8ToBytes(text))) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}

/** An origin a policy may name: a scheme, a host and perhaps a port, nothing that widens it (`*`, paths, quotes). */
export const isOrigin = (value: string): boolean => /^(https?|wss?):\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(value);

const serialize = (directives: readonly (readonly [string, ...string[]])[]): string =>
  directives.map((d) => d.join(' ')).join('; ');

/**
 * The policy for the game's page. `where` is `header` or `meta`: a meta tag cannot carry
 * `frame-ancestors` (browsers ignore it there and warn), so only the header forbids framing.
 */
export function gamePolicy(options: PolicyOptions = {}, where: 'header' | 'meta' = 'header'): string {
  const connect = (options.connect ?? []).filter(isOrigin);
  const styles = (options.inlineStyles ?? []).map(hashSource);
  return serialize([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", ...styles],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    // 'self' covers ws: and wss: on the page's own host and port (CSP level 3).
    ['connect-src', "'self'", ...connect],
    // The engine's Web Worker and, later, the PWA's service worker: both files of the game.
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['media-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ...(where === 'header' ? [['frame-ancestors', "'none'"] as const] : []),
  ]);
}

/** Headers sent with the game besides its policy: no MIME sniffing, no referrer, no window shared with an opener. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The policy of a page the game exports (a transcript, seat reports): a document to read and print,
 * so nothing may run or load in it at all; only its own inline style, by hash.
 */
export function exportPolicy(css: string): string {
  return serialize([
    ['default-src', "'none'"],
    ['style-src', hashSource(css)],
    ['img-src', 'data:'],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ]);
}

/** The text of every inline <style> in an HTML page, as a browser hashes it. */
export const inlineStyles = (html: string): string[] =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');

/** The meta tag that carries a policy, to put first in a page's <head>. */
export const policyMeta = (policy: string): string => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
