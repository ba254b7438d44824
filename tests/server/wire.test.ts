import { matchMaker } from '@colyseus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { principalKey, type Principal } from '../../src/client/protocol';
import { delegationModel } from '../../src/engine/model/round-model';
import { startRound } from '../../src/engine/session';
import { DELEGATIONS, type DelegationId } from '../../src/engine/vocabulary';
import { scenario } from '../support/library';
import { createRoom, joinRoom, SETUP, startTestServer, viewWhere, type TestServer } from './support';

/**
 * Issue 15, "proven on the wire": every byte the server's sockets send is captured, attributed to the device
 * it went to, and searched for every hidden goal (its id, and its words) of every seat that device does not
 * hold. A seat may read its own; the projector none; the mediator only those the talks revealed to it.
 */
type Socket = object;
type Send = (this: Socket, data: unknown, ...rest: unknown[]) => void;
const sent = new Map<Socket, Buffer[]>();
let socketClass: { send: Send } | null = null;
let originalSend: Send | null = null;

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  // The server's sockets are the `ws` copy its transport loaded: take their class from a first connection,
  // then record every send through it from the next connection on.
  const probe = await createRoom(t.endpoint);
  const first = await joinRoom(t.endpoint, { code: probe.code, role: 'projector' });
  const [client] = matchMaker.getLocalRoomById(probe.code).clients;
  socketClass = Object.getPrototypeOf(client?.ref) as { send: Send };
  originalSend = socketClass.send;
  const original = originalSend;
  socketClass.send = function (this: Socket, data: unknown, ...rest: unknown[]) {
    const list = sent.get(this) ?? [];
    list.push(Buffer.from(data as Uint8Array));
    sent.set(this, list);
    return original.call(this, data, ...rest);
  };
  first.link.close();
});
afterAll(async () => {
  if (socketClass !== null && originalSend !== null) socketClass.send = originalSend;
  await t.close();
});

interface Hidden {
  readonly owner: DelegationId;
  readonly id: string;
  readonly text: string;
}

/**
 * Every seat's hidden goals for this seed. Two delegations may share a goal (the government's public
 * "no transition" is one of Russia's hidden ones): an id or words public anywhere cannot be searched for,
 * so those are left out, and the test counts what it searched.
 */
function hiddenGoals(seed: string): Hidden[] {
  const round = startRound(scenario(SETUP.round), { seed });
  const all: (Hidden & { public: boolean })[] = [];
  for (const owner of round.model.delegations) {
    const dm = delegationModel(round.model, owner);
    for (const g of dm.goals) {
      const source = dm.profile.goals.find((x) => x.id === g.id) ?? dm.profile.hiddenPool.find((x) => x.id === g.id);
      all.push({ owner, id: g.id, text: source?.text.en ?? g.id, public: g.public });
    }
  }
  round.stop();
  // Public words: public goals, and the delegations' and clauses' own ids ("us" is a delegation and a goal).
  const shown = new Set([
    ...all.filter((g) => g.public).flatMap((g) => [g.id, g.text]),
    ...DELEGATIONS,
    ...scenario(SETUP.round).agenda.ids,
  ]);
  return all.filter((g) => !g.public && !shown.has(g.id) && !shown.has(g.text));
}

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

/** UTF-8 words as the latin1 text of their bytes, to search a capture read as latin1. */
const latin1 = (text: string): string => Buffer.from(JSON.stringify(text).slice(1, -1), 'utf8').toString('latin1');

