import { loadBundledLibrary } from '../content/scenarios';
import { buildScenario, type Scenario } from '../engine/scenario/build';

let cache: Scenario | undefined;

/** Astana-1, built once from the bundled scenario files. */
export function scenario(): Scenario {
  if (cache === undefined) {
    const library = loadBundledLibrary();
    if (!library.ok) throw new Error('the bundled scenario files do not load');
    const built = buildScenario(library.value, 'astana-01');
    if (!built.ok) throw new Error('astana-01 does not build');
    cache = built.value;
  }
  return cache;
}
