/**
 * Every malformed fixture and the exact lines `npm run -s validate -- FILE` prints for it. Each fixture
 * is a real file from scenarios/ with one thing broken (two, where a case shows that one problem no
 * longer hides another). A named file takes the place of the library's file with the same kind and id,
 * so a fixture named like a library file is checked as that file.
 * Paths are relative to the project root, where the CLI and vitest run.
 */
import { ISSUE_18_CASES } from './malformed-cases-18';
import { GUIDE_CASES } from './malformed-cases-guides';

export type Case = readonly [string, readonly string[]];

const BEFORE_ISSUE_18: readonly Case[] = [
  // bad id format: an underscore
  [
    'tests/fixtures/malformed/clauses/cease_fire.json',
    ['tests/fixtures/malformed/clauses/cease_fire.json:$.id: expected a lowercase id with dashes, found "cease_fire"'],
  ],
  // invalid JSON: a trailing comma in a list
  [
    'tests/fixtures/malformed/clauses/ceasefire.json',
    [
      'tests/fixtures/malformed/clauses/ceasefire.json:$: expected a value (is there a trailing comma?) at line ' +
        '32, column 3, found "]"',
    ],
  ],
  // invalid JSON: a trailing comma in an object, with line and column
  [
    'tests/fixtures/malformed/clauses/detainees.json',
    [
      'tests/fixtures/malformed/clauses/detainees.json:$: expected a property name in double quotes (is there a ' +
        'trailing comma?) at line 6, column 3, found "}"',
    ],
  ],
  // an empty text where one is required
  [
    'tests/fixtures/malformed/clauses/kurds.json',
    ['tests/fixtures/malformed/clauses/kurds.json:$.title.en: expected a non-empty text, found ""'],
  ],
  // a missing required key, in a nested object
  [
    'tests/fixtures/malformed/clauses/monitoring.json',
    [
      'tests/fixtures/malformed/clauses/monitoring.json:$.wordings[1].short: expected an object, found nothing ' +
        '(the key is missing)',
    ],
  ],
  // a format this loader does not read
  [
    'tests/fixtures/malformed/clauses/political.json',
    ['tests/fixtures/malformed/clauses/political.json:$.format: expected 1, found 2'],
  ],
  // an id that does not match the file's name
  [
    'tests/fixtures/malformed/clauses/truce.json',
    ['tests/fixtures/malformed/clauses/truce.json:$.id: expected "truce" (the file\'s name), found "ceasefire"'],
  ],
  // an enum value not allowed: an unknown delegation in a card effect
  [
    'tests/fixtures/malformed/decks/astana-2017.json',
    [
      'tests/fixtures/malformed/decks/astana-2017.json:$.cards[2].effects[0].delegation: expected one of ' +
        '"russia", "turkey", "iran", "government", "opposition", "us", "un", "jordan", "iraq", "lebanon", found ' +
        '"syria"',
    ],
  ],
  // a card id used twice in one deck
  [
    'tests/fixtures/malformed/decks/astana-2018.json',
    [
      'tests/fixtures/malformed/decks/astana-2018.json:$.cards[3].id: expected a card id used once in this deck, ' +
        'found "violations-reported" again',
    ],
  ],
  // wrong type: a string where a number belongs
  [
    'tests/fixtures/malformed/decks/astana-2019.json',
    ['tests/fixtures/malformed/decks/astana-2019.json:$.rate: expected a number, found "0.25"'],
  ],
  // an enum value not allowed: role "guarantr"
  [
    'tests/fixtures/malformed/delegations/government.json',
    [
      'tests/fixtures/malformed/delegations/government.json:$.role: expected one of "guarantor", "party", ' +
        '"observer", found "guarantr"',
    ],
  ],
  // a misspelt key: "hiddenpool"
  [
    'tests/fixtures/malformed/delegations/iran.json',
    ['tests/fixtures/malformed/delegations/iran.json:$: expected no other keys, found "hiddenpool"'],
  ],
  // an unknown clause in a goal, with a did-you-mean hint
  [
    'tests/fixtures/malformed/delegations/iraq.json',
    [
      'tests/fixtures/malformed/delegations/iraq.json:$.goals[1].clause: expected a clause id from ' +
        'scenarios/clauses, found "cease-fire" (did you mean "ceasefire"?)',
    ],
  ],
  // an unknown goal kind (the "found" part is wrong: see the report)
  [
    'tests/fixtures/malformed/delegations/jordan.json',
    [
      'tests/fixtures/malformed/delegations/jordan.json:$.goals[1].kind: expected one of "requires", "vetoes", ' +
        '"prefers", "cosign", "campaign", "linkage", found "insists"',
    ],
  ],
  // a strength beyond the clause's wordings
  [
    'tests/fixtures/malformed/delegations/lebanon.json',
    [
      'tests/fixtures/malformed/delegations/lebanon.json:$.goals[2].min: expected a strength from 1 to 2 (clause ' +
        '"sovereignty" has 2 wordings), found 3',
    ],
  ],
  // a cosign goal with both "when" and "beside" (refinement)
  [
    'tests/fixtures/malformed/delegations/opposition.json',
    [
      'tests/fixtures/malformed/delegations/opposition.json:$.goals[1]: expected exactly one of "when" (a ' +
        'condition) or "beside" (a delegation), found both',
    ],
  ],
  // wrong type: a string where a number belongs
  [
    'tests/fixtures/malformed/delegations/russia.json',
    ['tests/fixtures/malformed/delegations/russia.json:$.personality.patience: expected a number, found "80"'],
  ],
  // a delegation file for an unknown delegation
  [
    'tests/fixtures/malformed/delegations/syria.json',
    [
      'tests/fixtures/malformed/delegations/syria.json:$.id: expected one of "russia", "turkey", "iran", ' +
        '"government", "opposition", "us", "un", "jordan", "iraq", "lebanon", found "syria"',
    ],
  ],
  // a missing required key
  [
    'tests/fixtures/malformed/delegations/turkey.json',
    [
      'tests/fixtures/malformed/delegations/turkey.json:$.role: expected one of "guarantor", "party", "observer", ' +
        'found nothing (the key is missing)',
    ],
  ],
  // an out-of-range number: patience 150
  [
    'tests/fixtures/malformed/delegations/un.json',
    ['tests/fixtures/malformed/delegations/un.json:$.personality.patience: expected at most 100, found 150'],
  ],
  // a bad goal id format
  [
    'tests/fixtures/malformed/delegations/us.json',
    [
      'tests/fixtures/malformed/delegations/us.json:$.goals[0].id: expected a lowercase id with dashes, found ' +
        '"Role Of Washington"',
    ],
  ],
  // a round id not of the form astana-NN
  [
    'tests/fixtures/malformed/rounds/astana-1.json',
    ['tests/fixtures/malformed/rounds/astana-1.json:$.id: expected a round id like astana-01, found "astana-1"'],
  ],
  // a fraction where a whole number belongs
  [
    'tests/fixtures/malformed/rounds/astana-87.json',
    ['tests/fixtures/malformed/rounds/astana-87.json:$.hours: expected a whole number, found 16.5'],
  ],
  // an unknown delegation seated in a round
  [
    'tests/fixtures/malformed/rounds/astana-88.json',
    ['tests/fixtures/malformed/rounds/astana-88.json:$.delegations: expected no other keys, found "unsg"'],
  ],
  // the real text naming a clause not on the round's agenda (every delegation now has a profile, issue 6)
  [
    'tests/fixtures/malformed/rounds/astana-89.json',
    [
      'tests/fixtures/malformed/rounds/astana-89.json:$.history.text: expected draft notation over the agenda ' +
        '("ceasefire:1 sovereignty:2"), found "zones:2", but "zones" is not on the agenda',
    ],
  ],
  // an id that does not match the file's name
  [
    'tests/fixtures/malformed/rounds/astana-90.json',
    ['tests/fixtures/malformed/rounds/astana-90.json:$.id: expected "astana-90" (the file\'s name), found "astana-01"'],
  ],
  // an unknown clause on the agenda, with a did-you-mean hint
  [
    'tests/fixtures/malformed/rounds/astana-91.json',
    [
      'tests/fixtures/malformed/rounds/astana-91.json:$.agenda[6].clause: expected a clause id from ' +
        'scenarios/clauses, found "militia" (did you mean "militias"?)',
    ],
  ],
  // a clause twice on the agenda
  [
    'tests/fixtures/malformed/rounds/astana-92.json',
    [
      'tests/fixtures/malformed/rounds/astana-92.json:$.agenda[9].clause: expected each clause once on the ' +
        'agenda, found "ceasefire" again',
    ],
  ],
  // an unknown deck
  [
    'tests/fixtures/malformed/rounds/astana-93.json',
    [
      'tests/fixtures/malformed/rounds/astana-93.json:$.deck: expected a deck id from scenarios/decks, found ' +
        '"astana-2016"',
    ],
  ],
  // an initial draft naming a clause not on the agenda
  [
    'tests/fixtures/malformed/rounds/astana-94.json',
    [
      'tests/fixtures/malformed/rounds/astana-94.json:$.initialDraft: expected draft notation over the agenda ' +
        '("ceasefire:1 sovereignty:2"), found "amnesty:1", but "amnesty" is not on the agenda',
    ],
  ],
  // an initial draft with a syntax error
  [
    'tests/fixtures/malformed/rounds/astana-95.json',
    [
      'tests/fixtures/malformed/rounds/astana-95.json:$.initialDraft: expected draft notation over the agenda ' +
        '("ceasefire:1 sovereignty:2"), found "terrorism=1", which is not clause:strength (did you mean "terrorism:1"?)',
    ],
  ],
  // a scripted event after the talks end
  [
    'tests/fixtures/malformed/rounds/astana-96.json',
    [
      'tests/fixtures/malformed/rounds/astana-96.json:$.events[2].at: expected a minute within the talks (0 to ' +
        '960), found 1200',
    ],
  ],
  // an event effect on a delegation not in the round
  [
    'tests/fixtures/malformed/rounds/astana-97.json',
    [
      'tests/fixtures/malformed/rounds/astana-97.json:$.events[1].card.effects[1].delegation: expected a ' +
        'delegation taking part in this round, found "jordan"',
    ],
  ],
  // an empty agenda
  [
    'tests/fixtures/malformed/rounds/astana-98.json',
    ['tests/fixtures/malformed/rounds/astana-98.json:$.agenda: expected at least 1 item(s), found an empty list'],
  ],
  // an initial draft beyond a clause's wordings
  [
    'tests/fixtures/malformed/rounds/astana-99.json',
    [
      'tests/fixtures/malformed/rounds/astana-99.json:$.initialDraft: expected draft notation over the agenda ' +
        '("ceasefire:1 sovereignty:2"), found "ceasefire:4", but clause "ceasefire" has wordings 1 to 3',
    ],
  ],
  // told by its keys: a goal id used twice
  [
    'tests/fixtures/malformed/unfiled/iraq.json',
    [
      'tests/fixtures/malformed/unfiled/iraq.json:$.goals[2].id: expected a goal id used once in this file, found ' +
        '"border-militias" again',
    ],
  ],
  // told by its keys: prefers utilities of the wrong length
  [
    'tests/fixtures/malformed/unfiled/lebanon.json',
    [
      'tests/fixtures/malformed/unfiled/lebanon.json:$.goals[1].utilities: expected 4 utilities (absent, then ' +
        'each of 3 wordings), found 3',
    ],
  ],
  // a file whose kind cannot be told
  [
    'tests/fixtures/malformed/unfiled/mystery.json',
    [
      'tests/fixtures/malformed/unfiled/mystery.json:$: expected a delegation, clause, deck or round file, found ' +
        'none of them',
    ],
  ],
];

/** Every case: the rules of issues 1 to 6, those issue 18 added, and the teachers' guides' (issue 16). */
export const CASES: readonly Case[] = [...BEFORE_ISSUE_18, ...ISSUE_18_CASES, ...GUIDE_CASES];
