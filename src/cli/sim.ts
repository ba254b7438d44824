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

const USAGE =
  'usage: npm run -s sim -- --scenario ID|PATH --seed N ' +
  `[--policy ${POLICIES.join('|')} | --actions FILE] [--difficulty ${DIFFICULTIES.join('|')}] [--record FILE]`;

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
  fail(`--seed must have 1 to ${MAX_SEED} characters, found ${values.seed.length}`);
if (values.actions !== undefined && values.policy !== undefined)
  fail(`--actions and --policy cannot be used together: the actions file plays instead of a bot\n${USAGE}`);
const policyName = values.policy ?? 'greedy';
if (!(POLICIES as readonly string[]).includes(policyName))
  fail(`unknown policy "${policyName}": expected one of ${POLICIES.join(', ')}`);
if (!(DIFFICULTIES as readonly string[]).includes(values.difficulty))
  fail(`unknown difficulty "${values.difficulty}": expected one of ${DIFFICULTIES.join(', ')}`);

const actionList = z
  .array(z.string().max(MAX_ACTION_CHARS, `at most ${MAX_ACTION_CHARS} characters an action`))
  .max(MAX_ACTIONS, `at most ${MAX_ACTIONS} actions, the most a round takes`);
/** The person's actions, read before the round starts, so a bad file costs nothing. */
function actionsOrExit(file: string): string[] {
  const parsed = actionList.safeParse(readJsonOrExit(file, 'JSON list of actions'));
  if (parsed.success) return parsed.data;
  const limit = parsed.error.issues.find((i) => i.code === 'too_big');
  return fail(
    `${file}: not a list of actions: ${limit === undefined ? "expected a JSON array of strings in the record's notation" : limit.message}`,
  );
}

const actions = values.actions === undefined ? undefined : actionsOrExit(values.actions);
const policy = actions === undefined ? policyName : 'actions';
const scenario = scenarioOrExit(values.scenario);
const round = startRound(scenario, { seed: values.seed, difficulty: values.difficulty as Difficulty });
if (actions === undefined) playBot(round, botFor(policyName as Policy, values.seed));
else {
  const played = playNotation(round, actions);
  if (!played.ok) {
    const reason = describeReplayError(played.error).replace(/: the record does not fit this round$/, '');
    fail(`${values.actions}: ${reason}; the ${played.error.index} action(s) before it were played`);
  }
}
if (values.record !== undefined)
  writeFileSync(values.record, `${JSON.stringify(sealRecord({ ...round.record(), policy }), null, 2)}\n`);
printJson(summarize(round, policy));
