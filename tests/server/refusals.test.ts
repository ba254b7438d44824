import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_REFUSED, type CreatedRoom } from '../../src/client/classroom-protocol';
import { createRoom, joinRoom, SETUP, startTestServer, until, type Device, type TestServer } from './support';

/** Issue 15: a device cannot act for a seat it does not hold, out of turn, or as the teacher; bad input is refused. */
let t: TestServer;
let room: CreatedRoom;
let teacher: Device;
let mediator: Device;
let iran: Device;
beforeAll(async () => {
  t = await startTestServer();
  room = await createRoom(t.endpoint, { ...SETUP, studentMediator: true });
  teacher = await joinRoom(t.endpoint, { code: room.code, role: 'teacher' }, room.token);
  mediator = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'mediator', name: 'Dana' });
  iran = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'iran', name: 'Cy' });
  for (const action of ['start', 'proceed']) await mediator.client.request('act', { action });
  // Seats nobody held went to the computer when the consultations opened; two come back to the students.
  for (const action of ['hand russia human', 'hand opposition human']) await teacher.client.request('act', { action });
});
afterAll(async () => {
  for (const d of [teacher, mediator, iran]) d.link.close();
  await t.close();
});

const act = (d: Device, action: string) => d.client.request('act', { action });
const raw = (d: Device): Room => (d.link as unknown as { room: Room }).room;
const codeOf = (reply: { ok: true } | { ok: false; refusal: { code: string } }): string =>
  reply.ok ? 'ok' : reply.refusal.code;

describe('only the holder acts', () => {
  it('a seat speaks only for itself and makes no mediator move', async () => {
    expect(codeOf(await act(iran, 'answer russia accept'))).toBe('notYours');
    expect(codeOf(await act(iran, 'decide russia walkOut'))).toBe('notYours');
    expect(codeOf(await act(iran, 'say turkey We agree.'))).toBe('notYours');
    expect(codeOf(await act(iran, 'consult iran'))).toBe('notYours');
    expect(codeOf(await act(iran, 'edit ceasefire:1'))).toBe('notYours');
    expect(codeOf(await act(mediator, 'decide iran signs'))).toBe('notYours');
    expect(codeOf(await act(iran, 'say iran We are listening.'))).toBe('ok');
  });

  it('nor out of turn: no question to answer, no verdict before the plenary', async () => {
    expect(codeOf(await act(iran, 'answer iran accept'))).toBe('noQuestion');
    expect(codeOf(await act(iran, 'decide iran signs'))).not.toBe('ok');
    expect(codeOf(await act(mediator, 'proceed'))).not.toBe('ok');
  });

  it("the teacher's commands need the teacher's token", async () => {
    for (const action of [
      'inject astana-01-violations',
      'news Snow closes the airport.',
      'extend 30',
      'hand iran ai',
      'plenary',
    ])
      expect(codeOf(await act(iran, action)), action).toBe('notYours');
    expect(codeOf(await act(mediator, 'hand iran ai'))).toBe('notYours');
    expect(codeOf(await iran.client.request('fork', { upTo: 0 }))).toBe('notYours');
    expect(codeOf(await mediator.client.request('fork', { upTo: 0 }))).toBe('notYours');
    expect(codeOf(await mediator.client.request('seatReports', { delegations: ['iran'] }))).toBe('notYours');
    expect(codeOf(await iran.client.request('start', { round: 'astana-02', seed: '1', difficulty: 'easy' }))).toBe(
      'notYours',
    );
    expect(codeOf(await teacher.client.request('close', {}))).toBe('notYours');
    // Room messages that are the teacher's: refused, logged, nothing changes.
    raw(iran).send('clock', { paused: true });
    raw(iran).send('end', {});
    await until(() => t.lines.filter((l) => /refused delegation:iran .*notYours, (clock|end)/.test(l)).length === 2);
    expect(iran.link.clock().paused).toBe(false);
    // Joining as the teacher without the token, with a forged one, or with another room's.
    const other = await createRoom(t.endpoint);
    for (const token of [
      undefined,
      'AAAAA.bm90IGEgc2lnbmF0dXJl',
      other.token,
      `${room.code}.${other.token.split('.')[1]}`,
    ])
      await expect(joinRoom(t.endpoint, { code: room.code, role: 'teacher' }, token)).rejects.toThrow();
  });

  it('a student takes their own seat or a free one, and the mediator only when a student has it', async () => {
    await expect(
      joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'russia', name: 'Mallory' }),
    ).rejects.toThrow(/kept for the students/);
    await expect(joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'un', name: 'Eve' })).rejects.toThrow(
      /computer/,
    );
    const teacherRoom = await createRoom(t.endpoint, { ...SETUP, studentMediator: false });
    await expect(
      joinRoom(t.endpoint, { code: teacherRoom.code, role: 'seat', seat: 'mediator', name: 'Eve' }),
    ).rejects.toThrow(/teacher plays the mediator/);
    const ana = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'russia', name: ' ana ' });
    expect(ana.link.principal).toEqual({ delegation: 'russia' });
    ana.link.close();
  });

  it('a paused lesson takes moves only from the teacher', async () => {
    raw(teacher).send('clock', { paused: true });
    await until(() => mediator.link.clock().paused);
    expect(codeOf(await act(mediator, 'consult turkey'))).toBe('paused');
    expect(codeOf(await act(iran, 'say iran Still here.'))).toBe('paused');
    expect(codeOf(await act(teacher, 'news The delegations wait.'))).toBe('ok');
    raw(teacher).send('clock', { paused: false });
    await until(() => !mediator.link.clock().paused);
    expect(codeOf(await act(mediator, 'consult turkey'))).toBe('ok');
  });
});

