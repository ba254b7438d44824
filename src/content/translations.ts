/**
 * Scenario texts are `{ "en": …, "ru": …, "ar": … }` objects inside the scenario files. The built game carries the
 * files with their English only (the host's worker reads them), and each other language's texts apart, as one
 * dictionary from the English to that language, fetched by the page when the language is chosen
 * (src/i18n/content-text.ts): a player downloads one language, no translation is JavaScript to parse, and the host
 * and the records never see one.
 */
export const CONTENT_LOCALES = ['ru', 'ar'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

type Step = string | number;

/** One language's scenario texts: each English text and its translation. */
export type Dictionary = Record<string, string>;

/** A localized text: an object with English and nothing but other locales beside it. */
export function isLocalized(value: unknown): value is Record<string, string> & { en: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    typeof (value as { en?: unknown }).en === 'string' && keys.every((k) => k === 'en' || k === 'ru' || k === 'ar')
  );
}

/** Every localized text in a parsed file, with its path from the file's root. */
export function localizedTexts(
  value: unknown,
  path: Step[] = [],
): { path: Step[]; text: Record<string, string> & { en: string } }[] {
  if (isLocalized(value)) return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, [...path, k]));
}

/**
 * Splits a file's text: the same file with English only, and each other locale's texts keyed by their English.
 * A text translated two ways in one file keeps the first; tests/scenario/content-locales.test.ts makes sure the
 * scenario files never do that, here or across files.
 */
export function splitFile(text: string): { english: string; texts: Record<ContentLocale, Dictionary> } {
  const data: unknown = JSON.parse(text);
  const texts: Record<ContentLocale, Dictionary> = { ru: {}, ar: {} };
  for (const found of localizedTexts(data)) {
    for (const locale of CONTENT_LOCALES) {
      const t = found.text[locale];
      if (t !== undefined && !Object.hasOwn(texts[locale], found.text.en)) texts[locale][found.text.en] = t;
      delete found.text[locale];
    }
  }
  return { english: `${JSON.stringify(data, null, 2)}\n`, texts };
}
