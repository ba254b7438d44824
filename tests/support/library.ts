import { readJsonFiles, SCENARIO_DIR } from '../../src/cli/io';
import { buildScenario, type Scenario } from '../../src/engine/scenario/build';
import { loadLibrary, type Library } from '../../src/engine/scenario/library';

let cached: Library | undefined;

/** The real scenario library, loaded once per test file. */
export function library(): Library {
  if (cached === undefined) {
    const result = loadLibrary(readJsonFiles(SCENARIO_DIR));
    if (!result.ok) throw new Error(`the scenario library does not load: ${JSON.stringify(result.error.slice(0, 3))}`);
    cached = result.value;
  }
  return cached;
}

export function scenario(id = 'astana-01'): Scenario {
  const built = buildScenario(library(), id);
  if (!built.ok) throw new Error(`no scenario ${id}`);
  return built.value;
}
