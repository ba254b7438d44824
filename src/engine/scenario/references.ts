import { parseAction } from '../actions';
import { makeAgenda, parseDraft, type Agenda } from '../draft';
import { DELEGATIONS } from '../vocabulary';
import { pathKey, type Library } from './catalog';
import { jsonPath, type Problem } from './problems';
import type { Condition, Goal, RoundFile } from './schema';

/** Cross-file checks: every id a file names must exist, every strength must be a wording. */
export function checkReferences(library: Library): Problem[] {
  const problems: Problem[] = [];
  const clauseIds = [...library.clauses.keys()];
  const clauseExpectation = 'a clause id from scenarios/clauses';
  const maxOf = (clause: string): number | undefined => library.clauses.get(clause)?.wordings.length;

  const checkClause = (
    file: string,
    path: (string | number)[],
    clause: string,
    strengths: [string, number | undefined][],
  ): void => {
    const max = maxOf(clause);
    if (max === undefined) {
      problems.push({
        file,
        path: jsonPath(path),
        expected: clauseExpectation,
        found: `"${clause}"${suggest(clause, clauseIds)}`,
      });
      return;
    }
    for (const [field, s] of strengths) {
      if (s !== undefined && s > max) {
        // A goal's own "min" names a wording (1 and up); a condition may also ask for absence (0).
        const low =
          field === 'min' && !path.some((p) => p === 'when' || p === 'unless' || p === 'if' || p === 'steps') ? 1 : 0;
        problems.push({
          file,
          path: jsonPath([...path.slice(0, -1), field]),
          expected: `a strength from ${low} to ${max} (clause "${clause}" has ${max} wordings)`,
          found: String(s),
        });
      }
    }
  };
  const checkCondition = (file: string, path: (string | number)[], c: Condition): void =>
    checkClause(file, [...path, 'clause'], c.clause, [
      ['min', c.min],
      ['max', c.max],
    ]);

  const checkGoal = (file: string, path: (string | number)[], goal: Goal): void => {
    switch (goal.kind) {
      case 'requires':
      case 'vetoes':
      case 'linkage':
        checkClause(file, [...path, 'clause'], goal.clause, [['min', goal.min]]);
        if (goal.kind === 'linkage') checkCondition(file, [...path, 'if'], goal.if);
        break;
      case 'prefers': {
        const max = maxOf(goal.clause);
        checkClause(file, [...path, 'clause'], goal.clause, []);
        if (max !== undefined && goal.utilities.length !== max + 1) {
          problems.push({
            file,
            path: jsonPath([...path, 'utilities']),
            expected: `${max + 1} utilities (absent, then each of ${max} wordings)`,
            found: String(goal.utilities.length),
          });
        }
        break;
      }
      case 'cosign':
        if (goal.when !== undefined) checkCondition(file, [...path, 'when'], goal.when);
        if (goal.unless !== undefined) checkCondition(file, [...path, 'unless'], goal.unless);
        break;
      case 'campaign':
        goal.steps.forEach((step, i) => checkCondition(file, [...path, 'steps', i], step));
        break;
    }
  };

  for (const [id, profile] of library.delegations) {
    const file = library.paths.get(pathKey('delegations', id)) ?? id;
    const seen = new Set<string>();
    const all: [string, Goal[]][] = [
      ['goals', profile.goals],
      ['hiddenPool', profile.hiddenPool],
    ];
    for (const [list, goals] of all) {
      goals.forEach((goal, i) => {
        if (seen.has(goal.id))
          problems.push({
            file,
            path: jsonPath([list, i, 'id']),
            expected: 'a goal id used once in this file',
            found: `"${goal.id}" again`,
          });
        seen.add(goal.id);
        if (goal.kind === 'cosign' && goal.beside === id)
          problems.push({
            file,
            path: jsonPath([list, i, 'beside']),
            expected: 'another delegation',
            found: `"${id}" itself`,
          });
        checkGoal(file, [list, i], goal);
      });
    }
    profile.eras.forEach((era, e) => {
      era.goals.forEach((goal, i) => checkGoal(file, ['eras', e, 'goals', i], goal));
      const before = profile.eras[e - 1];
      if (before !== undefined && before.from > era.from)
        problems.push({
          file,
          path: jsonPath(['eras', e, 'from']),
          expected: `a date on or after ${before.from} (eras oldest first)`,
          found: era.from,
        });
    });
  }

  for (const [id, deck] of library.decks) {
    const file = library.paths.get(pathKey('decks', id)) ?? id;
    duplicates(deck.cards.map((c) => c.id)).forEach((i) =>
      problems.push({
        file,
        path: jsonPath(['cards', i, 'id']),
        expected: 'a card id used once in this deck',
        found: `"${deck.cards[i]?.id}" again`,
      }),
    );
  }

  for (const [id, round] of library.rounds)
    problems.push(...checkRound(library, library.paths.get(pathKey('rounds', id)) ?? id, round, clauseIds));
  return problems;
}

