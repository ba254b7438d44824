import { parseAction } from '../actions';
import { GUARANTORS } from '../vocabulary';
import type { Report, SalvagedRound } from './checked';
import { checkDraft, type CheckedAgenda } from './draft-checks';
import type { KeyPoint } from './schema';
import { suggest } from './suggest';

/** The `history` block of a round: its text, results, key points and course agree with the round file. */
export function checkHistory(r: Report, round: SalvagedRound, agenda: CheckedAgenda): void {
  const history = round.history;
  if (history === undefined) return;
  const before = r.problems.length;
  const text = history.text === undefined ? undefined : checkDraft(r, '$.history.text', history.text, agenda);
  // A broken token leaves the text incomplete: comparing key points with it would only repeat the problem.
  const wholeText = r.problems.length === before ? text : undefined;
  for (const [d, result] of Object.entries(history.results ?? {})) {
    if (round.delegations !== undefined && round.delegations[d as keyof typeof round.delegations] === undefined)
      r.at(['history', 'results', d], 'a delegation the round file names', `"${d}"`);
    if (result === 'observer' && (GUARANTORS as readonly string[]).includes(d))
      r.at(['history', 'results', d], "a guarantor's result (a guarantor is never an observer)", '"observer"');
  }
  const strongest = new Map<string, number>();
  let wholePoints = history.keyPoints !== undefined && !history.keyPoints.includes(undefined);
  (history.keyPoints ?? []).forEach((kp, i) => {
    if (kp === undefined) return;
    const seen = r.problems.length;
    const mapped = checkPoint(r, ['history', 'keyPoints', i], kp, agenda);
    if (r.problems.length > seen) wholePoints = false;
    if (mapped === undefined || wholeText === undefined) return;
    const real = wholeText.get(mapped.clause) ?? 0;
    if (real === 0)
      r.at(
        ['history', 'keyPoints', i, 'clause'],
        'a clause the real text ($.history.text) holds',
        `"${mapped.clause}", which it leaves out`,
      );
    else if (mapped.strength > real)
      r.at(
        ['history', 'keyPoints', i, 'strength'],
        `at most ${real} (the wording of "${mapped.clause}" in $.history.text)`,
        String(mapped.strength),
      );
    strongest.set(mapped.clause, Math.max(strongest.get(mapped.clause) ?? 0, mapped.strength));
  });
  // The real text is what the key points say: each of its clauses at the strongest wording a point names.
  if (wholeText !== undefined && wholePoints)
    for (const [clause, strength] of wholeText)
      if ((strongest.get(clause) ?? 0) < strength)
        r.at(
          '$.history.text',
          'a key point for each clause of the real text, at its wording',
          `"${clause}:${strength}", which no key point maps to`,
        );
  (history.notAgreed ?? []).forEach((point, i) => {
    if (point === undefined) return;
    const mapped = checkPoint(r, ['history', 'notAgreed', i], point, agenda);
    const real = mapped === undefined ? 0 : (wholeText?.get(mapped.clause) ?? 0);
    if (mapped !== undefined && real >= mapped.strength)
      r.at(
        ['history', 'notAgreed', i, 'strength'],
        `a wording the real text does not reach (it holds "${mapped.clause}:${real}")`,
        String(mapped.strength),
      );
  });
  checkCourse(r, round, agenda);
}

/** A key point's clause is on the agenda, its strength one of the clause's wordings, and they come together. */
function checkPoint(
  r: Report,
  path: (string | number)[],
  kp: KeyPoint,
  agenda: CheckedAgenda,
): { clause: string; strength: number } | undefined {
  if (kp.clause === undefined && kp.strength === undefined) return undefined;
  if (kp.clause === undefined || kp.strength === undefined) {
    r.at(path, '"clause" and "strength" together', `only "${kp.clause === undefined ? 'strength' : 'clause'}"`);
    return undefined;
  }
  if (!agenda.max.has(kp.clause)) {
    r.at([...path, 'clause'], "a clause on this round's agenda", `"${kp.clause}"${suggest(kp.clause, agenda.ids)}`);
    return undefined;
  }
  const max = agenda.max.get(kp.clause);
  if (typeof max === 'number' && kp.strength > max) {
    r.at(
      [...path, 'strength'],
      `a strength from 1 to ${max} (clause "${kp.clause}" has ${max} wordings)`,
      String(kp.strength),
    );
    return undefined;
  }
  return { clause: kp.clause, strength: kp.strength };
}

/** The mediator's course: each step in action notation, over this round's agenda and delegations. */
function checkCourse(r: Report, round: SalvagedRound, agenda: CheckedAgenda): void {
  const course = round.history?.course ?? [];
  course.forEach((step, i) => {
    if (step === undefined) return;
    const path = ['history', 'course', i];
    const action = parseAction(step);
    if (!action.ok) {
      const example = 'an action in notation ("consult iran", "sound iran us-role:1", "edit ceasefire:2")';
      r.at(path, example, `"${step}"`);
      return;
    }
    const a = action.value;
    const named = 'delegation' in a ? [a.delegation] : a.type === 'shuttle' ? [a.from, a.to] : [];
    for (const d of named)
      if (round.delegations !== undefined && round.delegations[d] === undefined)
        r.at(path, 'a delegation taking part in this round', `"${d}"`);
    if ('clause' in a) {
      const max = agenda.max.get(a.clause);
      if (!agenda.max.has(a.clause))
        r.at(path, "a clause on this round's agenda", `"${a.clause}"${suggest(a.clause, agenda.ids)}`);
      else if (typeof max === 'number' && a.strength > max)
        r.at(path, `a strength from 0 to ${max}`, String(a.strength));
    }
  });
  const sources = round.history?.sources;
  (round.history?.recorded ?? []).forEach((move, i) => {
    if (move === undefined) return;
    if (move.step !== undefined && round.history?.course !== undefined && move.step >= course.length)
      r.at(['history', 'recorded', i, 'step'], `a step of the course (0 to ${course.length - 1})`, String(move.step));
    if (sources !== undefined && !sources.includes(move.source))
      r.at(['history', 'recorded', i, 'source'], "one of this round's sources ($.history.sources)", `"${move.source}"`);
  });
}
