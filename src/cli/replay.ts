import { parseRecord } from '../engine/record';
import { replay } from '../engine/replay';
import { summarize } from '../engine/summary';
import { describeReplayError } from './messages';
import { fail, printJson, readJsonOrExit, scenarioOrExit } from './io';

const [file, ...rest] = process.argv.slice(2);
if (file === undefined || rest.length > 0) fail('usage: npm run -s replay -- FILE');

const record = parseRecord(readJsonOrExit(file, 'JSON record'));
if (!record.ok) fail(`${file}: ${describeReplayError(record.error)}`);
const scenario = scenarioOrExit(record.value.scenario);
const round = replay(scenario, record.value);
if (!round.ok) fail(`${file}: ${describeReplayError(round.error)}`);
printJson(summarize(round.value, record.value.policy ?? 'replay'));
