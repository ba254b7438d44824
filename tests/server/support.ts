import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreatedRoom, JoinOptions, RoomSetup } from '../../src/client/classroom-protocol';
import { Client } from '../../src/client/client';
import { ColyseusLink } from '../../src/client/colyseus-transport';
import type { RoundView, ViewSeat } from '../../src/engine/view';
import { startServer, type RunningServer } from '../../src/server/server';
import { tempDir } from './process';

export { tempDir };

/** A built game's stand-in: the server needs an index.html to serve (the browser test serves the real build). */
export function fakeDist(): string {
  const dir = tempDir('dist');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Astana Format</title><style>p{}</style><p>test</p>\n');
  return dir;
}

export interface TestServer {
  readonly server: RunningServer;
  readonly endpoint: string;
  readonly dataDir: string;
  readonly lines: string[];
  close(): Promise<void>;
}

/** The classroom server in this process, on 127.0.0.1 and a free port, with a data folder of its own. */
export async function startTestServer(dataDir = tempDir('data')): Promise<TestServer> {
  const dist = fakeDist();
  const lines: string[] = [];
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, distDir: dist, log: (l) => lines.push(l) });
  return {
    server,
    endpoint: `http://127.0.0.1:${server.port}`,
    dataDir,
    lines,
    async close() {
      await server.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

export const SETUP: RoomSetup = {
  round: 'astana-01',
  seed: '7',
  difficulty: 'normal',
  controllers: { russia: 'human', turkey: 'human', iran: 'human', government: 'human', opposition: 'human' },
  names: { russia: 'Ana', iran: 'Ben, Cy' },
  mediator: 'Dana',
  studentMediator: true,
  minutes: 45,
};

export async function createRoom(endpoint: string, setup: RoomSetup = SETUP): Promise<CreatedRoom> {
  const res = await fetch(`${endpoint}/api/classroom/rooms`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(setup),
  });
  if (res.status !== 201) throw new Error(`room not created: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreatedRoom;
}

export interface Device {
  readonly link: ColyseusLink;
  readonly client: Client;
}

export async function joinRoom(endpoint: string, options: JoinOptions, token?: string): Promise<Device> {
  const link = await ColyseusLink.join(endpoint, options, token);
  return { link, client: new Client(link, link.principal) };
}

/** Waits until `test` holds of the seat's view (each new view is tried), or fails after `ms`. */
export function viewWhere(
  device: Device,
  seat: ViewSeat,
  test: (v: RoundView) => boolean,
  ms = 10_000,
): Promise<RoundView> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`no view of ${JSON.stringify(seat)} came that passes the test`));
    }, ms);
    const stop = device.client.watch(seat, (view) => {
      if (!test(view)) return;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve(view);
    });
  });
}

export const until = async (test: () => boolean, ms = 10_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};
