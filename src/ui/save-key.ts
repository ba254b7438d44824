/** Where the autosave lives; versioned so a future format can sit beside it. */
export const SAVE_KEY = 'astana.save.v1';
