/**
 * The classroom server under load (issue 15), on loopback only and bounded: 30 rooms of 10 devices each (the
 * teacher, the projector, a student mediator and the round's seven delegations' students), every mediator
 * playing the same course a move every two seconds and every seat answering its own questions at once. Figures: the rooms the server
 * still holds at the end, the time from an intent to the view it changed arriving at the device that sent it
 * (p95), and the server's resident memory at its peak. The server is a process of its own, as `npm start` runs it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreatedRoom, JoinOptions, RoomSetup } from '../src/client/classroom-protocol';
import { Client } from '../src/client/client';
import { ColyseusLink } from '../src/client/colyseus-transport';
import type { ViewSeat } from '../src/engine/view';
import { DELEGATIONS, type DelegationId } from '../src/engine/vocabulary';
import { spawnServer, tempDir } from '../tests/server/process';
import { median, spread, type Figure } from './figures';

const ROOMS = 30;
const SEATS: readonly DelegationId[] = ['russia', 'turkey', 'iran', 'government', 'opposition', 'us', 'un'];
/** The mediator's course: consultations, questions to students' seats, a draft, the plenary. */
const COURSE = [
  'start',
  'proceed',
  'consult russia',
  'sound iran ceasefire:2',
  'consult turkey',
  'sound opposition ceasefire:2',
  'consult iran',
  'sound government ceasefire:2',
  'edit ceasefire:2',
  'consult government',
  'sound turkey ceasefire:2',
  'consult opposition',
  'sound russia ceasefire:2',
  'caucus',
  'plenary',
];
const RUN_LIMIT_MS = 240_000;
/**
 * A mediator's pause between moves: a class at full speed, faster than students read (a real move takes
 * them tens of seconds). The rooms start a little apart, so that their moves interleave; they still reach
 * the plenary within the same two seconds, and every seat decides at once.
 */
const THINK_MS = 2000;

interface Device {
  readonly link: ColyseusLink;
  readonly client: Client;
}

async function joinRoom(endpoint: string, options: JoinOptions, token?: string): Promise<Device> {
  const link = await ColyseusLink.join(endpoint, options, token);
  return { link, client: new Client(link, link.principal) };
}

