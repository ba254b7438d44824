import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { botFor, playBot, POLICIES, type Policy } from '../engine/bots';
import { startRound } from '../engine/session';
import { summarize } from '../engine/summary';
import { fail, printJson, scenarioOrExit } from './io';
import { say } from './text';

const USAGE = say('cli.usage', {
  syntax: `npm run -s sim -- --scenario ID|PATH --seed N [--policy ${POLICIES.join('|')}] [--record FILE]`,
});

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        policy: { type: 'string', default: 'greedy' },
        record: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (values.scenario === undefined || values.seed === undefined) fail(USAGE);
if (!(POLICIES as readonly string[]).includes(values.policy))
  fail(say('cli.unknownPolicy', { policy: values.policy, list: POLICIES.join(', ') }));
const policy = values.policy as Policy;

const scenario = scenarioOrExit(values.scenario);
const round = startRound(scenario, { seed: values.seed });
playBot(round, botFor(policy, values.seed));
if (values.record !== undefined)
  writeFileSync(values.record, `${JSON.stringify({ ...round.record(), policy }, null, 2)}\n`);
printJson(summarize(round, policy));
