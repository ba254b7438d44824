import { describe, expect, it } from 'vitest';
import { Client } from '../../src/client/client';
import { directTransport } from '../../src/client/direct';
import { createHost } from '../../src/client/host/host';
import { listeners, type Transport } from '../../src/client/transport';
import type { HostMessage } from '../../src/client/protocol';
import { botFor, playBot } from '../../src/engine/bots';
import { parseAction } from '../../src/engine/actions';
import { sealRecord } from '../../src/engine/record';
import { startRound } from '../../src/engine/session';
import { viewFor } from '../../src/engine/view';
import { scenario } from '../support/library';
import { testClient, testLibrary } from '../support/client';
import { drain, watcher } from '../support/watchers';

/** A greedy mediator's moves on Astana 1, as a record's notation. */
function scripted(seed: string): string[] {
  const round = startRound(scenario(), { seed });
  playBot(round, botFor('greedy', seed));
  const actions = round.record().actions;
  round.stop();
  return actions;
}

describe('the host behind the client (issue 14)', () => {
  it('plays a round to the same record and views as the engine played directly', async () => {
    const actions = scripted('3');
    const client = testClient();
    const opened = await client.request('start', { round: 'astana-01', seed: '3', difficulty: 'normal' });
    expect(opened.ok).toBe(true);
    for (const action of actions) expect(await client.request('act', { action }), action).toMatchObject({ ok: true });
    const engine = startRound(scenario(), { seed: '3' });
    for (const text of actions) {
      const parsed = parseAction(text);
      if (parsed.ok) engine.act(parsed.value);
    }
    const seats = ['teacher', 'mediator', 'projector', { delegation: 'iran' }] as const;
    const views = await client.request('views', { seats: [...seats] });
    expect(views.ok && JSON.stringify(views.value)).toBe(
      JSON.stringify(seats.map((s) => JSON.parse(JSON.stringify(viewFor(engine, s))))),
    );
    const record = views.ok ? views.value[1]?.record : null;
    // Sealed with its integrity hash (issue 20): what the page saves and offers as a file.
    expect(JSON.stringify(record)).toBe(JSON.stringify(sealRecord(engine.record())));
    client.close();
  });

  it('delivers a patch per accepted move, and a view patched from the first is the host’s, byte for byte', async () => {
    const host = createHost(testLibrary());
    const teacher = testClient('teacher', host);
    const seen = watcher(host, 'teacher', 'mediator');
    await teacher.request('start', { round: 'astana-01', seed: '5', difficulty: 'normal' });
    const actions = scripted('5');
    for (const action of actions) await teacher.request('act', { action });
    await drain();
    expect(seen.views).toHaveLength(actions.length + 1);
    const now = await seen.client.request('views', { seats: ['mediator'] });
    expect(JSON.stringify(seen.views.at(-1))).toBe(JSON.stringify(now.ok ? now.value[0] : null));
    teacher.close();
    seen.client.close();
  });

  it('drops a patch whose base it does not hold and asks for the whole view again', async () => {
    const host = createHost(testLibrary());
    // A carrier that loses the second patch it carries, as a flaky socket might.
    const lossy = (inner: Transport): Transport => {
      const out = listeners<HostMessage>();
      let patches = 0;
      inner.onMessage((m) => {
        if (m.type === 'patch' && ++patches === 2) return;
        out.emit(m);
      });
      return { ...inner, onMessage: out.add };
    };
    const client = new Client(lossy(directTransport(host)), 'teacher');
    const views: number[] = [];
    client.watch('mediator', (v) => views.push(v.stateId));
    await client.request('start', { round: 'astana-01', seed: '2', difficulty: 'normal' });
    for (const action of ['start', 'proceed', 'consult iran', 'consult turkey', 'caucus'])
      await client.request('act', { action });
    await drain();
    // The lost patch (proceed) is never applied; the next one fails its base check; a full sync follows.
    expect(views).toEqual([0, 1, 3, 4, 5]);
    const now = await client.request('views', { seats: ['mediator'] });
    expect(client.view('mediator')).toEqual(now.ok ? now.value[0] : null);
    client.close();
  });

  it('refuses with a typed reason, never an exception', async () => {
    const host = createHost(testLibrary());
    const teacher = testClient('teacher', host);
    expect(await teacher.request('act', { action: 'start' })).toMatchObject({
      ok: false,
      refusal: { code: 'noRound' },
    });
    await teacher.request('start', { round: 'astana-01', seed: '1', difficulty: 'normal', seats: { iran: 'human' } });
    expect(await teacher.request('act', { action: 'consult nobody' })).toMatchObject({
      ok: false,
      refusal: { code: 'syntax', key: 'refusal.syntax' },
    });
    expect(await teacher.request('act', { action: 'plenary' })).toMatchObject({
      ok: false,
      refusal: { code: 'wrongPhase', key: 'refusal.wrongPhase' },
    });
    expect(await teacher.request('start', { round: 'astana-99', seed: '1', difficulty: 'normal' })).toMatchObject({
      ok: false,
      refusal: { code: 'unknownRound' },
    });
    expect(await teacher.request('replay', { record: { format: 1 } })).toMatchObject({
      ok: false,
      refusal: { code: 'record', error: { code: 'notARecord' } },
    });
    await teacher.request('act', { action: 'start' });
    await teacher.request('act', { action: 'proceed' });
    // Each principal makes only its own moves.
    const mediator = testClient('mediator', host);
    const iran = testClient({ delegation: 'iran' }, host);
    const turkey = testClient({ delegation: 'turkey' }, host);
    const projector = testClient('projector', host);
    expect(await mediator.request('act', { action: 'consult iran' })).toMatchObject({ ok: true });
    expect(await mediator.request('act', { action: 'news Hello' })).toMatchObject({ refusal: { code: 'notYours' } });
    expect(await projector.request('act', { action: 'consult iran' })).toMatchObject({ refusal: { code: 'notYours' } });
    expect(await turkey.request('act', { action: 'say iran We agree.' })).toMatchObject({
      refusal: { code: 'notYours' },
    });
    expect(await iran.request('act', { action: 'say iran We agree.' })).toMatchObject({ ok: true });
    expect(await iran.request('act', { action: 'consult turkey' })).toMatchObject({ refusal: { code: 'notYours' } });
    // …and sees only what it may.
    expect(await turkey.request('roleCard', { delegation: 'iran' })).toMatchObject({ refusal: { code: 'notYours' } });
    expect(await iran.request('roleCard', { delegation: 'iran' })).toMatchObject({ ok: true });
    expect(await projector.request('views', { seats: ['mediator'] })).toMatchObject({ refusal: { code: 'notYours' } });
    expect(await mediator.request('seatReports', { delegations: ['iran'] })).toMatchObject({
      refusal: { code: 'notYours' },
    });
    for (const c of [teacher, mediator, iran, turkey, projector]) c.close();
  });

  it('answers a client of another protocol with a refusal, and one that has not said hello with another', async () => {
    const host = createHost(testLibrary());
    const said: HostMessage[] = [];
    const connection = host.connect((m) => said.push(m));
    connection.receive({ type: 'request', id: 1, name: 'catalogue', args: {} });
    connection.receive({ type: 'hello', protocol: 99, principal: 'teacher' });
    expect(said.map((m) => (m.type === 'refused' ? m.reason : m.type))).toEqual(['notHello', 'protocol']);
  });

  it('lets an authenticated carrier override the principal a client claims', async () => {
    const host = createHost(testLibrary());
    const said: HostMessage[] = [];
    const connection = host.connect((m) => said.push(m), { principal: { delegation: 'iran' } });
    connection.receive({ type: 'hello', protocol: 1, principal: 'teacher' });
    expect(said[0]).toEqual({ type: 'welcome', protocol: 1, principal: { delegation: 'iran' } });
  });
});

describe('the debrief the host works out', () => {
  it('charts a lesson past its students’ first answer', async () => {
    const client = testClient();
    await client.request('start', {
      round: 'astana-01',
      seed: '7',
      difficulty: 'normal',
      seats: { opposition: 'human' },
    });
    const moves = [
      'start',
      'proceed',
      'sound opposition political:2',
      'answer opposition accept',
      'consult iran',
      'plenary',
      'decide opposition signs',
    ];
    for (const action of moves) expect(await client.request('act', { action }), action).toMatchObject({ ok: true });
    const debrief = await client.request('debrief', {});
    expect(debrief.ok && debrief.value.timeline.map((p) => p.action)).toEqual(['', ...moves]);
    expect(debrief.ok && debrief.value.comparison?.clauses.length).toBeGreaterThan(0);
    client.close();
  });
});
