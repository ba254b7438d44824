import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/cli/io';

/** A folder the test owns (it removes it when done). */
export function tempDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `astana-${name}-`));
}

export interface ServerProcess {
  readonly port: number;
  readonly child: ChildProcess;
  readonly lines: string[];
  /** SIGKILL: no shutdown, nothing flushed but what was written. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL if it has not gone within five seconds. */
  stop(): Promise<void>;
}

/** `npm start`'s server (without the build) as a process of its own, on 127.0.0.1; resolves once it prints its URL. */
export function spawnServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  // One process, node itself with tsx's loader (tsx's own command would run the server in a child of its
  // own, which a SIGKILL would leave behind).
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      TSX_TSCONFIG_PATH: join(PROJECT_ROOT, 'src/server/tsconfig.json'),
      HOST: '127.0.0.1',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start: ${lines.join('\n')}`));
    }, timeoutMs);
    let buffered = '';
    const take = (chunk: Buffer): void => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const m = /^Local: http:\/\/127\.0\.0\.1:(\d+)\/$/.exec(line);
        if (m !== null) {
          clearTimeout(timer);
          resolve({ port: Number(m[1]), child, lines, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') });
        }
      }
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}): ${lines.join('\n')}`));
    });
  });
}
