import type { Case } from './malformed-cases';

/**
 * The malformed fixtures of issue 18's rules and the exact lines `npm run -s validate -- FILE` prints for
 * each: every problem of a file at once, key points against the text, results, guarantors, dates, names,
 * hours, what lapsed, what was not agreed, recorded moves, attendees, late arrivals, invalid UTF-8.
 */
export const ISSUE_18_CASES: readonly Case[] = [
  // every problem of a file at once: a schema error and the file name, together (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-86.json',
    [
      'tests/fixtures/malformed/rounds/astana-86.json:$.hours: expected a number, found "16"',
      'tests/fixtures/malformed/rounds/astana-86.json:$.id: expected "astana-86" (the file\'s name), found "astana-85"',
    ],
  ],
  // a schema error no longer hides a reference error in the same file (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-85.json',
    [
      'tests/fixtures/malformed/rounds/astana-85.json:$.hours: expected a whole number, found 16.5',
      'tests/fixtures/malformed/rounds/astana-85.json:$.agenda[6].clause: expected a clause id from scenarios/clauses, found "militia" (did you mean "militias"?)',
    ],
  ],
  // a key point naming a clause that is not on the agenda, with a did-you-mean (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-84.json',
    [
      'tests/fixtures/malformed/rounds/astana-84.json:$.history.keyPoints[0].clause: expected a clause on this round\'s agenda, found "monitorng" (did you mean "monitoring"?)',
    ],
  ],
  // a key point whose strength disagrees with the real text (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-83.json',
    [
      'tests/fixtures/malformed/rounds/astana-83.json:$.history.keyPoints[4].strength: expected at most 2 (the wording of "terrorism" in $.history.text), found 3',
    ],
  ],
  // a result for a delegation the round does not name (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-82.json',
    [
      'tests/fixtures/malformed/rounds/astana-82.json:$.history.results.jordan: expected a delegation the round file names, found "jordan"',
    ],
  ],
  // a guarantor marked observer in the results (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-81.json',
    [
      'tests/fixtures/malformed/rounds/astana-81.json:$.history.results.iran: expected a guarantor\'s result (a guarantor is never an observer), found "observer"',
    ],
  ],
  // a guarantor seated as an observer (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-80.json',
    [
      'tests/fixtures/malformed/rounds/astana-80.json:$.delegations.turkey.role: expected "guarantor" (turkey is one of the three guarantors), found "observer"',
    ],
  ],
  // a day the calendar does not have (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-79.json',
    ['tests/fixtures/malformed/rounds/astana-79.json:$.dates.end: expected a real calendar date, found "2017-02-30"'],
  ],
  // an end before the start (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-78.json',
    [
      'tests/fixtures/malformed/rounds/astana-78.json:$.dates.end: expected a date on or after the start (2017-01-23), found 2017-01-22',
    ],
  ],
  // a misspelt clause in the real text gets a did-you-mean (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-77.json',
    [
      'tests/fixtures/malformed/rounds/astana-77.json:$.history.text: expected draft notation over the agenda ("ceasefire:1 sovereignty:2"), found "monitorng:2", but "monitorng" is not on the agenda (did you mean "monitoring"?)',
    ],
  ],
  // a title that does not start with the round's one name (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-76.json',
    [
      'tests/fixtures/malformed/rounds/astana-76.json:$.title.en: expected a title that starts with "Nur-Sultan 76:" (the city on 2019-04-25, then the number), found "Astana 76: the first meeting"',
    ],
  ],
  // a venue that does not name the city as it was called that day (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-75.json',
    [
      'tests/fixtures/malformed/rounds/astana-75.json:$.venue.en: expected a venue that names "Nur-Sultan" (the city\'s name on 2019-04-25), found "Rixos President Hotel, Astana"',
    ],
  ],
  // a scripted event about the night before, in mid-afternoon (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-74.json',
    [
      'tests/fixtures/malformed/rounds/astana-74.json:$.events[1].at: expected a minute that opens a day (0, 480…) for a text that says "overnight", found 300',
    ],
  ],
  // a clause of the real text that no key point maps to (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-73.json',
    [
      'tests/fixtures/malformed/rounds/astana-73.json:$.history.text: expected a key point for each clause of the real text, at its wording, found "monitoring:2", which no key point maps to',
    ],
  ],
  // a package "not agreed" that the real text holds (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-72.json',
    [
      'tests/fixtures/malformed/rounds/astana-72.json:$.history.notAgreed[0].strength: expected a wording the real text does not reach (it holds "ceasefire:2"), found 2',
    ],
  ],
  // a recorded move citing a source the round does not list (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-71.json',
    [
      'tests/fixtures/malformed/rounds/astana-71.json:$.history.recorded[0].source: expected one of this round\'s sources ($.history.sources), found "https://example.org/unlisted"',
    ],
  ],
  // a recorded move pointing past the end of the course (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-70.json',
    [
      'tests/fixtures/malformed/rounds/astana-70.json:$.history.recorded[0].step: expected a step of the course (0 to 12), found 13',
    ],
  ],
  // a lapse of a clause that sets up no instrument (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-69.json',
    [
      'tests/fixtures/malformed/rounds/astana-69.json:$.lapses[0].clause: expected a clause that sets up an instrument (one with "inForceFrom"), found "sovereignty"',
    ],
  ],
  // an attendee listed twice (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-68.json',
    [
      'tests/fixtures/malformed/rounds/astana-68.json:$.attendees[1].id: expected an id used once among the attendees, found "kazakhstan" again',
    ],
  ],
  // a delegation listed among the attendees without a seat (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-67.json',
    [
      'tests/fixtures/malformed/rounds/astana-67.json:$.attendees[0].id: expected an attendee without a seat (a delegation goes under "delegations"), found "jordan"',
    ],
  ],
  // a late arrival after the talks end (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-66.json',
    [
      'tests/fixtures/malformed/rounds/astana-66.json:$.delegations.opposition.late.at: expected a minute within the talks (0 to 960), found 1000',
    ],
  ],
  // a key point with a clause but no strength (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-65.json',
    [
      'tests/fixtures/malformed/rounds/astana-65.json:$.history.keyPoints[1]: expected "clause" and "strength" together, found only "clause"',
    ],
  ],
  // a file that is not UTF-8: a Latin-1 byte in a text (issue 18)
  [
    'tests/fixtures/malformed/rounds/astana-64.json',
    [
      'tests/fixtures/malformed/rounds/astana-64.json:$: expected UTF-8 text, found the byte 0xf4 at line 16, column 508',
    ],
  ],
  // a deck card that names an hour it may not come at (issue 18)
  [
    'tests/fixtures/malformed/decks/astana-2099.json',
    [
      'tests/fixtures/malformed/decks/astana-2099.json:$.cards[1].text.en: expected a text that fits any hour of the talks, found "This morning"',
    ],
  ],
  // an instrument that starts at a wording the clause does not have (issue 18)
  [
    'tests/fixtures/malformed/clauses/zones.json',
    ['tests/fixtures/malformed/clauses/zones.json:$.inForceFrom: expected a wording from 1 to 3, found 4'],
  ],
];