describe('hidden stays hidden, on the wire', () => {
  it("no device is sent another seat's hidden goal, by id or in words", async () => {
    const room = await createRoom(t.endpoint, { ...SETUP, studentMediator: true });
    const teacher = await joinRoom(t.endpoint, { code: room.code, role: 'teacher' }, room.token);
    const projector = await joinRoom(t.endpoint, { code: room.code, role: 'projector' });
    const mediator = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'mediator', name: 'Dana' });
    const iran = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'iran', name: 'Ben' });
    const russia = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'russia', name: 'Ana' });
    const opposition = await joinRoom(t.endpoint, { code: room.code, role: 'seat', seat: 'opposition', name: 'Eve' });
    // Each device asks to watch what it may, and more: the server gives only what its seat may see.
    const everything = ['teacher', 'mediator', 'projector', { delegation: 'iran' }, { delegation: 'russia' }] as const;
    for (const d of [projector, mediator, iran, russia, opposition])
      for (const seat of everything) d.client.watch(seat, () => undefined);
    for (const d of [iran, russia, opposition])
      await d.client.request('roleCard', {
        delegation:
          d.link.principal === 'projector' ? 'iran' : (d.link.principal as { delegation: DelegationId }).delegation,
      });
    // Try to read another seat's card: refused, and nothing of it sent.
    expect(await iran.client.request('roleCard', { delegation: 'russia' })).toMatchObject({
      ok: false,
      refusal: { code: 'notYours' },
    });
    for (const action of ['start', 'proceed', 'consult iran', 'sound opposition ceasefire:2', 'consult turkey'])
      expect(await mediator.client.request('act', { action }), action).toMatchObject({ ok: true });
    await opposition.client.request('act', { action: 'answer opposition accept' });
    const final = await viewWhere(teacher, 'teacher', (v) => v.questions.length === 0);
    expect(final.phase).toBe('consultations');
    const mediatorView = await viewWhere(mediator, 'mediator', (v) => v.stateId === final.stateId);
    const learned = new Set(mediatorView.delegations.flatMap((d) => d.goals.map((g) => `${d.id}/${g.id}`)));

    const live = matchMaker.getLocalRoomById(room.code);
    const bytesOf = new Map<string, string>();
    for (const client of live.clients) {
      const principal = (client.userData as { principal: Principal }).principal;
      const chunks = sent.get(client.ref) ?? [];
      bytesOf.set(principalKey(principal), Buffer.concat(chunks).toString('latin1'));
    }
    // msgpack writes keys and values alike: an id that is also a key of the views or cards ("role") is no sign.
    const card = await iran.client.request('roleCard', { delegation: 'iran' });
    const keys = keysOf([final, card]);
    const hidden = hiddenGoals(SETUP.seed).map((h) => (keys.has(h.id) ? { ...h, id: '' } : h));
    expect(hidden.length).toBeGreaterThan(5);
    const readers: Record<string, (h: Hidden) => boolean> = {
      projector: () => false,
      mediator: (h) => learned.has(`${h.owner}/${h.id}`),
      'delegation:iran': (h) => h.owner === 'iran',
      'delegation:russia': (h) => h.owner === 'russia',
      'delegation:opposition': (h) => h.owner === 'opposition',
    };
    let searched = 0;
    for (const [reader, mayRead] of Object.entries(readers)) {
      const wire = bytesOf.get(reader) ?? '';
      expect(wire.length, reader).toBeGreaterThan(1000);
      for (const h of hidden) {
        if (mayRead(h)) continue;
        searched += 1;
        // An id as a value: in the state's JSON texts (`:"id"`), or as a msgpack string in a reply.
        const asValue = h.id === '' ? [] : [`:"${h.id}"`, `${String.fromCharCode(0xa0 + h.id.length)}${h.id}`];
        for (const pattern of asValue)
          expect(wire.includes(pattern), `${reader} was sent ${h.owner}'s hidden goal id ${h.id}`).toBe(false);
        expect(wire.includes(latin1(h.text)), `${reader} was sent ${h.owner}'s hidden goal "${h.text}"`).toBe(false);
      }
    }
    // The search is not vacuous: the teacher's bytes hold every hidden goal, and each seat its own.
    const teacherWire = bytesOf.get('teacher') ?? '';
    for (const h of hidden) expect(teacherWire.includes(latin1(h.text)), h.text).toBe(true);
    for (const h of hidden.filter((x) => x.owner === 'iran'))
      expect(bytesOf.get('delegation:iran')).toContain(latin1(h.text));
    expect(searched).toBeGreaterThan(20);
    console.log(`searched ${searched} (reader, hidden goal) pairs over ${[...bytesOf.values()].join('').length} bytes`);
    for (const d of [teacher, projector, mediator, iran, russia, opposition]) d.link.close();
  });
});
