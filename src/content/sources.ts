/**
 * Reports the Astana-1 scenario was written from, chosen from ../shared/history/rounds.json (round 1).
 * Shown on the Sources screen until the round file carries its own `history.sources`.
 */
export const GENERAL_SOURCES: Readonly<Record<string, readonly string[]>> = {
  'astana-01': [
    'https://en.inform.kz/news/syria-peace-talks-to-be-held-behind-closed-doors-mfa_a2991534/',
    'https://tehrantimes.com/print/411191/Astana-talks-create-joint-trilateral-ceasefire-group',
    'https://www.tasnimnews.com/en/news/2017/01/17/1299722/iran-against-us-presence-in-astana-talks-fm',
    'https://www.newarab.com/news/us-ambassador-kazakhstan-attend-astana-syria-talks',
    'https://en.mehrnews.com/news/122996/Jaafari-calls-Astana-meeting-a-success-despite-painful-experience',
    'https://sg.news.yahoo.com/syrian-kurds-not-invited-astana-talks-164454991.html',
    'https://www.middleeastmonitor.com/20161231-turkey-rejects-kurds-taking-part-in-syria-talks/',
    'https://www.cumhuriyet.com.tr/haber/strange-agreement-in-astana-665557',
    'https://sputniknews.com/politics/201701221049871821-astana-talks-syria/',
    'https://24.sapo.pt/atualidade/artigos/' +
      'russia-irao-e-turquia-acordam-mecanismo-de-vigilancia-de-cessar-fogo-na-siria',
  ],
};
