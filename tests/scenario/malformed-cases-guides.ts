import type { Case } from './malformed-cases';

/** Malformed teachers' guides (issue 16): each with the exact lines validate prints. */
export const GUIDE_CASES: readonly Case[] = [
  // a guide's seat that is not a delegation of the game
  [
    'tests/fixtures/malformed/guides/astana-05.json',
    [
      'tests/fixtures/malformed/guides/astana-05.json:$.seats.syria: expected a delegation of the game (russia, ' +
        'turkey, iran, government, opposition, us, un, jordan, iraq, lebanon), found "syria"',
    ],
  ],
  // a rubric row without its description of 4 points
  [
    'tests/fixtures/malformed/guides/astana-12.json',
    [
      'tests/fixtures/malformed/guides/astana-12.json:$.seats.un.rubric[1].levels["4"]: expected an object, found ' +
        'nothing (the key is missing)',
    ],
  ],
  // a guide to a round the shared record does not have
  [
    'tests/fixtures/malformed/guides/astana-23.json',
    [
      'tests/fixtures/malformed/guides/astana-23.json:$.round: expected a round of the shared record (1 to 22), ' +
        'found 23',
    ],
  ],
];
