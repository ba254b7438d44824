/** Bump when a save's meaning changes; a save from a newer game is set aside, never read wrongly. */
export const SAVE_VERSION = 1;
/** The screens a save returns to. */
export const SAVED_SCREENS = ['table', 'plenary', 'debrief'] as const;
export type SavedScreen = (typeof SAVED_SCREENS)[number];
