import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** Debian's redis-server, found on the usual paths or REDIS_SERVER_PATH. */
export function findRedis(): string | undefined {
  const candidates = [process.env.REDIS_SERVER_PATH, '/usr/bin/redis-server', '/usr/local/bin/redis-server'];
  return candidates.find((path): path is string => path !== undefined && path !== '' && existsSync(path));
}

/** Finds redis-server, or on a Debian machine where we run as root, installs Debian's package first (and says so). */
export function ensureRedis(): string {
  const found = findRedis();
  if (found !== undefined) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform === 'linux' && isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(
      "redis-server was not found: installing Debian's redis-server package with apt-get (this happens once per machine)...\n",
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], {
      stdio: 'inherit',
      env,
    });
    // The package starts its own service; the tests run their own instance on a free port, so stop it.
    try {
      execFileSync('service', ['redis-server', 'stop'], { stdio: 'ignore' });
    } catch {
      // No service manager here: nothing was started.
    }
    const installed = findRedis();
    if (installed !== undefined) return installed;
  }
  throw new Error(
    'redis-server was not found. Install it (Debian: apt-get install redis-server) or set REDIS_SERVER_PATH.',
  );
}

/** A free TCP port on 127.0.0.1, as the system hands it out now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RedisProcess {
  readonly url: string;
  stop(): Promise<void>;
}

/** A throwaway redis-server on 127.0.0.1: nothing saved to disk, stopped by `stop`. */
export async function startRedis(): Promise<RedisProcess> {
  const bin = ensureRedis();
  const port = await freePort();
  const child: ChildProcess = spawn(
    bin,
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}): ${out}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(timer);
    },
  };
}
