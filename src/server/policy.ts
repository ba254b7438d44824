import { createHash } from 'node:crypto';

/**
 * The game's Content-Security-Policy as this server sends it. Issue 20 (not on main when this was written)
 * moves the policy to `src/security/csp.ts`; until then this module holds the same policy, and is the one
 * place to switch to it. Everything from the game's own origin only, nothing inline but the loading
 * screen's style (by hash), and `connect-src` naming the room's WebSocket on that same origin for browsers
 * whose 'self' does not cover ws: yet.
 */
export function styleHashes(html: string): string[] {
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );
}

/** A Host header fit to name in the policy (host and port), or null. */
const safeHost = (host: string | undefined): string | null =>
  host !== undefined && /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:]+\](:\d{1,5})?$/i.test(host) ? host : null;

export function gamePolicy(styles: readonly string[], host: string | undefined): string {
  const h = safeHost(host);
  const sockets = h === null ? [] : [`ws://${h}`, `wss://${h}`];
  return [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", ...styles],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...sockets],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['media-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ]
    .map((d) => d.join(' '))
    .join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
