import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseAction } from '../../src/engine/actions';
import type { Controller } from '../../src/engine/delegation/events';
import { consultAndTable, tableText } from '../../src/engine/consultation';
import { parseDraft } from '../../src/engine/draft';
import { replay } from '../../src/engine/replay';
import { restoreRound } from '../../src/engine/restore';
import type { Scenario } from '../../src/engine/scenario/build';
import type { Goal } from '../../src/engine/scenario/schema';
import { startRound, type Round } from '../../src/engine/session';
import type {
  Attendance,
  Decision,
  DelegationId,
  Difficulty,
  Mood,
  SomeDelegations,
} from '../../src/engine/vocabulary';
import { loadScenario, type SeatChanges } from '../support/round';

/**
 * One conformance case (in the spirit of the Diplomacy Adjudicator Test Cases): the rule it tests,
 * quoted word for word from RULES.md, a round, a text in draft notation, and what every delegation
 * named must decide and which states its goals must be in.
 */
export interface Case {
  readonly id: string;
  readonly rule: string;
  readonly quote: string;
  readonly scenario: string;
  /** Seeds to play it on (the expectation must hold on each); '1' unless told. */
  readonly seeds?: readonly string[];
  readonly difficulty?: Difficulty;
  readonly seats?: SeatChanges;
  readonly inForce?: Readonly<Record<string, number>>;
  /** Goals added to a delegation's profile for the case (a kind no profile uses yet). */
  readonly goals?: SomeDelegations<readonly Goal[]>;
  readonly controllers?: SomeDelegations<Controller>;
  /**
   * How the text gets tabled: after an ordinary consultation (every delegation consulted once, the
   * guarantors caucused: the default), at once, or after a script in action notation (then the text,
   * if any, is edited in and tabled).
   */
  readonly play?: 'consult' | 'atOnce' | readonly string[];
  readonly text?: string;
  readonly expect: {
    /** A decision, or the decisions any of which will do. */
    readonly decisions?: SomeDelegations<Decision | readonly Decision[]>;
    /** "delegation/goal" → the state its chart ends in. */
    readonly goals?: Readonly<Record<string, string>>;
    readonly attendance?: SomeDelegations<Attendance>;
    readonly mood?: SomeDelegations<Mood>;
    readonly adopted?: boolean;
    /** Anything the table cannot say, checked on the finished round. */
    readonly check?: (round: Round, scenario: Scenario) => void;
  };
}

const RULES_FILE = fileURLToPath(new URL('../../RULES.md', import.meta.url));

/** The rules of RULES.md: id → the rule's words, as written after its bold id. */
export function rules(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(RULES_FILE, 'utf8').split('\n')) {
    const m = /^- \*\*([A-Z]+-\d+)\*\* (.+)$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined) out.set(m[1], m[2]);
  }
  return out;
}

/** The case's scenario: the real round, with its seats, agreements in force and extra goals as the case says. */
export function scenarioOf(c: Case): Scenario {
  const base = loadScenario(c.scenario, c.seats ?? {});
  if (c.inForce === undefined && c.goals === undefined) return base;
  const profiles = { ...base.profiles };
  for (const [d, goals] of Object.entries(c.goals ?? {}) as [DelegationId, readonly Goal[]][]) {
    const p = profiles[d];
    if (p !== undefined) profiles[d] = { ...p, goals: [...p.goals, ...goals] };
  }
  return { ...base, profiles, inForce: c.inForce ?? base.inForce };
}

/** Plays the case on one seed, to its outcome (or as far as its script goes). */
export function playCase(c: Case, seed: string): { round: Round; scenario: Scenario } {
  const scenario = scenarioOf(c);
  const options = {
    seed,
    ...(c.difficulty === undefined ? {} : { difficulty: c.difficulty }),
    ...(c.controllers === undefined ? {} : { controllers: c.controllers }),
  };
  const text = c.text === undefined ? undefined : parseDraft(scenario.agenda, c.text);
  if (text !== undefined && !text.ok) throw new Error(`${c.id}: bad text ${c.text}`);
  const play = c.play ?? 'consult';
  if (play === 'consult') {
    if (text === undefined) throw new Error(`${c.id}: an ordinary consultation needs a text`);
    return { round: consultAndTable(scenario, options, text.value), scenario };
  }
  const round = startRound(scenario, options);
  const script = play === 'atOnce' ? ['start', 'proceed'] : play;
  for (const line of script) {
    const action = parseAction(line);
    if (!action.ok) throw new Error(`${c.id}: bad action ${line}`);
    const result = round.act(action.value);
    if (!result.ok) throw new Error(`${c.id}: "${line}" refused (${result.refusal.code})`);
  }
  if (text !== undefined) tableText(round, text.value);
  return { round, scenario };
}

/** Checks the case's expectations, and the invariant at every case (STYLE 8): replay and restore give the same bytes. */
export function checkCase(c: Case, round: Round, scenario: Scenario, seed: string): void {
  const where = `${c.id} (seed ${seed})`;
  const data = round.data();
  for (const [d, want] of Object.entries(c.expect.decisions ?? {})) {
    const got = data.outcome?.decisions[d as DelegationId] ?? data.decisions[d as DelegationId];
    const allowed: readonly Decision[] = typeof want === 'string' ? [want] : want;
    expect(allowed, `${where}: ${d} decided ${got}`).toContain(got);
  }
  for (const [key, state] of Object.entries(c.expect.goals ?? {})) {
    const [d, goal] = key.split('/') as [DelegationId, string];
    expect(round.discrete()[d]?.goals[goal]?.state, `${where}: ${key}`).toBe(state);
  }
  for (const [d, a] of Object.entries(c.expect.attendance ?? {}))
    expect(round.discrete()[d as DelegationId]?.attendance, `${where}: ${d} attendance`).toBe(a);
  for (const [d, m] of Object.entries(c.expect.mood ?? {}))
    expect(round.discrete()[d as DelegationId]?.mood, `${where}: ${d} mood`).toBe(m);
  if (c.expect.adopted !== undefined) expect(data.outcome?.adopted, `${where}: adopted`).toBe(c.expect.adopted);
  c.expect.check?.(round, scenario);
  const again = replay(scenario, round.record());
  expect(again.ok, `${where}: replays`).toBe(true);
  if (again.ok) expect(JSON.stringify(again.value.state()), `${where}: replay`).toBe(JSON.stringify(round.state()));
  const restored = restoreRound(scenario, JSON.parse(JSON.stringify(round.snapshot())));
  expect(restored.ok, `${where}: restores`).toBe(true);
  if (restored.ok)
    expect(JSON.stringify(restored.value.state()), `${where}: restore`).toBe(JSON.stringify(round.state()));
}
