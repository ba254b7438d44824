import { describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../src/client/host/host';
import type { Client } from '../../src/client/client';
import { botFor, playBot, type Policy } from '../../src/engine/bots';
import { delegationModel } from '../../src/engine/model/round-model';
import { startRound } from '../../src/engine/session';
import type { RoundView } from '../../src/engine/view';
import { concerns, PUBLIC_LOG_KEYS } from '../../src/engine/view-log';
import type { DelegationId } from '../../src/engine/vocabulary';
import { scenario } from '../support/library';
import { testClient, testLibrary } from '../support/client';
import { drain, watcher } from '../support/watchers';

type Reader = 'projector' | DelegationId;

/** Every hidden goal's words, by delegation, for this seed (the texts a seat must never see of another). */
function secrets(seed: string, seats: Partial<Record<DelegationId, 'human'>>): Map<DelegationId, string[]> {
  const round = startRound(scenario(), { seed, controllers: seats });
  const out = new Map<DelegationId, string[]>();
  for (const id of round.model.delegations) {
    const dm = delegationModel(round.model, id);
    const text = (g: string) =>
      (dm.profile.goals.find((x) => x.id === g) ?? dm.profile.hiddenPool.find((x) => x.id === g))?.text.en ?? g;
    out.set(
      id,
      dm.goals.filter((g) => !g.public).map((g) => text(g.id)),
    );
  }
  round.stop();
  return out;
}

/** What a reader may never be shown, checked on one delivered view. */
function check(view: RoundView, reader: Reader, hidden: Map<DelegationId, string[]>): void {
  const own = (id: DelegationId) => reader === id;
  const publicTexts = new Set(view.delegations.flatMap((d) => d.goals.filter((g) => g.public).map((g) => g.text.en)));
  const ownTexts = new Set(view.delegations.filter((d) => own(d.id)).flatMap((d) => d.goals.map((g) => g.text.en)));
  const json = JSON.stringify(view);
  for (const d of view.delegations) {
    if (own(d.id)) continue;
    expect(
      d.goals.every((g) => g.public),
      `${reader} sees a hidden goal of ${d.id}`,
    ).toBe(true);
    expect(d.replies).toEqual([]);
    expect(d.stance).toBeNull();
    expect(d.trustBySource).toEqual({});
    for (const text of hidden.get(d.id) ?? [])
      if (!publicTexts.has(text) && !ownTexts.has(text))
        expect(json.includes(JSON.stringify(text)), `${reader} reads ${d.id}'s "${text}"`).toBe(false);
  }
  // Why names no goal this reader has not learned: its reasons are the goals it sees, and untold placeholders.
  for (const d of view.delegations) {
    const seen = new Set(d.goals.map((g) => g.id));
    for (const r of d.why.reasons)
      if (r.known) expect(seen.has(r.id), `${reader} is told why by ${d.id}'s ${r.id}`).toBe(true);
      else expect(Object.keys(r)).toEqual(['known']);
  }
  for (const e of view.log)
    expect(
      PUBLIC_LOG_KEYS.has(e.message.key) || (reader !== 'projector' && concerns(e, reader)),
      `${reader} hears ${e.message.key}`,
    ).toBe(true);
  expect(view.promises.every((p) => own(p.delegation))).toBe(true);
  expect(view.questions.every((q) => own(q.delegation))).toBe(true);
  expect([view.deck, view.record]).toEqual([null, null]);
}

/** Plays `actions` as the teacher while a projector and every seat watch their own views through the host. */
async function watchedRound(
  seed: string,
  seats: Partial<Record<DelegationId, 'human'>>,
  actions: readonly string[],
  moves: (host: Host) => Promise<void> = async () => undefined,
): Promise<void> {
  const host = createHost(testLibrary());
  const teacher = testClient('teacher', host);
  const readers: Reader[] = ['projector', ...scenario().delegations];
  const watchers = readers.map((r) => ({
    reader: r,
    ...watcher(host, r === 'projector' ? 'projector' : { delegation: r }, r === 'projector' ? r : { delegation: r }),
  }));
  await teacher.request('start', { round: 'astana-01', seed, difficulty: 'normal', seats });
  for (const action of actions) await teacher.request('act', { action });
  await moves(host);
  await drain();
  const hidden = secrets(seed, seats);
  let checked = 0;
  for (const w of watchers) {
    expect(w.views.length).toBeGreaterThan(actions.length / 2);
    for (const view of w.views) {
      check(view, w.reader, hidden);
      checked += 1;
    }
    w.client.close();
  }
  expect(checked).toBeGreaterThan(readers.length);
  teacher.close();
}

const botMoves = (policy: Policy, seed: string): string[] => {
  const round = startRound(scenario(), { seed });
  playBot(round, botFor(policy, seed));
  const { actions } = round.record();
  round.stop();
  return actions;
};

describe('the projector and a seat never learn another seat’s unrevealed goals or private lines (issue 14)', () => {
  it.each([
    ['greedy', '1'],
    ['random', '2'],
    ['only-consult', '3'],
    ['only-caucus', '4'],
    ['nash', '5'],
  ] as const)('in every view delivered while the %s mediator plays seed %s', async (policy, seed) => {
    await watchedRound(seed, {}, botMoves(policy, seed));
  });

  it('in a lesson where students answer, speak, walk out and decide in their own seats', async () => {
    const classroom = [
      'start',
      'proceed',
      'consult iran',
      'consult opposition',
      'sound opposition political:2',
      'assure iran ceasefire:1',
      'shuttle government opposition ceasefire:2',
      'caucus',
      'edit ceasefire:2',
      'sound iran monitoring:1',
      'news A convoy reaches Wadi Barada.',
      'extend 30',
    ];
    await watchedRound('7', { iran: 'human', opposition: 'human' }, classroom, async (host) => {
      // The students answer on their own devices: each seat is its own client.
      const iran: Client = testClient({ delegation: 'iran' }, host);
      const opposition: Client = testClient({ delegation: 'opposition' }, host);
      const teacher = testClient('teacher', host);
      for (const [client, action] of [
        // Their consultation is the oldest question: they tell the mediator one aim, Iran keeps its counsel.
        [opposition, 'answer opposition accept'],
        [opposition, 'answer opposition amend:1'],
        [iran, 'answer iran reject'],
        [iran, 'say iran Tehran will not sign a text that names it.'],
        [opposition, 'say opposition We came to stop the bombing.'],
        [teacher, 'plenary'],
        [iran, 'decide iran reserves'],
        [opposition, 'decide opposition refuses'],
      ] as const)
        expect(await client.request('act', { action }), action).toMatchObject({ ok: true });
      for (const c of [iran, opposition, teacher]) c.close();
    });
  });
});
