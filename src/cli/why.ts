import { parseArgs } from 'node:util';
import { consultAndTable } from '../engine/consultation';
import { makeDraft, parseDraft } from '../engine/draft';
import { buildScenario } from '../engine/scenario/build';
import { seedValue } from '../engine/summary';
import { isDelegationId, type Seat } from '../engine/vocabulary';
import { UNTOLD, whyOf } from '../engine/why';
import { libraryFiles, printJson } from './io';
import { loadLibrary } from '../engine/scenario/library';
import { say } from './text';
import { becauseText, whyTable, type WhyReport } from './why-format';

const USAGE = `${say('cli.usage', {
  syntax: 'npm run -s why -- --scenario ID --seed N --text NOTATION [--seat ID|mediator|projector] [--json]',
})}\n${say('cli.why.about')}`;

/** Bad arguments: the usage on stderr, exit 2. */
function usage(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        scenario: { type: 'string' },
        seed: { type: 'string' },
        text: { type: 'string' },
        seat: { type: 'string', default: 'mediator' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    return usage((error as Error).message);
  }
})();
if (values.scenario === undefined || values.seed === undefined || values.text === undefined)
  usage(say('cli.why.missing'));
if (values.seed.trim() === '') usage(say('cli.why.emptySeed'));
const seat: Seat | undefined =
  values.seat === 'mediator' || values.seat === 'projector'
    ? values.seat
    : isDelegationId(values.seat)
      ? { delegation: values.seat }
      : undefined;
if (seat === undefined) usage(say('cli.why.unknownSeat', { seat: values.seat }));

const library = loadLibrary(libraryFiles().files);
if (!library.ok) usage(say('cli.why.libraryBroken'));
const built = buildScenario(library.value, values.scenario);
if (!built.ok) usage(say('cli.unknownScenario', { id: values.scenario, list: built.error.known.join(', ') }));
const scenario = built.value;
const text = parseDraft(scenario.agenda, values.text);
if (!text.ok) usage(say('cli.why.badText', { token: text.error.token, id: scenario.id, code: text.error.code }));
if (typeof seat === 'object' && !scenario.delegations.includes(seat.delegation))
  usage(say('cli.why.seatAbsent', { seat: seat.delegation, id: scenario.id }));

const round = consultAndTable(scenario, { seed: values.seed }, text.value);
const state = round.state();
const outcome = state.data.outcome;
const report: WhyReport = {
  scenario: scenario.id,
  seed: seedValue(values.seed),
  text: makeDraft(scenario.agenda, text.value),
  delegations: Object.fromEntries(
    round.model.delegations.map((id) => {
      const why = whyOf(round.model, state, id, seat);
      const goals = why.reasons.map((r) =>
        r.known
          ? { id: r.id, kind: r.kind, state: r.state, because: becauseText(scenario, r.because) }
          : { id: null, kind: null, state: null, because: UNTOLD },
      );
      return [id, { decision: outcome?.decisions[id] ?? 'absent', goals }];
    }),
  ),
};
if (values.json) printJson(report);
else process.stdout.write(whyTable(report));
