import { urls } from 'virtual:scenario-text';

/**
 * The scenario texts of the built game in Russian and Arabic: one dictionary per language, from each English text
 * to its translation (scripts/vite-scenario-text.ts), fetched with that language's catalogue. The host's files
 * carry English only, so a view or a round's content gives `{ en }` and `pick` finds the rest here. In the dev
 * server and the tests the files keep every language and there is nothing to fetch.
 */
const dictionaries = new Map<string, Readonly<Record<string, string>>>();

export async function loadContentText(locale: string): Promise<void> {
  if (urls === null || dictionaries.has(locale) || (locale !== 'ru' && locale !== 'ar')) return;
  const response = await fetch(urls[locale]);
  if (!response.ok) throw new Error(`the ${locale} scenario texts did not load (${response.status})`);
  dictionaries.set(locale, (await response.json()) as Record<string, string>);
}

/** A scenario text's translation from the fetched dictionary, if there is one. */
export const contentTranslation = (locale: string, english: string): string | undefined =>
  dictionaries.get(locale)?.[english];
