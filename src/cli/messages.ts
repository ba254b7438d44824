import type { ReplayError } from '../engine/record';
import { megabytes, type JsonProblem } from '../engine/safe-json';
import { RECORD_FORMAT } from '../engine/record';
import { say } from './text';

/** A replay error for the terminal, in its language; the game translates the same codes through i18next. */
export function describeReplayError(e: ReplayError): string {
  switch (e.code) {
    case 'notARecord':
      return say('cli.replay.notARecord', { problems: e.problems.join('; ') });
    case 'newerFormat':
      return say('cli.replay.newerFormat', { format: e.format, current: RECORD_FORMAT });
    case 'olderFormat':
      return say('cli.replay.olderFormat', { format: e.format, current: RECORD_FORMAT });
    case 'noHash':
      return say('cli.replay.noHash');
    case 'hashMismatch':
      return say('cli.replay.hashMismatch');
    case 'otherScenario':
      return say('cli.replay.otherScenario', { found: e.found, expected: e.expected });
    case 'contentChanged':
      return say('cli.replay.contentChanged', { found: e.found.slice(0, 12), expected: e.expected.slice(0, 12) });
    case 'badAction':
      return say('cli.replay.badAction', { index: e.index + 1, text: e.text });
    case 'refusedAction':
      return say('cli.replay.refusedAction', { index: e.index + 1, text: e.text, refusal: e.refusal });
  }
}

/** A JSON problem for the terminal, in its language (the game translates the same codes through i18next). */
export function describeJsonProblem(p: JsonProblem): string {
  switch (p.code) {
    case 'tooLarge':
      return say('cli.json.tooLarge', { max: megabytes(p.max), size: megabytes(p.size) });
    case 'tooDeep':
      return say('cli.json.tooDeep', { max: p.max, line: p.line, column: p.column });
    case 'syntax':
      return say('cli.json.syntax', { message: p.message });
    case 'forbiddenKey':
      return say('cli.json.forbiddenKey', { key: p.key, parent: p.parent });
  }
}
