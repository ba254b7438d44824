import { Client } from '../../src/client/client';
import type { ScenarioContent } from '../../src/client/content';
import { directTransport } from '../../src/client/direct';
import { contentOf, type HostLibrary } from '../../src/client/host/content';
import { createHost, type Host } from '../../src/client/host/host';
import type { Principal } from '../../src/client/protocol';
import { buildScenario, type Scenario } from '../../src/engine/scenario/build';
import type { DelegationId } from '../../src/engine/vocabulary';
import type { GoalTexts } from '../../src/i18n/content';
import { englishLibrary, library } from './library';

/**
 * The real scenario files as a host's library: with every language, as a server would read them, or in English
 * only (`english`), as the built game's worker bundles them.
 */
export function testLibrary(options: { english?: boolean } = {}): HostLibrary {
  const built = new Map<string, Scenario>();
  const files = options.english === true ? englishLibrary : library;
  return {
    roundIds: () => [...files().rounds.keys()].toSorted(),
    scenarioOf(id) {
      let s = built.get(id);
      if (s === undefined) {
        const result = buildScenario(files(), id);
        if (!result.ok) return undefined;
        s = result.value;
        built.set(id, s);
      }
      return s;
    },
  };
}

/** A host in this process and a client talking to it through the direct (JSON) carrier. */
export function testClient(principal: Principal = 'teacher', host: Host = createHost(testLibrary())): Client {
  return new Client(directTransport(host), principal);
}

/** A scenario's content as the page gets it. */
export const contentFor = (scenario: Scenario): ScenarioContent => contentOf(scenario);

/** Every goal's words, hidden ones too: what the teacher's view can put in words. */
export function allGoalTexts(scenario: Scenario): GoalTexts {
  return (d: DelegationId, goal: string) => {
    const p = scenario.profiles[d];
    return (p?.goals.find((g) => g.id === goal) ?? p?.hiddenPool.find((g) => g.id === goal))?.text;
  };
}
