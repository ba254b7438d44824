/** The game's languages, with nothing to fetch: the command line reads these too (src/cli/text.ts). */
export const LOCALES = ['en', 'ru', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
/** Locales written right to left: the page's `dir` follows from this. */
export const RTL_LOCALES: readonly string[] = ['ar'];

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
export const directionOf = (locale: string): 'rtl' | 'ltr' => (RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr');

/** Each language named in its own words, whatever language the rest of the page is in. */
export const ENDONYMS: Readonly<Record<Locale, string>> = { en: 'English', ru: 'Русский', ar: 'العربية' };

/** The first of the browser's languages the game speaks ("ru-RU" is Russian); English when none is. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
