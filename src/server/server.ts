import { matchMaker, Server, type Presence } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOM_NAME } from '../client/classroom-protocol';
import { classroomApi } from './api';
import { ClassroomRoom } from './classroom-room';
import { loadKeys } from './keys';
import { lanAddresses } from './lan';
import { diskLibrary } from './library';
import { configureRooms, type RoomDeps } from './room-deps';
import { RoomStore } from './room-store';
import { staticFiles } from './static-files';

export interface ServerOptions {
  readonly port: number;
  /** 0.0.0.0 for the classroom (every network); tests use 127.0.0.1. */
  readonly host: string;
  readonly dataDir: string;
  readonly distDir: string;
  /** Redis for several processes sharing rooms (presence and matchmaking driver). */
  readonly redisUrl?: string | undefined;
  /** host:port that devices reach this process on, when several processes share rooms. */
  readonly publicAddress?: string | undefined;
  readonly log?: (line: string) => void;
  /** New rooms one process makes a minute at most (a guard against a script; the load bench raises it). */
  readonly roomsPerMinute?: number | undefined;
}

export interface RunningServer {
  readonly port: number;
  readonly urls: { readonly local: string; readonly lan: readonly string[] };
  /** Resumed rooms' codes, as the data folder held them. */
  readonly resumed: readonly string[];
  close(): Promise<void>;
}

/** Largest message a device may send: a move with a 280-character statement fits many times over. */
export const MAX_MESSAGE_BYTES = 4 * 1024;

async function redisParts(url: string): Promise<{ presence: Presence; driver: matchMaker.MatchMakerDriver }> {
  const { RedisPresence } = await import('@colyseus/redis-presence');
  const { RedisDriver } = await import('@colyseus/redis-driver');
  return { presence: new RedisPresence(url), driver: new RedisDriver(url) };
}

/**
 * The classroom server (issue 15): one port for the built game, the classroom's HTTP routes and the rooms'
 * WebSockets. Rooms left open in the data folder are resumed before it answers.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const store = new RoomStore(options.dataDir);
  const deps: RoomDeps = { library: diskLibrary(), store, keys: loadKeys(options.dataDir), log };
  configureRooms(deps);
  const files = staticFiles(options.distDir);
  let port = options.port;
  const urls = () => ({
    local: `http://127.0.0.1:${port}/`,
    lan: lanAddresses(options.host).map((a) => `http://${a}:${port}/`),
  });
  const api = classroomApi(deps, () => [urls().local, ...urls().lan], options.roomsPerMinute);
  const http: HttpServer = createServer((req, res) => {
    api(req, res)
      .then((handled) => {
        if (!handled) files(req, res);
      })
      .catch((error: unknown) => {
        log(`request ${req.method} ${req.url} failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  const redis = options.redisUrl === undefined ? null : await redisParts(options.redisUrl);
  const game = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }),
    greet: false,
    gracefullyShutdown: false,
    ...(redis === null ? {} : redis),
    ...(options.publicAddress === undefined ? {} : { publicAddress: options.publicAddress }),
  });
  game.define(ROOM_NAME, ClassroomRoom);
  await game.listen(options.port, options.host);
  port = (http.address() as AddressInfo).port;
  const resumed: string[] = [];
  for (const code of store.open()) {
    // Another process sharing the folder (Redis) may hold it already, or be resuming it now.
    if ((await matchMaker.getRoomById(code)) !== undefined) continue;
    if (redis !== null && (await redis.presence.incr(`astana:resume:${code}`)) !== 1) continue;
    try {
      await matchMaker.createRoom(ROOM_NAME, { code });
      resumed.push(code);
      log(`room ${code}: resumed from ${store.dir}`);
    } catch (error) {
      log(`room ${code}: could not be resumed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return {
    port,
    urls: urls(),
    resumed,
    async close() {
      await game.gracefullyShutdown(false);
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
