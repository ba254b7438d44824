import { matchMaker } from '@colyseus/core';
import { randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  isJoinCode,
  normalCode,
  ROOM_NAME,
  type CreatedRoom,
  type RoomSummary,
  type ServerInfo,
} from '../client/classroom-protocol';
import { teacherToken } from './keys';
import type { RoomDeps } from './room-deps';
import { SECURITY_HEADERS } from '../security/csp';
import { roomSetup } from './validators';

const MAX_BODY = 8 * 1024;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(null));
  });
}

const newCode = (): string =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/**
 * The classroom's HTTP side, beside Colyseus's own matchmaking routes: whether this is the classroom server
 * (and its LAN addresses), a new room from the teacher's set-up, and a room's seats for the join screen.
 */
export function classroomApi(deps: RoomDeps, urls: () => readonly string[], roomsPerMinute = 10) {
  const created: number[] = [];
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith('/api/classroom')) return false;
    if (path === '/api/classroom' && req.method === 'GET') {
      json(res, 200, { classroom: true, urls: urls() } satisfies ServerInfo);
      return true;
    }
    if (path === '/api/classroom/rooms' && req.method === 'POST') {
      const now = Date.now();
      while (created.length > 0 && (created[0] ?? 0) < now - 60_000) created.shift();
      if (created.length >= roomsPerMinute) {
        deps.log(`refused a new room: more than ${roomsPerMinute} a minute`);
        json(res, 429, { error: 'Too many new rooms; wait a minute.' });
        return true;
      }
      const text = await readBody(req);
      let raw: unknown = null;
      try {
        raw = text === null ? null : JSON.parse(text);
      } catch {
        raw = null;
      }
      const setup = roomSetup.safeParse(raw);
      if (!setup.success || deps.library.scenarioOf(setup.data.round) === undefined) {
        deps.log('refused a new room: the set-up is malformed');
        json(res, 400, { error: 'The set-up is not one this server can run.' });
        return true;
      }
      let code = newCode();
      for (let i = 0; i < 20 && (deps.store.has(code) || (await matchMaker.getRoomById(code)) !== undefined); i += 1)
        code = newCode();
      created.push(now);
      await matchMaker.createRoom(ROOM_NAME, { code, setup: setup.data });
      deps.log(`room ${code}: created for ${setup.data.round}`);
      json(res, 201, { code, token: teacherToken(deps.keys, code) } satisfies CreatedRoom);
      return true;
    }
    const match = /^\/api\/classroom\/rooms\/([^/]+)$/.exec(path);
    if (match !== null && req.method === 'GET') {
      const code = normalCode(decodeURIComponent(match[1] ?? ''));
      const room = isJoinCode(code) ? await matchMaker.getRoomById(code) : undefined;
      if (room === undefined || room.metadata === undefined) json(res, 404, { error: 'No room with that code.' });
      else json(res, 200, room.metadata as RoomSummary);
      return true;
    }
    json(res, 404, { error: 'Not found.' });
    return true;
  };
}
