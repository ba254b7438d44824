/**
 * `npm run -s replay -- FILE [--scenario ID|PATH]`: plays a record again and prints what `sim` printed.
 * The record names its round by id; a round file is read only when the person names it with --scenario.
 */
import { parseArgs } from 'node:util';
import { isVerified, parseRecord } from '../engine/record';
import { replay } from '../engine/replay';
import { summarize } from '../engine/summary';
import { describeReplayError } from './messages';
import { fail, printJson, readJsonOrExit, scenarioByIdOrExit, scenarioOrExit } from './io';
import { say } from './text';

const USAGE = say('cli.usage', { syntax: 'npm run -s replay -- FILE [--scenario ID|PATH]' });
const { values, positionals } = (() => {
  try {
    return parseArgs({ options: { scenario: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
const [file, ...rest] = positionals;
if (file === undefined || rest.length > 0) fail(USAGE);

const record = parseRecord(readJsonOrExit(file, 'record'));
if (!record.ok) fail(`${file}: ${describeReplayError(record.error)}`);
if (!isVerified(record.value))
  process.stderr.write(`${file}: ${say('cli.replay.unverified', { format: record.value.format })}\n`);
const scenario =
  values.scenario === undefined ? scenarioByIdOrExit(record.value.scenario) : scenarioOrExit(values.scenario);
const round = replay(scenario, record.value);
if (!round.ok) fail(`${file}: ${describeReplayError(round.error)}`);
printJson(summarize(round.value, record.value.policy ?? 'replay'));
