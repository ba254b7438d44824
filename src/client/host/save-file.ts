import { z } from '../../engine/zod';
import { parseRecord } from '../../engine/record';
import { replay } from '../../engine/replay';
import { parseJson } from '../../engine/safe-json';
import { DELEGATIONS, isDelegationId } from '../../engine/vocabulary';
import type { SaveCheck, SaveSummary } from '../requests';
import { SAVE_VERSION, SAVED_SCREENS } from '../save-format';
import type { HostLibrary } from './content';
import { scenarioWith } from './campaign';

/** A classroom lesson's names and clock, kept beside the record (the record holds only who held which seat). */
const savedLesson = z.strictObject({
  // As long as the classroom set-up lets anyone type (src/ui/classroom-setup.ts).
  names: z.partialRecord(z.enum(DELEGATIONS), z.string().max(120)),
  mediator: z.string().max(80),
  limitMs: z.number().int().min(0),
  usedMs: z.number().min(0),
});

/** A save is the engine's record (seed and moves) plus where the player was; restoring replays the record. */
const saveFile = z.strictObject({
  version: z.number().int().min(1),
  savedAt: z.string(),
  record: z.unknown(),
  ui: z.strictObject({
    screen: z.enum(SAVED_SCREENS),
    selected: z.string().optional(),
    lesson: savedLesson.optional(),
    campaign: z.boolean().optional(),
  }),
});

/**
 * Checks a save's text (its shape with zod, its record, its content hash) and replays its record on the
 * round's scenario, with the campaign carried over for a campaign round. The page keeps the bytes and
 * sets aside a save that fails; the host never sees localStorage.
 */
export function checkSaveText(library: HostLibrary, text: string, campaign: string | null): SaveCheck {
  // The one JSON reader (src/engine/safe-json.ts): a save too large, too deep or with a prototype key is corrupt.
  const read = parseJson(text);
  if (!read.ok) return { ok: false, problem: 'corrupt' };
  const json = read.value;
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SAVE_VERSION) return { ok: false, problem: { newer: version } };
  const parsed = saveFile.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'corrupt' };
  const record = parseRecord(parsed.data.record);
  if (!record.ok)
    return { ok: false, problem: record.error.code === 'newerFormat' ? { newer: record.error.format } : 'corrupt' };
  const inCampaign = parsed.data.ui.campaign === true;
  const scenario = scenarioWith(library, record.value.scenario, inCampaign ? (campaign ?? undefined) : undefined);
  if (scenario === undefined) return { ok: false, problem: 'stale' };
  const round = replay(scenario, record.value);
  if (!round.ok)
    return {
      ok: false,
      problem: round.error.code === 'contentChanged' || round.error.code === 'otherScenario' ? 'stale' : 'corrupt',
    };
  const phase = round.value.phase();
  round.value.stop();
  const { lesson } = parsed.data.ui;
  return {
    ok: true,
    record: record.value,
    phase,
    title: scenario.round.title,
    ui: {
      ...parsed.data.ui,
      lesson:
        lesson === undefined
          ? undefined
          : { ...lesson, names: Object.fromEntries(Object.entries(lesson.names).filter(([d]) => isDelegationId(d))) },
    },
  };
}

/**
 * What a save holds, told as the menu's Continue tells it, without replaying it: its round, seed and
 * moves, whether it was finished, and its record (checked against its hash) to download. Null when the
 * save cannot be read that far.
 */
export function describeSave(library: HostLibrary, text: string): SaveSummary | null {
  const read = parseJson(text);
  if (!read.ok) return null;
  const parsed = saveFile.safeParse(read.value);
  if (!parsed.success) return null;
  const record = parseRecord(parsed.data.record);
  if (!record.ok) return null;
  const { scenario, seed, actions } = record.value;
  return {
    round: scenario,
    title: library.scenarioOf(scenario)?.round.title ?? null,
    seed,
    moves: actions.length,
    finished: parsed.data.ui.screen === 'debrief',
    record: record.value,
  };
}
