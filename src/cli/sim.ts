/**
 * `npm run -s sim -- --scenario ID|PATH --seed N [--policy P | --actions FILE] [--difficulty D] [--record FILE]`:
 * plays one round with a bot, or with the person's own actions (a JSON array of strings in the record's
 * notation), and prints one JSON summary.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from '../engine/zod';
import { MAX_ACTION_CHARS, MAX_ACTIONS } from '../engine/actions';
import { botFor, playBot, POLICIES, type Policy } from '../engine/bots';
import { MAX_SEED, sealRecord } from '../engine/record';
import { playNotation } from '../engine/replay';
import { startRound } from '../engine/session';
import { summarize } from '../engine/summary';
import { DIFFICULTIES, type Difficulty } from '../engine/vocabulary';
import { fail, printJson, readJsonOrExit, scenarioOrExit } from './io';
import { describeReplayError } from './messages';
import { say } from './text';

const USAGE = say('cli.usage', {
  syntax:
    'npm run -s sim -- --scenario ID|PATH --seed N ' +
    `[--policy ${POLICIES.join('|')} | --actions FILE] [--difficulty ${DIFFICULTIES.join('|')}] [--record FILE]`,
});

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        policy: { type: 'string' },
        actions: { type: 'string' },
        difficulty: { type: 'string', default: 'normal' },
        record: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (values.scenario === undefined || values.seed === undefined) fail(USAGE);
if (values.seed.length === 0 || values.seed.length > MAX_SEED)
  fail(say('cli.sim.seedLength', { max: MAX_SEED, found: values.seed.length }));
if (values.actions !== undefined && values.policy !== undefined) fail(`${say('cli.sim.actionsOrPolicy')}\n${USAGE}`);
const policyName = values.policy ?? 'greedy';
if (!(POLICIES as readonly string[]).includes(policyName))
  fail(say('cli.unknownPolicy', { policy: policyName, list: POLICIES.join(', ') }));
if (!(DIFFICULTIES as readonly string[]).includes(values.difficulty))
  fail(say('cli.unknownDifficulty', { difficulty: values.difficulty, list: DIFFICULTIES.join(', ') }));

const actionList = z
  .array(z.string().max(MAX_ACTION_CHARS, say('cli.sim.actionChars', { max: MAX_ACTION_CHARS })))
  .max(MAX_ACTIONS, say('cli.sim.actionCount', { max: MAX_ACTIONS }));
/** The person's actions, read before the round starts, so a bad file costs nothing. */
function actionsOrExit(file: string): string[] {
  const parsed = actionList.safeParse(readJsonOrExit(file, 'actions'));
  if (parsed.success) return parsed.data;
  const limit = parsed.error.issues.find((i) => i.code === 'too_big');
  return fail(`${file}: ${say('cli.sim.notActions', { reason: limit?.message ?? say('cli.sim.expectedActions') })}`);
}

const actions = values.actions === undefined ? undefined : actionsOrExit(values.actions);
const policy = actions === undefined ? policyName : 'actions';
const scenario = scenarioOrExit(values.scenario);
const round = startRound(scenario, { seed: values.seed, difficulty: values.difficulty as Difficulty });
if (actions === undefined) playBot(round, botFor(policyName as Policy, values.seed));
else {
  const played = playNotation(round, actions);
  if (!played.ok) {
    const e = played.error;
    // Here the actions are the person's own, not a record's: the refusal is said without blaming a record.
    const reason =
      e.code === 'refusedAction'
        ? say('cli.sim.refused', { index: e.index + 1, text: e.text, refusal: e.refusal })
        : describeReplayError(e);
    fail(`${values.actions}: ${say('cli.sim.stopped', { reason, count: e.index })}`);
  }
}
if (values.record !== undefined)
  writeFileSync(values.record, `${JSON.stringify(sealRecord({ ...round.record(), policy }), null, 2)}\n`);
printJson(summarize(round, policy));
