import { loadBundledLibrary } from '../../content/scenarios';
import { buildScenario, type Scenario } from '../../engine/scenario/build';
import type { Library } from '../../engine/scenario/library';
import type { RoundId } from '../../engine/vocabulary';
import type { HostLibrary } from './content';

/** The scenario files bundled with the game (the worker's library), each round built once when first asked for. */
export function bundledLibrary(): HostLibrary {
  let library: Library | undefined;
  const built = new Map<RoundId, Scenario>();
  const files = (): Library => {
    if (library === undefined) {
      const loaded = loadBundledLibrary();
      if (!loaded.ok) throw new Error('the bundled scenario files do not load');
      library = loaded.value;
    }
    return library;
  };
  return {
    roundIds: () => [...files().rounds.keys()].toSorted(),
    scenarioOf(id) {
      const cached = built.get(id);
      if (cached !== undefined) return cached;
      const result = buildScenario(files(), id);
      if (!result.ok) return undefined;
      built.set(id, result.value);
      return result.value;
    },
  };
}