function checkRound(library: Library, file: string, round: RoundFile, clauseIds: string[]): Problem[] {
  const problems: Problem[] = [];
  round.agenda.forEach((item, i) => {
    if (!library.clauses.has(item.clause))
      problems.push({
        file,
        path: jsonPath(['agenda', i, 'clause']),
        expected: 'a clause id from scenarios/clauses',
        found: `"${item.clause}"${suggest(item.clause, clauseIds)}`,
      });
  });
  duplicates(round.agenda.map((a) => a.clause)).forEach((i) =>
    problems.push({
      file,
      path: jsonPath(['agenda', i, 'clause']),
      expected: 'each clause once on the agenda',
      found: `"${round.agenda[i]?.clause}" again`,
    }),
  );
  for (const id of DELEGATIONS) {
    if (round.delegations[id] !== undefined && !library.delegations.has(id)) {
      problems.push({
        file,
        path: jsonPath(['delegations', id]),
        expected: 'a delegation with a profile in scenarios/delegations',
        found: `"${id}", which has none`,
      });
    }
  }
  if (!library.decks.has(round.deck))
    problems.push({ file, path: '$.deck', expected: 'a deck id from scenarios/decks', found: `"${round.deck}"` });
  if (problems.length === 0) {
    const agenda = makeAgenda(
      round.agenda.map((a) => ({
        clause: a.clause,
        max: library.clauses.get(a.clause)?.wordings.length ?? 0,
        weight: a.weight,
      })),
    );
    const checkDraft = (path: string, text: string): void => {
      const draft = parseDraft(agenda, text);
      if (draft.ok) return;
      const { token, code } = draft.error;
      const clause = token.split(':')[0] ?? '';
      const why = {
        syntax: 'which is not clause:strength',
        unknownClause: `but "${clause}" is not on the agenda`,
        badStrength: `but clause "${clause}" has wordings 1 to ${agenda.max[agenda.index.get(clause) ?? -1] ?? 0}`,
        duplicate: `but "${clause}" is already in the draft`,
      }[code];
      problems.push({
        file,
        path,
        expected: 'draft notation over the agenda ("ceasefire:1 sovereignty:2")',
        found: `"${token}", ${why}`,
      });
    };
    checkDraft('$.initialDraft', round.initialDraft);
    if (round.history !== undefined) {
      checkDraft('$.history.text', round.history.text);
      problems.push(...checkCourse(file, round, agenda));
    }
  }
  const numbered = Number(round.id.slice('astana-'.length));
  if (round.number !== numbered)
    problems.push({
      file,
      path: '$.number',
      expected: `${numbered} (the number in the id "${round.id}")`,
      found: String(round.number),
    });
  round.events.forEach((event, i) => {
    if (event.at > round.hours * 60)
      problems.push({
        file,
        path: jsonPath(['events', i, 'at']),
        expected: `a minute within the talks (0 to ${round.hours * 60})`,
        found: String(event.at),
      });
    event.card.effects.forEach((effect, j) => {
      if (round.delegations[effect.delegation] === undefined)
        problems.push({
          file,
          path: jsonPath(['events', i, 'card', 'effects', j, 'delegation']),
          expected: 'a delegation taking part in this round',
          found: `"${effect.delegation}"`,
        });
    });
  });
  return problems;
}

/** The real mediator's course: each step in action notation, over this round's agenda and delegations. */
function checkCourse(file: string, round: RoundFile, agenda: Agenda): Problem[] {
  const problems: Problem[] = [];
  (round.history?.course ?? []).forEach((step, i) => {
    const path = jsonPath(['history', 'course', i]);
    const action = parseAction(step);
    if (!action.ok) {
      problems.push({
        file,
        path,
        expected: 'an action in notation ("consult iran", "sound iran us-role:1", "edit ceasefire:2")',
        found: `"${step}"`,
      });
      return;
    }
    const a = action.value;
    const named = 'delegation' in a ? [a.delegation] : a.type === 'shuttle' ? [a.from, a.to] : [];
    for (const d of named)
      if (round.delegations[d] === undefined)
        problems.push({ file, path, expected: 'a delegation taking part in this round', found: `"${d}"` });
    if ('clause' in a) {
      const at = agenda.index.get(a.clause);
      if (at === undefined)
        problems.push({ file, path, expected: "a clause on this round's agenda", found: `"${a.clause}"` });
      else if (a.strength > (agenda.max[at] ?? 0))
        problems.push({
          file,
          path,
          expected: `a strength from 0 to ${agenda.max[at] ?? 0}`,
          found: String(a.strength),
        });
    }
  });
  return problems;
}

function duplicates(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(i);
    seen.add(id);
  });
  return out;
}

/** " (did you mean "x"?)" when one known id is a small typo away. */
function suggest(word: string, known: readonly string[]): string {
  const close = known.filter((k) => distance(k, word) <= 2).toSorted();
  return close[0] === undefined ? '' : ` (did you mean "${close[0]}"?)`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}
