import { readJsonFiles, SCENARIO_DIR } from '../../src/cli/io';
import { buildScenario, type Scenario } from '../../src/engine/scenario/build';
import { splitFile } from '../../src/content/translations';
import { loadLibrary, type Library } from '../../src/engine/scenario/library';

let cached: Library | undefined;
let english: Library | undefined;

/** The real scenario library, loaded once per test file. */
export function library(): Library {
  if (cached === undefined) {
    const result = loadLibrary(readJsonFiles(SCENARIO_DIR));
    if (!result.ok) throw new Error(`the scenario library does not load: ${JSON.stringify(result.error.slice(0, 3))}`);
    cached = result.value;
  }
  return cached;
}

/**
 * The library as the built game's worker has it: every text in English only (scripts/vite-scenario-text.ts),
 * Russian and Arabic being the page's to look up.
 */
export function englishLibrary(): Library {
  if (english === undefined) {
    const files = readJsonFiles(SCENARIO_DIR).map((f) => ({ ...f, text: splitFile(f.text).english }));
    const result = loadLibrary(files);
    if (!result.ok) throw new Error('the English scenario library does not load');
    english = result.value;
  }
  return english;
}

export function scenario(id = 'astana-01'): Scenario {
  const built = buildScenario(library(), id);
  if (!built.ok) throw new Error(`no scenario ${id}`);
  return built.value;
}
