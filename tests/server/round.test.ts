import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DelegationId } from '../../src/engine/vocabulary';
import type { RoundView } from '../../src/engine/view';
import { testClient } from '../support/client';
import {
  createRoom,
  joinRoom,
  SETUP,
  startTestServer,
  until,
  viewWhere,
  type Device,
  type TestServer,
} from './support';

/**
 * Issue 15: a whole round on the classroom server, played by nine scripted devices on 127.0.0.1: the teacher,
 * the projector, a student mediator and six students' seats, each answering in its own turn from its own view.
 */
const STUDENTS: readonly DelegationId[] = ['russia', 'turkey', 'iran', 'government', 'opposition', 'us'];
const NAMES: Partial<Record<DelegationId, string>> = { russia: 'Ana', iran: 'Ben' };

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => t.close());

/** A student's device: answers every question put to its seat and signs when the plenary asks it. */
function student(device: Device, id: DelegationId, acted: string[]): () => void {
  let busy = false;
  return device.client.watch({ delegation: id }, (view: RoundView) => {
    if (busy) return;
    const own = view.delegations.find((d) => d.id === id);
    const question = view.questions.find((q) => q.delegation === id);
    const action =
      question !== undefined ? `answer ${id} accept` : own?.decision === 'awaitingHuman' ? `decide ${id} signs` : null;
    if (action === null) return;
    busy = true;
    void device.client.request('act', { action }).then((reply) => {
      busy = false;
      if (reply.ok) acted.push(action);
    });
  });
}

describe('a round played by nine devices', () => {
  it('reaches its outcome with every seat answering for itself, and the record replays to the same views', async () => {
    const controllers = Object.fromEntries(STUDENTS.map((d) => [d, 'human'])) as typeof SETUP.controllers;
    const room = await createRoom(t.endpoint, { ...SETUP, controllers, names: NAMES, studentMediator: true });
    const teacher = await joinRoom(t.endpoint, { code: room.code, role: 'teacher' }, room.token);
    const projector = await joinRoom(t.endpoint, { code: room.code, role: 'projector' });
    const mediator = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'mediator', name: 'Dana' });
    const seats = await Promise.all(
      STUDENTS.map((id) =>
        joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: id, name: NAMES[id] ?? `Student ${id}` }),
      ),
    );
    const acted: string[] = [];
    const stops = STUDENTS.map((id, i) => student(seats[i] as Device, id, acted));
    const projected: RoundView[] = [];
    projector.client.watch('projector', (v) => projected.push(v));
    const play = async (action: string) => {
      const reply = await mediator.client.request('act', { action });
      expect(reply, action).toMatchObject({ ok: true });
    };
    await play('start');
    await play('proceed');
    for (const id of STUDENTS) await play(`sound ${id} ceasefire:2`);
    // Every seat answers its own question from its own device.
    await viewWhere(mediator, 'mediator', (v) => v.questions.length === 0);
    for (const id of ['russia', 'turkey', 'iran'] as const) await play(`consult ${id}`);
    await play('edit ceasefire:2');
    await play('plenary');
    const outcome = await viewWhere(teacher, 'teacher', (v) => v.phase === 'outcome', 20_000);
    for (const id of STUDENTS) expect(acted).toContain(`answer ${id} accept`);
    for (const id of STUDENTS) expect(outcome.outcome?.decisions[id], id).toBeDefined();
    await until(() => projected.at(-1)?.phase === 'outcome');
    // The server's record, replayed in this process, gives the same views the devices were sent.
    const record = outcome.record;
    const local = testClient();
    const replayed = await local.request('replay', { record });
    expect(replayed.ok).toBe(true);
    const again = await local.request('views', { seats: ['teacher', 'projector', { delegation: 'iran' }] });
    const iranNow = await viewWhere(seats[2] as Device, { delegation: 'iran' }, () => true);
    expect(again.ok && again.value).toEqual([outcome, projected.at(-1), iranNow]);
    for (const stop of stops) stop();
    for (const device of [teacher, projector, mediator, ...seats]) device.link.close();
  });
});
