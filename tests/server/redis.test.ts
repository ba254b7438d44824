import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomSummary } from '../../src/client/classroom-protocol';
import { freePort, startRedis, type RedisProcess } from '../support/redis';
import { spawnServer, type ServerProcess } from './process';
import { createRoom, fakeDist, joinRoom, SETUP, tempDir, viewWhere } from './support';

/**
 * Issue 15, past one machine: two server processes share rooms through Redis (Colyseus's presence and
 * matchmaking driver), and one room is played with devices that came in through either of them.
 */
let redis: RedisProcess;
const servers: ServerProcess[] = [];
const folders: string[] = [];
beforeAll(async () => {
  redis = await startRedis();
  const dataDir = tempDir('data');
  const dist = fakeDist();
  folders.push(dataDir, dist);
  for (let i = 0; i < 2; i += 1) {
    const port = await freePort();
    servers.push(
      await spawnServer({
        PORT: String(port),
        DATA_DIR: dataDir,
        DIST_DIR: dist,
        REDIS_URL: redis.url,
        PUBLIC_ADDRESS: `127.0.0.1:${port}`,
      }),
    );
  }
}, 180_000);
afterAll(async () => {
  for (const s of servers) await s.stop();
  await redis?.stop();
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

describe('several processes share rooms through Redis', () => {
  it('a room made through one process is found and played through the other', async () => {
    const [a, b] = servers.map((s) => `http://127.0.0.1:${s.port}`) as [string, string];
    const room = await createRoom(a, { ...SETUP, controllers: { iran: 'human' }, studentMediator: true });
    // Either process answers for the room: its seats, from the shared listing.
    for (const endpoint of [a, b]) {
      const res = await fetch(`${endpoint}/api/classroom/rooms/${room.code}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as RoomSummary).code).toBe(room.code);
    }
    const teacher = await joinRoom(b, { code: room.code, role: 'teacher' }, room.token);
    const mediator = await joinRoom(a, { code: room.code, role: 'seat', seat: 'mediator', name: 'Dana' });
    const iran = await joinRoom(b, { code: room.code, role: 'seat', seat: 'iran', name: 'Ben' });
    for (const action of ['start', 'proceed', 'sound iran ceasefire:2'])
      expect(await mediator.client.request('act', { action }), action).toMatchObject({ ok: true });
    await viewWhere(iran, { delegation: 'iran' }, (v) => v.questions.length === 1);
    expect(await iran.client.request('act', { action: 'answer iran accept' })).toMatchObject({ ok: true });
    const seen = await viewWhere(teacher, 'teacher', (v) => v.record?.actions.at(-1) === 'answer iran accept');
    expect(seen.record?.actions).toEqual(['start', 'proceed', 'sound iran ceasefire:2', 'answer iran accept']);
    // One process holds the room; the other only matched devices to it.
    const holders = servers.filter((s) => s.lines.some((l) => l.startsWith(`room ${room.code}: teacher joined`)));
    expect(holders).toHaveLength(1);
    for (const d of [teacher, mediator, iran]) d.link.close();
  });
});
