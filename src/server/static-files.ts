import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gamePolicy, inlineStyles, SECURITY_HEADERS } from '../security/csp';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** The room's WebSocket on the page's own host, named for browsers whose 'self' does not cover ws: yet. */
function sockets(host: string | undefined): string[] {
  return host === undefined ? [] : [`ws://${host}`, `wss://${host}`];
}

/**
 * The built game (`dist/`), served as files with the game's policy and security headers. Only GET and HEAD,
 * only files under the folder; a path the game does not have is the page (its own navigation reads `?join`).
 */
export function staticFiles(dist: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = normalize(dist);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`${indexPath} is missing: build the game first (npm run build)`);
  const page = readFileSync(indexPath, 'utf8');
  const styles = inlineStyles(page);
  // The page learns that it came from the classroom server from its own markup, without asking (a copy served
  // elsewhere would answer such a question with a 404 in the console).
  const marked = Buffer.from(page.replace('<head>', '<head>\n    <meta name="astana-classroom" content="server" />'));
  return (req, res) => {
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': gamePolicy({ inlineStyles: styles, connect: sockets(req.headers.host) }),
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(404, headers).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = extname(path) === '' ? indexPath : '';
    if (file === '') {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const body = file === indexPath ? marked : readFileSync(file);
    const hashed = file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      ...headers,
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
