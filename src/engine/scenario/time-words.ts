/**
 * Words that tie a text to a time of day (issue 18: "violations overnight" came up at 15:00). A deck's card
 * can come up at any hour, so it may use none of them; a scripted event that speaks of the night just past
 * must come when a day's talks open.
 */
const ANY_TIME_OF_DAY = /\b(overnight|last night|this morning|at dawn|tonight|this evening)\b/i;
const NIGHT_BEFORE = /\b(overnight|last night|this morning|at dawn)\b/i;

/** The first time-of-day phrase in a text, or undefined. */
export const timeWords = (text: string): string | undefined => ANY_TIME_OF_DAY.exec(text)?.[1];

/** The first phrase that only fits the opening of a day, or undefined. */
export const morningWords = (text: string): string | undefined => NIGHT_BEFORE.exec(text)?.[1];

/** The talks run eight hours a day (the clock the game shows: 10:00 to 18:00). */
export const DAY_MINUTES = 480;
