import { pathKey } from './catalog';
import { duplicates, report, wordingsOf, type CheckedLibrary, type Report } from './checked';
import { checkClause } from './clause-checks';
import type { Problem } from './problems';
import { checkRound } from './round-checks';
import type { Salvaged } from './salvage';
import type { Condition, DelegationProfile, Goal } from './schema';
import { timeWords } from './time-words';

/** Cross-file checks: every id a file names must exist, every strength must be a wording. */
export function checkReferences(library: CheckedLibrary): Problem[] {
  const problems: Problem[] = [];
  const fileOf = (kind: Parameters<typeof pathKey>[0], id: string): string =>
    library.paths.get(pathKey(kind, id)) ?? id;
  for (const [id, profile] of library.delegations)
    checkProfile(library, report(fileOf('delegations', id), problems), id, profile);
  for (const [id, clause] of library.clauses) {
    const r = report(fileOf('clauses', id), problems);
    const count = clause.wordings?.length;
    if (clause.inForceFrom !== undefined && count !== undefined && clause.inForceFrom > count)
      r.at('$.inForceFrom', `a wording from 1 to ${count}`, String(clause.inForceFrom));
  }
  for (const [id, deck] of library.decks) {
    const r = report(fileOf('decks', id), problems);
    const cards = deck.cards ?? [];
    for (const i of duplicates(cards.map((c) => c?.id)))
      r.at(['cards', i, 'id'], 'a card id used once in this deck', `"${cards[i]?.id}" again`);
    cards.forEach((card, i) => {
      const said = card === undefined ? undefined : timeWords(card.text.en);
      // A deck's card may come up at any hour, so its text cannot name one (issue 18: "overnight" at 15:00).
      if (said !== undefined) r.at(['cards', i, 'text', 'en'], 'a text that fits any hour of the talks', `"${said}"`);
    });
  }
  for (const [id, round] of library.rounds) checkRound(library, report(fileOf('rounds', id), problems), round);
  return problems;
}

function checkGoal(library: CheckedLibrary, r: Report, path: (string | number)[], goal: Goal): void {
  const condition = (at: (string | number)[], c: Condition): void =>
    checkClause(library, r, [...at, 'clause'], c.clause, [
      ['min', c.min],
      ['max', c.max],
    ]);
  switch (goal.kind) {
    case 'requires':
    case 'vetoes':
    case 'linkage':
      checkClause(library, r, [...path, 'clause'], goal.clause, [['min', goal.min]]);
      if (goal.kind === 'linkage') condition([...path, 'if'], goal.if);
      break;
    case 'prefers': {
      const max = wordingsOf(library, goal.clause);
      checkClause(library, r, [...path, 'clause'], goal.clause, []);
      if (typeof max === 'number' && goal.utilities.length !== max + 1)
        r.at(
          [...path, 'utilities'],
          `${max + 1} utilities (absent, then each of ${max} wordings)`,
          String(goal.utilities.length),
        );
      break;
    }
    case 'cosign':
      if (goal.when !== undefined) condition([...path, 'when'], goal.when);
      if (goal.unless !== undefined) condition([...path, 'unless'], goal.unless);
      break;
    case 'campaign':
      goal.steps.forEach((step, i) => condition([...path, 'steps', i], step));
      break;
  }
}

function checkProfile(library: CheckedLibrary, r: Report, id: string, profile: Salvaged<DelegationProfile>): void {
  const seen = new Set<string>();
  const lists: ['goals' | 'hiddenPool', readonly (Goal | undefined)[]][] = [
    ['goals', profile.goals ?? []],
    ['hiddenPool', profile.hiddenPool ?? []],
  ];
  for (const [list, goals] of lists) {
    goals.forEach((goal, i) => {
      if (goal === undefined) return;
      if (seen.has(goal.id)) r.at([list, i, 'id'], 'a goal id used once in this file', `"${goal.id}" again`);
      seen.add(goal.id);
      if (goal.kind === 'cosign' && goal.beside === id)
        r.at([list, i, 'beside'], 'another delegation', `"${id}" itself`);
      checkGoal(library, r, [list, i], goal);
    });
  }
  const eras = profile.eras ?? [];
  eras.forEach((era, e) => {
    if (era === undefined) return;
    era.goals.forEach((goal, i) => checkGoal(library, r, ['eras', e, 'goals', i], goal));
    const before = eras[e - 1];
    if (before !== undefined && before.from > era.from)
      r.at(['eras', e, 'from'], `a date on or after ${before.from} (eras oldest first)`, era.from);
  });
}
