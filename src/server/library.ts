import { readJsonFiles, SCENARIO_DIR } from '../cli/io';
import type { HostLibrary } from '../client/host/content';
import { buildScenario, type Scenario } from '../engine/scenario/build';
import { loadLibrary } from '../engine/scenario/library';

/** The scenario files on disk, as the host's library (the page's worker bundles the same files). */
export function diskLibrary(dir = SCENARIO_DIR): HostLibrary {
  const loaded = loadLibrary(readJsonFiles(dir));
  if (!loaded.ok) throw new Error(`the scenario files in ${dir} do not load: run npm run -s validate`);
  const library = loaded.value;
  const built = new Map<string, Scenario>();
  return {
    roundIds: () => [...library.rounds.keys()].toSorted(),
    scenarioOf(id) {
      const cached = built.get(id);
      if (cached !== undefined) return cached;
      const result = buildScenario(library, id);
      if (!result.ok) return undefined;
      built.set(id, result.value);
      return result.value;
    },
  };
}
