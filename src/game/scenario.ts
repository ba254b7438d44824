import { fetchContentText, loadBundledLibrary, type ContentText } from '../content/scenarios';
import { buildScenario, type Scenario } from '../engine/scenario/build';
import type { Library } from '../engine/scenario/library';
import type { RoundId } from '../engine/vocabulary';

let library: Library | undefined;
const built = new Map<RoundId, Scenario>();
let contentLocale = 'en';
let contentText: ContentText | null = null;

/**
 * The language the scenarios' texts are read in: fetches its texts the first time (src/content/scenarios.ts) and
 * builds the rounds again with them. Called before any screen of the game is drawn.
 */
export async function useContentLocale(locale: string): Promise<void> {
  if (locale === contentLocale) return;
  const text = await fetchContentText(locale);
  contentLocale = locale;
  contentText = text;
  library = undefined;
  built.clear();
}

function bundled(): Library {
  if (library === undefined) {
    const loaded = loadBundledLibrary(contentText);
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
