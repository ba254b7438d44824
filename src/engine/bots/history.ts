import { parseAction, type Action } from '../actions';
import { parseDraft } from '../draft';
import { refusalFor } from '../round/refusal';
import { opening, type Bot } from './bot';

/**
 * The history policy: it plays the round's `history.course` (consultations, sound-outs, shuttles,
 * caucuses, in action notation), then edits the draft into the text actually tabled and calls the
 * plenary. The course is the project's reconstruction from the agenda and the outcome, not a record of
 * the real mediator's moves; those a source records are cited in `history.recorded` (issue 18). A step
 * the engine refuses (a delegation already gone, the clock run out) is skipped, not forced.
 * Deterministic: no chance of its own.
 */
export function historyBot(): Bot {
  let step = 0;
  return {
    name: 'history',
    next(round) {
      const early = opening(round);
      if (early !== undefined) return early;
      const { model } = round;
      const history = model.scenario.round.history;
      const course = history?.course ?? [];
      const legal = (action: Action): boolean =>
        refusalFor(model, round.data(), round.discrete(), round.phase(), action) === null;
      while (step < course.length) {
        const parsed = parseAction(course[step] ?? '');
        step += 1;
        if (parsed.ok && parsed.value.type !== 'plenary' && legal(parsed.value)) return parsed.value;
      }
      const real = history === undefined ? undefined : parseDraft(model.scenario.agenda, history.text);
      if (real?.ok === true) {
        const draft = round.data().draft;
        const at = real.value.findIndex((s, i) => s !== draft[i]);
        const clause = model.scenario.agenda.ids[at];
        if (clause !== undefined) {
          const edit: Action = { type: 'edit', clause, strength: real.value[at] ?? 0 };
          if (legal(edit)) return edit;
        }
      }
      return { type: 'plenary' };
    },
  };
}
