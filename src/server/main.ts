import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../cli/io';
import { startServer } from './server';

/**
 * `npm start`: the classroom server on PORT (default 4173), for every network of this machine (HOST to
 * change), keeping rooms in DATA_DIR (default ./data/rooms); REDIS_URL to share rooms between processes
 * (PUBLIC_ADDRESS: the host:port devices reach this process on); DIST_DIR serves another build.
 */
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${process.env.PORT}`);
  process.exit(2);
}
const server = await startServer({
  port,
  host: process.env.HOST ?? '0.0.0.0',
  dataDir: resolve(process.env.DATA_DIR ?? 'data/rooms'),
  distDir: resolve(process.env.DIST_DIR ?? resolve(PROJECT_ROOT, 'dist')),
  redisUrl: process.env.REDIS_URL || undefined,
  publicAddress: process.env.PUBLIC_ADDRESS || undefined,
  roomsPerMinute: process.env.ROOMS_PER_MINUTE === undefined ? undefined : Number(process.env.ROOMS_PER_MINUTE),
});
console.log(`Local: ${server.urls.local}`);
if (server.urls.lan.length === 0) console.log('LAN: none (this machine has no network address but loopback)');
for (const url of server.urls.lan) console.log(`LAN: ${url}`);
let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
