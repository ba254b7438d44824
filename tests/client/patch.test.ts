import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffView } from '../../src/client/patch';
import { botFor, playBot } from '../../src/engine/bots';
import { parseAction } from '../../src/engine/actions';
import { startRound } from '../../src/engine/session';
import { viewFor, type RoundView } from '../../src/engine/view';
import { scenario } from '../support/library';

/** Every mediator's and projector's view of a greedy round, one after each move. */
function viewsOfRound(seed: string): RoundView[] {
  const played = startRound(scenario(), { seed });
  playBot(played, botFor('greedy', seed));
  const round = startRound(scenario(), { seed });
  const views = [viewFor(round, 'mediator'), viewFor(round, 'projector')];
  for (const text of played.record().actions) {
    const action = parseAction(text);
    if (action.ok) round.act(action.value);
    views.push(viewFor(round, 'mediator'), viewFor(round, 'projector'));
  }
  return views.map((v) => JSON.parse(JSON.stringify(v)) as RoundView);
}

describe('view patches (STYLE (a) 3: diff views, not state)', () => {
  const views = viewsOfRound('4');
  const mediator = views.filter((v) => v.seat === 'mediator');

  it('rebuild the next view byte for byte from the one before', () => {
    for (let i = 1; i < mediator.length; i += 1) {
      const [a, b] = [mediator[i - 1], mediator[i]] as [RoundView, RoundView];
      expect(JSON.stringify(applyPatch(a, diffView(a, b)))).toBe(JSON.stringify(b));
    }
  });

  it('carry only what changed: a grown log as its new lines', () => {
    const [a, b] = [mediator[2], mediator[3]] as [RoundView, RoundView];
    const patch = diffView(a, b);
    expect(patch.set.log).toBeUndefined();
    expect(patch.append.log).toEqual(b.log.slice(a.log.length));
    expect(patch.set.scenario).toBeUndefined();
  });

  it('rebuild any later view of the same seat from any earlier one', () => {
    fc.assert(
      fc.property(fc.nat(mediator.length - 1), fc.nat(mediator.length - 1), (i, j) => {
        const [a, b] = [mediator[Math.min(i, j)], mediator[Math.max(i, j)]] as [RoundView, RoundView];
        expect(JSON.stringify(applyPatch(a, diffView(a, b)))).toBe(JSON.stringify(b));
      }),
      { numRuns: 50 },
    );
  });
});
