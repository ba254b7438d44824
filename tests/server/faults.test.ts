import { rmSync } from 'node:fs';
import type { Room } from 'colyseus.js';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ServerProcess } from './process';
import {
  createRoom,
  fakeDist,
  joinRoom,
  SETUP,
  startTestServer,
  tempDir,
  until,
  viewWhere,
  type Device,
} from './support';

/** Issue 15: faults lose nothing. A device that drops comes back to its seat; a killed server resumes its rooms. */
const raw = (d: Device): Room => (d.link as unknown as { room: Room }).room;
const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const fn of cleanup.toReversed()) await fn();
});

describe('faults lose nothing', () => {
  it('a student who drops comes back to the same seat with the same view; the teacher can hand a dropped seat on', async () => {
    const t = await startTestServer();
    cleanup.push(() => t.close());
    const room = await createRoom(t.endpoint);
    const teacher = await joinRoom(t.endpoint, { code: room.code, role: 'teacher' }, room.token);
    const iran = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'iran', name: 'Ben' });
    for (const action of ['start', 'proceed', 'sound iran ceasefire:2'])
      await teacher.client.request('act', { action });
    const before = await viewWhere(iran, { delegation: 'iran' }, (v) => v.questions.length === 1);
    const session = raw(iran).sessionId;
    // The network goes: the socket dies without a word.
    (raw(iran).connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
    await until(() => iran.link.status === 'reconnecting');
    await until(() => teacher.link.devices().some((d) => d.name === 'Ben' && !d.connected));
    await until(() => iran.link.status === 'connected', 15_000);
    expect(raw(iran).sessionId).toBe(session);
    const after = await viewWhere(iran, { delegation: 'iran' }, (v) => v.stateId === before.stateId);
    expect(after).toEqual(before);
    expect(await iran.client.request('act', { action: 'answer iran accept' })).toMatchObject({ ok: true });
    await until(() => teacher.link.devices().some((d) => d.name === 'Ben' && d.connected));
    // Dropped again, and the teacher does not wait: the computer takes the seat.
    (raw(iran).connection.transport as unknown as { ws: { terminate(): void } }).ws.terminate();
    await until(() => teacher.link.devices().some((d) => d.name === 'Ben' && !d.connected));
    expect(await teacher.client.request('act', { action: 'hand iran ai' })).toMatchObject({ ok: true });
    const handed = await viewWhere(
      teacher,
      'teacher',
      (v) => v.delegations.find((d) => d.id === 'iran')?.controller === 'ai',
    );
    expect(handed.record?.actions.at(-1)).toBe('hand iran ai');
    iran.link.close();
    teacher.link.close();
  });

  it('a server killed mid-round and started again resumes the room with nothing lost, and the devices find it again', async () => {
    const dataDir = tempDir('data');
    const dist = fakeDist();
    cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }));
    cleanup.push(() => rmSync(dist, { recursive: true, force: true }));
    const env = { DATA_DIR: dataDir, DIST_DIR: dist };
    const first: ServerProcess = await spawnServer(env);
    cleanup.push(() => first.kill());
    const endpoint = `http://127.0.0.1:${first.port}`;
    const room = await createRoom(endpoint, { ...SETUP, studentMediator: true });
    const teacher = await joinRoom(endpoint, { code: room.code, role: 'teacher' }, room.token);
    const mediator = await joinRoom(endpoint, { code: room.code, role: 'seat', seat: 'mediator', name: 'Dana' });
    const iran = await joinRoom(endpoint, { code: room.code, role: 'seat', seat: 'iran', name: 'Ben' });
    for (const action of ['start', 'proceed', 'consult iran', 'sound iran ceasefire:2', 'edit ceasefire:2'])
      expect(await mediator.client.request('act', { action }), action).toMatchObject({ ok: true });
    expect(await iran.client.request('act', { action: 'answer iran amend:1' })).toMatchObject({ ok: true });
    raw(teacher).send('clock', { paused: true });
    await until(() => teacher.link.clock().paused);
    const before = await viewWhere(teacher, 'teacher', (v) => v.questions.length === 0);
    const iranBefore = await viewWhere(iran, { delegation: 'iran' }, (v) => v.stateId === before.stateId);

    await first.kill();
    await until(() => [teacher, mediator, iran].every((d) => d.link.status === 'reconnecting'));
    const second = await spawnServer({ ...env, PORT: String(first.port) });
    cleanup.push(() => second.stop());
    expect(second.lines.some((l) => l.includes(`room ${room.code}: resumed`))).toBe(true);
    await until(() => [teacher, mediator, iran].every((d) => d.link.status === 'connected'), 20_000);
    const after = await viewWhere(teacher, 'teacher', (v) => v.stateId === before.stateId).catch((e) => {
      console.log(
        second.lines.join('\n'),
        before.stateId,
        teacher.client.view('teacher')?.stateId,
        JSON.stringify(raw(teacher).state).slice(0, 400),
      );
      throw e;
    });
    expect(after).toEqual(before);
    expect(await viewWhere(iran, { delegation: 'iran' }, (v) => v.stateId === before.stateId)).toEqual(iranBefore);
    expect(teacher.link.clock().paused).toBe(true);
    raw(teacher).send('clock', { paused: false });
    await until(() => !mediator.link.clock().paused);
    // The round goes on to its outcome.
    expect(await mediator.client.request('act', { action: 'plenary' })).toMatchObject({ ok: true });
    const tabled = await viewWhere(teacher, 'teacher', (v) => v.phase === 'plenary');
    const humans = tabled.delegations.filter((d) => d.controller === 'human');
    expect(humans.map((d) => d.id)).toEqual(['iran']);
    for (const d of humans)
      expect(await teacher.client.request('act', { action: `hand ${d.id} ai` })).toMatchObject({ ok: true });
    const done = await viewWhere(teacher, 'teacher', (v) => v.phase === 'outcome', 20_000);
    expect(done.record?.actions.slice(0, before.record?.actions.length)).toEqual(before.record?.actions);
    for (const d of [teacher, mediator, iran]) d.link.close();
    await second.stop();
  });
});
