import type { ReplayError } from '../engine/record';
import { megabytes, type JsonProblem } from '../engine/safe-json';
import { RECORD_FORMAT } from '../engine/record';

/** English for the terminal; the game translates the same codes through i18next. */
export function describeReplayError(e: ReplayError): string {
  switch (e.code) {
    case 'notARecord':
      return `not a round record: ${e.problems.join('; ')}`;
    case 'newerFormat':
      return `record format ${e.format} is newer than this version reads (${RECORD_FORMAT}); update the game`;
    case 'olderFormat':
      return `record format ${e.format} is older than this version reads (${RECORD_FORMAT})`;
    case 'noHash':
      return 'the record has no integrity hash, which every record of this format carries: it was edited';
    case 'hashMismatch':
      return 'its integrity hash does not match: the record was cut short or edited';
    case 'otherScenario':
      return `the record is for scenario "${e.found}", not "${e.expected}"`;
    case 'contentChanged':
      return (
        "the scenario's content has changed since this record was made " +
        `(content hash ${e.found.slice(0, 12)}…, now ${e.expected.slice(0, 12)}…)`
      );
    case 'badAction':
      return `action ${e.index + 1} ("${e.text}") is not valid action notation`;
    case 'refusedAction':
      return `action ${e.index + 1} ("${e.text}") was refused (${e.refusal}): the record does not fit this round`;
  }
}

/** Plain English for a JSON problem (the game translates the codes through i18next instead). */
export function describeJsonProblem(p: JsonProblem): string {
  switch (p.code) {
    case 'tooLarge':
      return `larger than ${megabytes(p.max)} (${megabytes(p.size)}), more than any file the game writes`;
    case 'tooDeep':
      return `nested more than ${p.max} deep (at line ${p.line}, column ${p.column}), deeper than any file the game reads`;
    case 'syntax':
      return `not valid JSON (${p.message})`;
    case 'forbiddenKey':
      return `the key "${p.key}" is not allowed (at ${p.parent})`;
  }
}