/** Sends a move and resolves with the milliseconds until the sender's own view showed it (null if refused). */
function timedAct(device: Device, seat: ViewSeat, action: string): Promise<number | null> {
  const sent = performance.now();
  let seen: number | null = null;
  let stateId = -1;
  const stop = device.client.watch(seat, (view) => {
    if (view.stateId === stateId && seen === null) seen = performance.now();
  });
  return device.client.request('act', { action }).then((reply) => {
    if (!reply.ok) {
      stop();
      return null;
    }
    stateId = reply.value.stateId;
    // The view comes before the reply; a view of that stateId already held counts from the reply.
    if (seen === null && device.client.view(seat)?.stateId === stateId) seen = performance.now();
    stop();
    return (seen ?? performance.now()) - sent;
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function oneRun(say: (line: string) => void): Promise<{ held: number; p95: number; rss: number }> {
  const dataDir = tempDir('bench-data');
  const dist = tempDir('bench-dist');
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>\n');
  const server = await spawnServer({ DATA_DIR: dataDir, DIST_DIR: dist, ROOMS_PER_MINUTE: '1000' });
  const endpoint = `http://127.0.0.1:${server.port}`;
  let peak = 0;
  const sampler = setInterval(() => {
    if (server.child.pid !== undefined) peak = Math.max(peak, rssMB(server.child.pid));
  }, 100);
  const devices: Device[] = [];
  const timings: number[] = [];
  const deadline = setTimeout(() => say('classroom load: the run hit its time limit'), RUN_LIMIT_MS);
  try {
    const setup: RoomSetup = {
      round: 'astana-01',
      seed: '7',
      difficulty: 'normal',
      controllers: Object.fromEntries(SEATS.map((d) => [d, 'human'])),
      names: {},
      mediator: 'Student',
      studentMediator: true,
      minutes: 45,
    };
    const rooms = await Promise.all(
      Array.from({ length: ROOMS }, async () => {
        const res = await fetch(`${endpoint}/api/classroom/rooms`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(setup),
        });
        return (await res.json()) as CreatedRoom;
      }),
    );
    // Every device in first, as a class sits down before the talks begin; then the rooms play at once.
    const tables = await Promise.all(
      rooms.map(async (room) => {
        const teacher = await joinRoom(endpoint, { code: room.code, role: 'teacher' }, room.token);
        const projector = await joinRoom(endpoint, { code: room.code, role: 'projector' });
        const mediator = await joinRoom(endpoint, { code: room.code, role: 'seat', seat: 'mediator', name: 'Dana' });
        const seats = await Promise.all(
          SEATS.map((id) => joinRoom(endpoint, { code: room.code, role: 'seat', seat: id, name: `Student ${id}` })),
        );
        devices.push(teacher, projector, mediator, ...seats);
        // Each device watches its own seat for the whole lesson, as its screen does.
        await Promise.all([
          teacher.client.viewOf('teacher', 1),
          projector.client.viewOf('projector', 1),
          mediator.client.viewOf('mediator', 1),
        ]);
        teacher.client.watch('teacher', () => undefined);
        projector.client.watch('projector', () => undefined);
        mediator.client.watch('mediator', () => undefined);
        // Each seat answers every question put to it, from its own view, and signs at the plenary.
        seats.forEach((device, i) => {
          const id = SEATS[i] as DelegationId;
          let busy = false;
          device.client.watch({ delegation: id }, (view) => {
            const own = view.delegations.find((d) => d.id === id);
            const action = view.questions.some((q) => q.delegation === id)
              ? `answer ${id} accept`
              : own?.decision === 'awaitingHuman'
                ? `decide ${id} signs`
                : null;
            if (action === null || busy) return;
            busy = true;
            void timedAct(device, { delegation: id }, action).then((ms) => {
              busy = false;
              if (ms !== null) timings.push(ms);
            });
          });
        });
        return mediator;
      }),
    );
    const plays = tables.map(async (mediator, index) => {
      await sleep((index * THINK_MS) / ROOMS);
      for (const action of COURSE) {
        const ms = await timedAct(mediator, 'mediator', action);
        if (ms !== null) timings.push(ms);
        await sleep(THINK_MS);
      }
    });
    await Promise.all(plays);
    const held = await Promise.all(
      rooms.map(async (r) => (await fetch(`${endpoint}/api/classroom/rooms/${r.code}`)).status === 200),
    );
    const sorted = timings.toSorted((a, b) => a - b);
    const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
    say(
      `classroom load: ${ROOMS} rooms, ${devices.length} devices, ${timings.length} intents timed; p50 ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, p90 ${Math.round(sorted[Math.floor(sorted.length * 0.9)] ?? 0)} ms, max ${Math.round(sorted.at(-1) ?? 0)} ms`,
    );
    return { held: held.filter(Boolean).length, p95, rss: peak };
  } finally {
    clearTimeout(deadline);
    clearInterval(sampler);
    for (const d of devices) d.link.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
}

function figure(name: string, values: number[], unit: string, target: string, ok: (v: number) => boolean): Figure {
  const value = median(values);
  return { name, value, spread: spread(values), unit, target, ok: ok(value) };
}

export async function classroomFigures(say: (line: string) => void, runs = 3): Promise<Figure[]> {
  if (!DELEGATIONS.includes('un')) throw new Error('the vocabulary changed: update the bench seats');
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await oneRun(say));
  return [
    figure(
      'roomsHeld',
      results.map((r) => r.held),
      'rooms',
      `${ROOMS}`,
      (v) => v >= ROOMS,
    ),
    figure(
      'p95IntentMs',
      results.map((r) => r.p95),
      'ms',
      '<= 50',
      (v) => v <= 50,
    ),
    figure(
      'serverRssMB',
      results.map((r) => r.rss),
      'MB',
      '<= 300',
      (v) => v <= 300,
    ),
  ];
}
