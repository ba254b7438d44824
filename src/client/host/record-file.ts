import { isVerified, parseRecord, sealRecord } from '../../engine/record';
import { replay } from '../../engine/replay';
import { parseJson } from '../../engine/safe-json';
import type { RecordCheck, RecordRefusal } from '../requests';
import type { HostLibrary } from './content';
import { checkSignature } from './signature';

type Checked =
  | { readonly ok: true; readonly value: RecordCheck }
  | { readonly ok: false; readonly refusal: RecordRefusal };

const refused = (refusal: RecordRefusal): Checked => ({ ok: false, refusal });

/**
 * A record file's text as Load record hands it over: read through the one JSON reader (size, depth,
 * prototype keys), checked against its integrity hash, and replayed on its round, so that every reason
 * to refuse it is known before the player is asked anything or a save is put aside.
 */
export function checkRecordText(library: HostLibrary, text: string): Checked {
  const json = parseJson(text);
  if (!json.ok) return refused({ code: 'file', key: 'refusal.file', problem: json.error });
  // A classroom server's signature is a field beside the record: checked here, then set aside.
  const { record: bare, check: signature } = checkSignature(json.value);
  const record = parseRecord(bare);
  if (!record.ok) return refused({ code: 'record', key: 'refusal.record', error: record.error });
  const scenario = library.scenarioOf(record.value.scenario);
  if (scenario === undefined)
    return refused({ code: 'unknownRound', key: 'refusal.unknownRound', params: { round: record.value.scenario } });
  const round = replay(scenario, record.value);
  if (!round.ok) return refused({ code: 'record', key: 'refusal.record', error: round.error });
  const phase = round.value.phase();
  round.value.stop();
  return {
    ok: true,
    value: {
      record: record.value,
      verified: isVerified(record.value),
      title: scenario.round.title,
      phase,
      signature,
    },
  };
}

/** The record a fork replays: the open round's first `upTo` moves, sealed as a file of them would be. */
export const forkRecord = (record: Parameters<typeof sealRecord>[0], upTo: number) =>
  sealRecord({ ...record, actions: record.actions.slice(0, Math.max(0, upTo)) });
