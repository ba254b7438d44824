/** Where the autosave lives; versioned so a future format can sit beside it. */
export const SAVE_KEY = 'astana.save.v1';
/** The campaign's own save, beside the round's autosave. */
export const CAMPAIGN_KEY = 'astana.campaign.v1';