describe('a malformed, oversized or flooding device is refused and logged, and the room goes on', () => {
  const sentAway = (d: Device): Promise<void> => until(() => d.link.status !== 'connected');

  it('malformed', async () => {
    const eve = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'opposition', name: 'Eve' });
    raw(eve).send('request', { type: 'request', id: 1, name: 'act', args: { action: 42 } });
    await sentAway(eve);
    expect(t.lines.some((l) => l.includes("delegation:opposition (Eve) sent a malformed 'request act' message"))).toBe(
      true,
    );
    // Sent away for good: no seat is kept for it to come back to.
    await until(() => !teacher.link.devices().some((d) => d.name === 'Eve'));
    const again = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'opposition', name: 'Eve' });
    raw(again).send('teleport', { to: 'teacher' });
    await until(() => again.link.refused?.reason === 'malformed');
    again.link.close();
    expect(codeOf(await act(mediator, 'consult russia'))).toBe('ok');
  });

  it('oversized', async () => {
    const eve = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'opposition', name: 'Eve' });
    raw(eve).send('request', {
      type: 'request',
      id: 1,
      name: 'act',
      args: { action: `say opposition ${'x'.repeat(9000)}` },
    });
    await sentAway(eve);
    expect(t.lines.some((l) => /refused delegation:opposition \(Eve\): Max payload size exceeded/.test(l))).toBe(true);
    await until(() => !teacher.link.devices().some((d) => d.name === 'Eve'));
    expect(codeOf(await act(mediator, 'consult iran'))).toBe('ok');
  });

  it('flooding', async () => {
    const eve = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'opposition', name: 'Eve' });
    let code = 0;
    raw(eve).onLeave((c) => {
      code = c;
    });
    for (let i = 0; i < 200; i += 1) raw(eve).send('watch', { seats: ['projector'] });
    await until(() => code !== 0);
    expect(code).toBe(CLOSE_REFUSED);
    expect(eve.link.refused?.reason).toBe('flood');
    expect(t.lines.some((l) => /refused delegation:opposition \(Eve\): flood/.test(l))).toBe(true);
    expect(codeOf(await act(mediator, 'consult government'))).toBe('ok');
  });
});
