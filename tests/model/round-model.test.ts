import { getShortestPaths } from 'xstate/graph';
import { fromTransition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { makeAction, parseAction, type Action } from '../../src/engine/actions';
import { makeDraft } from '../../src/engine/draft';
import { legalActions } from '../../src/engine/legal';
import { replay } from '../../src/engine/replay';
import type { Scenario } from '../../src/engine/scenario/build';
import { startRound, type Round } from '../../src/engine/session';
import { seen, stateProblems, stepProblems } from '../property/checks';
import { snapshotJson } from '../property/moves';
import { loadScenario, type SeatChanges } from '../support/round';

/**
 * Model-based test of whole rounds. A state is a record (the accepted actions, in notation); an event is
 * one of a sample of moves that matter (opening, consultations, edits that cross red lines, caucus,
 * recall, plenary), offered only where the round would accept it. @xstate/graph walks every distinct
 * situation within MAX_ACTIONS; each is rebuilt by replaying its record, step by step, and checked.
 */
const MAX_ACTIONS = 6;
const SAMPLE: readonly string[] = [
  'start',
  'proceed',
  'consult iran',
  'consult opposition',
  'sound iran monitoring:2',
  'edit monitoring:2',
  'edit monitoring:0',
  'edit political:3',
  'edit militias:2',
  'caucus',
  'recall iran',
  'recall opposition',
  'plenary',
];
/** Actions every state must refuse without changing anything (wrong phase, bad wording, nobody to recall). */
const REFUSED: readonly Action[] = [
  { type: 'start' },
  { type: 'edit', clause: 'nowhere', strength: 1 },
  { type: 'assure', delegation: 'russia', clause: 'ceasefire', strength: 9 },
  { type: 'recall', delegation: 'russia' },
  { type: 'consult', delegation: 'iraq' },
];

const parse = (text: string): Action => {
  const parsed = parseAction(text);
  if (!parsed.ok) throw new Error(`bad notation ${text}`);
  return parsed.value;
};
const SAMPLE_ACTIONS = SAMPLE.map(parse);

/** Situations that differ in what can happen next: phase, clock, draft, seating and decisions, what is known. */
function situationOf(round: Round): string {
  const data = round.data();
  const seats = Object.values(round.discrete()).map((d) => `${d.attendance}/${d.decision}`);
  const known = round.model.delegations.map((d) => data.dyn[d]?.revealed.length ?? 0);
  return JSON.stringify([round.phase(), data.minute, makeDraft(round.model.scenario.agenda, data.draft), seats, known]);
}

interface Walked {
  readonly name: string;
  readonly scenario: Scenario;
  readonly seed: string;
  /** What some reached situation must show, so that the walk is known to get somewhere. */
  readonly reaches: readonly string[];
}

function walk({ scenario, seed }: Walked) {
  const rounds = new Map<string, Round>();
  /** The round a record leads to, replayed once and kept (states are revisited as the graph is walked). */
  const roundOf = (actions: readonly string[]): Round => {
    const key = actions.join('\n');
    let round = rounds.get(key);
    if (round === undefined) {
      round = startRound(scenario, { seed });
      for (const text of actions)
        if (!round.act(parse(text)).ok) throw new Error(`a recorded action no longer applies: ${text}`);
      rounds.set(key, round);
    }
    return round;
  };
  type Move = { readonly type: 'MOVE'; readonly action: Action };
  const logic = fromTransition(
    (actions: readonly string[], event: Move) => [...actions, makeAction(event.action)],
    [] as readonly string[],
  );
  const situation = (actions: readonly string[]): string => situationOf(roundOf(actions));
  const paths = getShortestPaths(logic, {
    events: (snapshot) => {
      if (snapshot.context.length >= MAX_ACTIONS) return [];
      const round = roundOf(snapshot.context);
      const legal = new Set(legalActions(round.model, round.data(), round.discrete(), round.phase()).map(makeAction));
      return SAMPLE_ACTIONS.filter((a) => legal.has(makeAction(a))).map((action) => ({
        type: 'MOVE' as const,
        action,
      }));
    },
    serializeState: (snapshot) => situation(snapshot.context),
  });
  // Each path ends in its situation, though maybe not by the record the graph first reached it with.
  const ends = paths.map((p) => situation(p.state.context));
  for (const round of rounds.values()) round.stop();
  return paths.map((path, i) => ({ path, end: ends[i] }));
}

const WALKS: readonly Walked[] = [
  // Seed 9: with issue 5's difficulty lifts, a delegation that signs a text tabled at once needs a mild temper draw.
  { name: 'astana-01 as written', scenario: loadScenario(), seed: '9', reaches: ['"outcome"', '/signs', '/refuses'] },
  // Iran boycotts (so the caucus waits for a recall) and the opposition's patience is short (so a red line walks it
  // out).
  {
    name: 'iran boycotting, opposition on edge',
    scenario: loadScenario('astana-01', {
      iran: { arrival: 'boycott' },
      opposition: { patience: 30 },
    } satisfies SeatChanges),
    seed: '4',
    reaches: ['"outcome"', 'boycotting/', 'walkedOut/', '"seated/undecided","seated/undecided","seated/undecided"'],
  },
];

describe.each(WALKS.map((w) => [w.name, w] as const))('rounds walked as a graph of situations: %s', (_, walked) => {
  const paths = walk(walked);

  it('every step of every path keeps the invariants; each state refuses nonsense unchanged, replays same bytes', () => {
    for (const { path, end } of paths) {
      const round = startRound(walked.scenario, { seed: walked.seed });
      for (const step of path.steps.slice(1)) {
        const action = (step.event as { action: Action }).action;
        const before = seen(round);
        const result = round.act(action);
        expect(result.ok, makeAction(action)).toBe(true);
        expect(
          [...stepProblems(before, result, round), ...stateProblems(round)],
          round.data().actions.join(' / '),
        ).toEqual([]);
      }
      expect(situationOf(round)).toBe(end);
      for (const action of REFUSED.filter((a) => a.type !== 'start' || round.phase() !== 'briefing')) {
        const before = seen(round);
        const result = round.act(action);
        expect(result.ok).toBe(false);
        expect(stepProblems(before, result, round)).toEqual([]);
      }
      const again = replay(walked.scenario, round.record());
      expect(again.ok).toBe(true);
      if (again.ok) expect(snapshotJson(again.value)).toBe(snapshotJson(round));
      round.stop();
    }
  });

  it('reaches hundreds of situations, among them the outcome, walk-outs, boycotts and recalls', () => {
    expect(paths.length).toBeGreaterThan(300);
    for (const text of walked.reaches)
      expect(
        paths.some((p) => p.end?.includes(text)),
        text,
      ).toBe(true);
    const records = paths.map((p) => p.path.state.context);
    for (const verb of [
      'caucus',
      'edit',
      'consult',
      'plenary',
      ...(walked.reaches.includes('boycotting/') ? ['recall'] : []),
    ])
      expect(
        records.some((r) => r.some((t) => t.startsWith(verb))),
        verb,
      ).toBe(true);
  });
});
