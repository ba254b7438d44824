import { readJsonFiles, SCENARIO_DIR } from '../../src/cli/io';
import { buildScenario, type Scenario } from '../../src/engine/scenario/build';
import { loadLibrary, type Library } from '../../src/engine/scenario/library';
import type { SeatPlan } from '../../src/engine/scenario/schema';
import { startRound, type Round, type RoundOptions } from '../../src/engine/session';
import type { DelegationId } from '../../src/engine/vocabulary';

export type SeatChanges = Partial<Record<DelegationId, Partial<Pick<SeatPlan, 'arrival' | 'trust' | 'patience'>>>>;
export interface RoundOverrides extends Partial<RoundOptions> {
  /** Changes to the round file's seat plans, made in memory (a boycott, a short temper). */
  readonly seats?: SeatChanges;
}

let library: Library | undefined;
const scenarios = new Map<string, Scenario>();

function libraryOnce(): Library {
  if (library === undefined) {
    const loaded = loadLibrary(readJsonFiles(SCENARIO_DIR));
    if (!loaded.ok) throw new Error(`the scenario library does not load: ${JSON.stringify(loaded.error.slice(0, 3))}`);
    library = loaded.value;
  }
  return library;
}

/** A real scenario, optionally with some seats changed; the same object for the same arguments. */
export function loadScenario(id = 'astana-01', seats: SeatChanges = {}): Scenario {
  const key = `${id}|${JSON.stringify(seats)}`;
  let scenario = scenarios.get(key);
  if (scenario === undefined) {
    const built = buildScenario(libraryOnce(), id);
    if (!built.ok) throw new Error(`no scenario ${id}`);
    const changed = { ...built.value.seats };
    for (const [d, change] of Object.entries(seats) as [DelegationId, SeatChanges[DelegationId]][]) {
      const seat = changed[d];
      if (seat !== undefined) changed[d] = { ...seat, ...change };
    }
    scenario = { ...built.value, seats: changed };
    scenarios.set(key, scenario);
  }
  return scenario;
}

/** A scenario and a round started on it (seed '1' unless told). */
export function setupRound(
  scenarioId = 'astana-01',
  overrides: RoundOverrides = {},
): { scenario: Scenario; round: Round } {
  const { seats, ...options } = overrides;
  const scenario = loadScenario(scenarioId, seats);
  return { scenario, round: startRound(scenario, { seed: '1', ...options }) };
}
