import { loadBundledLibrary } from '../content/scenarios';
import { buildScenario, type Scenario } from '../engine/scenario/build';
import type { Library } from '../engine/scenario/library';
import type { RoundId } from '../engine/vocabulary';

let library: Library | undefined;
const built = new Map<RoundId, Scenario>();

function bundled(): Library {
  if (library === undefined) {
    const loaded = loadBundledLibrary();
    if (!loaded.ok) throw new Error('the bundled scenario files do not load');
    library = loaded.value;
  }
  return library;
}

/** Every historical round the game bundles, in order (astana-01 … astana-22). */
export function roundIds(): RoundId[] {
  return [...bundled().rounds.keys()].toSorted();
}

/** One round, built once from the bundled scenario files; undefined for an id the game does not have. */
export function scenarioOf(id: RoundId): Scenario | undefined {
  const cached = built.get(id);
  if (cached !== undefined) return cached;
  const result = buildScenario(bundled(), id);
  if (!result.ok) return undefined;
  built.set(id, result.value);
  return result.value;
}

/** Astana-1, the round the game opens with. */
export function scenario(): Scenario {
  const s = scenarioOf('astana-01');
  if (s === undefined) throw new Error('astana-01 does not build');
  return s;
}
