import { readFileSync } from 'node:fs';
import { parseRecord } from '../engine/record';
import { replay } from '../engine/replay';
import { summarize } from '../engine/summary';
import { describeReplayError } from './messages';
import { fail, printJson, scenarioOrExit } from './io';
import { say } from './text';

const [file, ...rest] = process.argv.slice(2);
if (file === undefined || rest.length > 0) fail(say('cli.usage', { syntax: 'npm run -s replay -- FILE' }));

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  fail(say('cli.unreadable', { file, reason: (error as Error).message }));
}
const record = parseRecord(raw);
if (!record.ok) fail(`${file}: ${describeReplayError(record.error)}`);
const scenario = scenarioOrExit(record.value.scenario);
const round = replay(scenario, record.value);
if (!round.ok) fail(`${file}: ${describeReplayError(round.error)}`);
printJson(summarize(round.value, record.value.policy ?? 'replay'));
