import { afterEach, describe, expect, it } from 'vitest';
import { openGame, type Session } from './browser';
import { callPlenary, newRound, onScreen, press, settled, tableDrawn } from './flow';
import { inspect, overlappingLabels } from './table';

/** Rounds with seven, nine and ten delegations at the table. */
const ROUNDS = ['astana-01', 'astana-14', 'astana-13'];

const SIZES = [
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

describe('seat labels at the table (issue 17)', () => {
  let session: Session | undefined;
  afterEach(async () => session?.close());

  for (const size of SIZES) {
    it(`never overlap at ${size.width}×${size.height}, in the talks or with the plenary's answers`, async () => {
      session = await openGame('/', size);
      const { page } = session;
      for (const round of ROUNDS) {
        await newRound(page, round);
        await press(page, 'button', 'Take your seat at the table');
        await onScreen(page, 'table');
        await tableDrawn(page);
        await press(page, 'button', 'Open the consultations');
        let table = await inspect(page);
        expect(table.seats.length).toBeGreaterThanOrEqual(6);
        expect(overlappingLabels(table), `${round} in the talks`).toEqual([]);
        for (const seat of table.seats) {
          expect(seat.label.x, `${round} ${seat.id}`).toBeGreaterThanOrEqual(0);
          expect(seat.label.x + seat.label.w, `${round} ${seat.id}`).toBeLessThanOrEqual(table.width);
        }
        // The draft on the table is legible: the game's font at 14 px or more.
        expect(table.draftPx).toBeGreaterThanOrEqual(14);

        await callPlenary(page);
        await tableDrawn(page);
        await expect
          .poll(
            async () => {
              const t = await inspect(page);
              return t.answersDue > 0 && t.answered.length === t.answersDue;
            },
            { timeout: 20_000 },
          )
          .toBe(true);
        table = await inspect(page);
        expect(overlappingLabels(table), `${round} at the plenary`).toEqual([]);
        await press(page, 'button', 'Read the debrief');
        await onScreen(page, 'debrief');
        await press(page, 'button', 'Back to the menu');
        await onScreen(page, 'menu');
        await settled(page);
      }
      expect(session.errors).toEqual([]);
    });
  }
});
